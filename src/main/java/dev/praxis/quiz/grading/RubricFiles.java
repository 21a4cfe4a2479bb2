package dev.praxis.quiz.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds grading files: next to a module ({@code <module>.grading.yaml}) or by the module slug they declare. */
public final class RubricFiles {

    public static final String SUFFIX = ".grading.yaml";

    private RubricFiles() {
    }

    /** The grading file that belongs next to {@code module-1.2-x.md}: {@code module-1.2-x.grading.yaml}. */
    public static Path gradingFileFor(Path moduleFile) {
        String name = moduleFile.getFileName().toString();
        String base = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        return moduleFile.resolveSibling(base + SUFFIX);
    }

    /**
     * The rubric of a module, or empty when the module has no grading file (it then falls back to
     * self-assessment).
     *
     * @throws RubricException when the grading file exists but cannot be loaded
     */
    public static Optional<ModuleRubric> forModule(Path moduleFile) throws RubricException {
        Path gradingFile = gradingFileFor(moduleFile);
        return Files.isRegularFile(gradingFile) ? Optional.of(RubricLoader.load(gradingFile)) : Optional.empty();
    }

    /** Every grading file under a content folder, in a stable order. */
    public static List<Path> all(Path contentDir) {
        try (Stream<Path> files = Files.walk(contentDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + contentDir, e);
        }
    }

    /** The result of looking a slug up: the rubric if one declares it, and the files that could not be loaded. */
    public record Lookup(Optional<ModuleRubric> rubric, List<RubricProblem> unreadable) {
    }

    /** Scans {@code contentDir} for the grading file whose {@code module:} equals {@code slug}. */
    public static Lookup findBySlug(Path contentDir, String slug) {
        List<RubricProblem> unreadable = new ArrayList<>();
        for (Path file : all(contentDir)) {
            try {
                ModuleRubric rubric = RubricLoader.load(file);
                if (rubric.module().equals(slug)) {
                    return new Lookup(Optional.of(rubric), unreadable);
                }
            } catch (RubricException e) {
                unreadable.add(e.problem());
            }
        }
        return new Lookup(Optional.empty(), unreadable);
    }
}
