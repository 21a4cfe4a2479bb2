package dev.praxis.lab.validation;

import dev.praxis.content.importing.ContentImporter;
import dev.praxis.content.CourseModule;
import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.InventoryReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The flagship module, its real lab file and the real inventory fixtures, for validator tests. */
final class LabFixtures {

    static final Path CONTENT = Path.of("content");
    static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    static final Path FIXTURES = Path.of("src/test/resources/inventory/fixtures");

    private static CourseModule module;
    private static LabDefinition definition;

    private LabFixtures() {
    }

    static synchronized CourseModule module() {
        if (module == null) {
            try {
                module = new ContentImporter().importFile(CONTENT, CONTENT.resolve(SLUG + ".md"));
            } catch (Exception e) {
                throw new IllegalStateException("flagship module does not import", e);
            }
        }
        return module;
    }

    static synchronized LabDefinition definition() {
        if (definition == null) {
            try {
                definition = LabDefinitions.load(LabDefinitions.fileFor(CONTENT, module()), SLUG + ".lab.yaml");
            } catch (LabDefinitionException e) {
                throw new IllegalStateException(e);
            }
        }
        return definition;
    }

    /** A fixture's raw text, e.g. {@code ubuntu-desktop-one-nvidia.transcript.txt}. */
    static String raw(String fixture) {
        try {
            Path file = FIXTURES.resolve(fixture);
            if (!Files.exists(file)) {
                file = Path.of("src/test/resources/lab").resolve(fixture);
            }
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Inventory inventory(String fixture) {
        return InventoryReader.read(raw(fixture).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static ChecklistVerdict verdict(LabWork work, String fixture, String step, int item) {
        Optional<Inventory> inventory = fixture == null ? Optional.empty() : Optional.of(inventory(fixture));
        return LabValidator.validate(definition(), module(), work, inventory).stream()
                .filter(v -> v.step().equals(step) && v.item() == item)
                .findFirst().orElseThrow();
    }
}
