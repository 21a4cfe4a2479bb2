package dev.praxis.quiz;

import dev.praxis.content.AuthoredFiles;
import dev.praxis.content.Catalog;
import dev.praxis.content.CatalogListener;
import dev.praxis.content.ContentSettings;
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
 * The rubrics of each module: the grading file next to it, loaded with each catalog imported (and again when the
 * rubric editor saves it), and the rubric drafted from its model answers, made on first use and kept while the module's content is unchanged (keyed by
 * a hash of its quiz and prose, so an edited page gets a new draft). A broken grading file is logged and the module's
 * drafts grade instead of failing the learner's submission.
 */
@Component
class QuizRubrics implements CatalogListener {

    private static final Logger log = LoggerFactory.getLogger(QuizRubrics.class);

    private final Path root;
    private final AuthoredFiles<ModuleRubric> authored = new AuthoredFiles<>(this::read);
    private final ConcurrentMap<String, KeptDraft> drafts = new ConcurrentHashMap<>();

    private record KeptDraft(int contentHash, Optional<ModuleDraft> draft) {
    }

    QuizRubrics(ContentSettings settings) {
        this.root = settings.root();
    }

    @Override
    public void catalogImported(Catalog catalog) {
        authored.load(catalog);
    }

    /** The module's grading file was saved from the web: it grades from now on. */
    void gradingFileSaved(CourseModule module) {
        authored.reload(module);
    }

    Optional<ModuleRubric> forModule(CourseModule module) {
        return authored.get(module);
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
        return RubricFiles.gradingFileFor(root.resolve(module.path()));
    }

    private Optional<ModuleRubric> read(CourseModule module) {
        Path moduleFile = root.resolve(module.path());
        try {
            // the question texts let the grader tell an answer that only repeats the question's facts
            return RubricFiles.forModule(moduleFile).map(rubric -> rubric.withPrompts(questionTexts(module)));
        } catch (RubricException e) {
            log.error("Grading file for {} cannot be read, falling back to drafted rubrics: {}", moduleFile, e.getMessage());
            return Optional.empty();
        }
    }
}
