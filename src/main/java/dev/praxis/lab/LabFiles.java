package dev.praxis.lab;

import dev.praxis.content.AuthoredFileCache;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.lab.validation.LabDefinition;
import dev.praxis.lab.validation.LabDefinitionException;
import dev.praxis.lab.validation.LabDefinitions;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The lab file next to each module, read once while unchanged (every autosave recomputes the checklist). A broken
 * lab file is logged and the module's items say that Praxis cannot check them.
 */
@Component
class LabFiles {

    private static final Logger log = LoggerFactory.getLogger(LabFiles.class);

    private final ContentLibrary library;
    private final AuthoredFileCache<LabDefinition> cache = new AuthoredFileCache<>();

    LabFiles(ContentLibrary library) {
        this.library = library;
    }

    Optional<LabDefinition> forModule(CourseModule module) {
        return cache.get(LabDefinitions.fileFor(library.root(), module), file -> read(file, module));
    }

    private static LabDefinition read(Path file, CourseModule module) {
        if (!file.toFile().isFile()) {
            return null;
        }
        try {
            return LabDefinitions.load(file, module.path());
        } catch (LabDefinitionException e) {
            log.error("Lab file of {} cannot be read: {}", module.slug(), e.getMessage());
            return null;
        }
    }
}
