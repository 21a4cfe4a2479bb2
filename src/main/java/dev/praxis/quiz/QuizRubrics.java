package dev.praxis.quiz;

import dev.praxis.content.AuthoredFileCache;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.quiz.drafting.ModuleDraft;
import dev.praxis.quiz.drafting.ModuleGrading;
import dev.praxis.quiz.drafting.RubricDrafter;
import dev.praxis.quiz.grading.ModuleRubric;
import dev.praxis.quiz.grading.RubricException;
import dev.praxis.quiz.grading.RubricFiles;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rubrics of each module: the grading file next to it, loaded once and kept while the file is unchanged, and the
 * rubric drafted from its model answers, made on first use and kept while the module's content is unchanged (keyed by
 * a hash of its quiz and prose, so an edited page gets a new draft). A broken grading file is logged and the module's
 * drafts grade instead of failing the learner's submission.
 */
@Component
class QuizRubrics {

    private static final Logger log = LoggerFactory.getLogger(QuizRubrics.class);

    private final ContentLibrary library;
    private final AuthoredFileCache<ModuleRubric> cache = new AuthoredFileCache<>();
    private final ConcurrentMap<String, KeptDraft> drafts = new ConcurrentHashMap<>();

    private record KeptDraft(int contentHash, Optional<ModuleDraft> draft) {
    }

    QuizRubrics(ContentLibrary library) {
        this.library = library;
    }

    Optional<ModuleRubric> forModule(CourseModule module) {
        Path moduleFile = library.root().resolve(module.path());
        // the question texts let the grader tell an answer that only repeats the question's facts
        return cache.get(RubricFiles.gradingFileFor(moduleFile), gradingFile -> read(moduleFile))
                .map(rubric -> rubric.withPrompts(questionTexts(module)));
    }

    /** Each open quiz question's text as learners read it, by number (multiple-choice ones left out). */
    static Map<String, String> questionTexts(CourseModule module) {
        return module.quiz().openQuestionTexts();
    }

    /** The grading file where it has a question, the draft elsewhere. */
    ModuleGrading grading(CourseModule module) {
        return new ModuleGrading(forModule(module), draft(module));
    }

    Optional<ModuleDraft> draft(CourseModule module) {
        int hash = 31 * module.quiz().hashCode() + module.parts().hashCode();
        KeptDraft kept = drafts.get(module.slug());
        if (kept == null || kept.contentHash() != hash) {
            long start = System.nanoTime();
            kept = new KeptDraft(hash, RubricDrafter.draft(module));
            drafts.put(module.slug(), kept);
            log.debug("Drafted rubrics for {} in {} ms", module.slug(), (System.nanoTime() - start) / 1_000_000);
        }
        return kept.draft();
    }

    Path gradingFile(CourseModule module) {
        return RubricFiles.gradingFileFor(library.root().resolve(module.path()));
    }

    private static ModuleRubric read(Path moduleFile) {
        try {
            return RubricFiles.forModule(moduleFile).orElse(null);
        } catch (RubricException e) {
            log.error("Grading file for {} cannot be read, falling back to drafted rubrics: {}", moduleFile, e.getMessage());
            return null;
        }
    }
}
