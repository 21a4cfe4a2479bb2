package dev.praxis.quiz;

import dev.praxis.content.AuthoredFileCache;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.quiz.grading.ModuleRubric;
import dev.praxis.quiz.grading.RubricException;
import dev.praxis.quiz.grading.RubricFiles;
import java.nio.file.Path;
import java.util.Optional;
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
    private final AuthoredFileCache<ModuleRubric> cache = new AuthoredFileCache<>();

    QuizRubrics(ContentLibrary library) {
        this.library = library;
    }

    Optional<ModuleRubric> forModule(CourseModule module) {
        Path moduleFile = library.root().resolve(module.path());
        return cache.get(RubricFiles.gradingFileFor(moduleFile), gradingFile -> read(moduleFile));
    }

    private static ModuleRubric read(Path moduleFile) {
        try {
            return RubricFiles.forModule(moduleFile).orElse(null);
        } catch (RubricException e) {
            log.error("Grading file for {} cannot be read, falling back to self-assessment: {}", moduleFile, e.getMessage());
            return null;
        }
    }
}
