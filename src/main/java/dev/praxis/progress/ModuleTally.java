package dev.praxis.progress;

import dev.praxis.content.CourseModule;
import java.time.Instant;

/**
 * What a learner did in one version of a module, as counts. A module's translations are one module to its learner:
 * their tallies combine ({@link #with}) before progress is derived ({@link #in}).
 *
 * @param quizBest     best attempt's score 0..1, or null before the first attempt
 * @param quizLatestAt when the latest attempt was submitted, or null
 */
public record ModuleTally(int sectionsRead, int predictions, int labPassed, Double quizBest, Double quizLatest,
                          Instant quizLatestAt, boolean quizPassed) {

    public static final ModuleTally NONE = new ModuleTally(0, 0, 0, null, null, null, false);

    /**
     * This tally and another version's as one. A learner reads, predicts and works the lab in one language at a
     * time, and sections and checklist items of two versions are different ids for the same thing, so each count is
     * the larger of the two rather than their sum (which would count a section read in both languages twice). The
     * quiz keeps the best score of either, the score of the more recent latest attempt, and passed if either passed.
     */
    public ModuleTally with(ModuleTally other) {
        boolean otherIsLater = other.quizLatestAt != null
                && (quizLatestAt == null || other.quizLatestAt.isAfter(quizLatestAt));
        return new ModuleTally(Math.max(sectionsRead, other.sectionsRead), Math.max(predictions, other.predictions),
                Math.max(labPassed, other.labPassed), max(quizBest, other.quizBest),
                otherIsLater ? other.quizLatest : quizLatest, otherIsLater ? other.quizLatestAt : quizLatestAt,
                quizPassed || other.quizPassed);
    }

    /** Progress in this module version: the counts bounded by what it has. */
    public ModuleProgress in(CourseModule module) {
        return new ModuleProgress(module.slug(), Math.min(sectionsRead, module.sections().size()),
                module.sections().size(), Math.min(predictions, module.predictions().size()),
                module.predictions().size(), quizBest, quizLatest, quizPassed, module.quiz().questions().size(),
                Math.min(labPassed, module.lab().checklistSize()), module.lab().checklistSize());
    }

    private static Double max(Double a, Double b) {
        return a == null ? b : (b == null ? a : Double.valueOf(Math.max(a, b)));
    }
}
