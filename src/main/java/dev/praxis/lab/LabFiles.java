package dev.praxis.lab;

import dev.praxis.content.AuthoredFiles;
import dev.praxis.content.Catalog;
import dev.praxis.content.CatalogListener;
import dev.praxis.content.ContentSettings;
import dev.praxis.content.CourseModule;
import dev.praxis.lab.validation.LabDefinition;
import dev.praxis.lab.validation.LabDefinitionException;
import dev.praxis.lab.validation.LabDefinitions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The lab file next to each module, loaded with each catalog imported (every autosave recomputes the checklist, so
 * it is never read per request). A broken lab file is logged and the module's items say that Praxis cannot check them.
 */
@Component
class LabFiles implements CatalogListener {

    private static final Logger log = LoggerFactory.getLogger(LabFiles.class);

    private final Path root;
    private final AuthoredFiles<LabDefinition> authored = new AuthoredFiles<>(this::read);

    LabFiles(ContentSettings settings) {
        this.root = settings.root();
    }

    @Override
    public void catalogImported(Catalog catalog) {
        authored.load(catalog);
    }

    Optional<LabDefinition> forModule(CourseModule module) {
        return authored.get(module);
    }

    private Optional<LabDefinition> read(CourseModule module) {
        Path file = LabDefinitions.fileFor(root, module);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LabDefinitions.load(file, module.path()));
        } catch (LabDefinitionException e) {
            log.error("Lab file of {} cannot be read: {}", module.slug(), e.getMessage());
            return Optional.empty();
        }
    }
}
