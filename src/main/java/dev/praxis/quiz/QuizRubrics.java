package dev.praxis.quiz;

import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.quiz.grading.ModuleRubric;
import dev.praxis.quiz.grading.RubricException;
import dev.praxis.quiz.grading.RubricFiles;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The grading file next to each module, loaded once and kept while the file is unchanged. A broken grading
 * file is logged and the module falls back to self-assessment instead of failing the learner's submission.
 */
@Component
class QuizRubrics {

    private static final Logger log = LoggerFactory.getLogger(QuizRubrics.class);

    private final ContentLibrary library;
    private final ConcurrentMap<Path, Loaded> cache = new ConcurrentHashMap<>();

    QuizRubrics(ContentLibrary library) {
        this.library = library;
    }

    Optional<ModuleRubric> forModule(CourseModule module) {
        Path moduleFile = library.root().resolve(module.path());
        Path gradingFile = RubricFiles.gradingFileFor(moduleFile);
        long modified = gradingFile.toFile().lastModified();
        Loaded loaded = cache.compute(gradingFile, (file, previous) ->
                previous != null && previous.modified() == modified ? previous : load(moduleFile, modified));
        return Optional.ofNullable(loaded.rubric());
    }

    private static Loaded load(Path moduleFile, long modified) {
        try {
            return new Loaded(RubricFiles.forModule(moduleFile).orElse(null), modified);
        } catch (RubricException e) {
            log.error("Grading file for {} cannot be read, falling back to self-assessment: {}", moduleFile, e.getMessage());
            return new Loaded(null, modified);
        }
    }

    private record Loaded(ModuleRubric rubric, long modified) {
    }
}
