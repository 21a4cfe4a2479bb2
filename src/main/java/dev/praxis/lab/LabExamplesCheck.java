package dev.praxis.lab;

import dev.praxis.content.Catalog;
import dev.praxis.content.ContentCheck;
import dev.praxis.content.CourseModule;
import dev.praxis.content.Problem;
import dev.praxis.lab.validation.LabDefinition;
import dev.praxis.lab.validation.LabDefinitionException;
import dev.praxis.lab.validation.LabDefinitions;
import dev.praxis.lab.validation.LabExampleCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code check-content}'s check of lab files: each {@code <module>.lab.yaml} must load, bind every checklist item
 * of its module with the module's text, and its example labs must get the verdicts they expect. A lab file with no
 * module page next to it is reported too.
 */
public class LabExamplesCheck implements ContentCheck {

    @Override
    public List<Problem> check(Path root, Catalog catalog) {
        List<Problem> problems = new ArrayList<>();
        Set<Path> used = new HashSet<>();
        for (CourseModule module : catalog.modules()) {
            Path file = LabDefinitions.fileFor(root, module);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            used.add(file.toAbsolutePath().normalize());
            try {
                LabDefinition definition = LabDefinitions.load(file, relative(root, file));
                problems.addAll(LabExampleCheck.check(definition, module));
            } catch (LabDefinitionException e) {
                problems.add(e.problem());
            }
        }
        List<Path> files;
        try {
            files = labFiles(root);
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(".", 0, "cannot list the lab files: " + e.getMessage()));
            return problems;
        }
        for (Path file : files) {
            if (!used.contains(file.toAbsolutePath().normalize())) {
                problems.add(new Problem(relative(root, file), 0, "lab file without a module page next to it"));
            }
        }
        return problems;
    }

    private static List<Path> labFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().endsWith(LabDefinitions.SUFFIX))
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
