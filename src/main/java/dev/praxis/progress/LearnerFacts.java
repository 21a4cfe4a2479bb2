package dev.praxis.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything one learner did that lesson, catalog and progress pages show, read in one query: per module the
 * counts progress is derived from, the sections read, and the current prediction for every prompt they committed.
 * Immutable, so one copy serves concurrent requests.
 *
 * @param modules     module slug → what the learner did there (absent: nothing)
 * @param predictions prompt id → the learner's current prediction for it
 */
public record LearnerFacts(Map<String, ModuleFacts> modules, Map<String, Prediction> predictions) {

    public static final LearnerFacts NONE = new LearnerFacts(Map.of(), Map.of());

    public ModuleFacts module(String slug) {
        return modules.getOrDefault(slug, ModuleFacts.NONE);
    }

    /** A rough size in bytes, to bound the memory the kept copies take. */
    int weight() {
        int bytes = 64;
        for (ModuleFacts facts : modules.values()) {
            bytes += 96 + 32 * facts.sectionIds().size();
        }
        for (Prediction prediction : predictions.values()) {
            bytes += 160 + 2 * prediction.body().length();
        }
        return bytes;
    }

    /** The learner's current words for one prompt, how often they revised them, and their self-check (or null). */
    public record Prediction(String promptId, String moduleSlug, String body, Instant committedAt, int revisions,
                             String selfCheck) {
    }

    /** Best and latest quiz score 0..1, whether any attempt passed, and when the latest was submitted. */
    public record QuizScores(double best, double latest, boolean passed, Instant latestAt) {
    }

    /**
     * What one learner has done in one module.
     *
     * @param sectionIds the ids of the sections read, in no particular order
     * @param quiz       null until the first attempt
     * @param lastAt     when the learner last did something here (read, predicted, submitted, saved the lab), or null
     */
    public record ModuleFacts(List<String> sectionIds, int predictions, int labPassed, QuizScores quiz, Instant lastAt) {

        public static final ModuleFacts NONE = new ModuleFacts(List.of(), 0, 0, null, null);

        /** What the learner did in this version of the module, as counts. */
        public ModuleTally tally() {
            return new ModuleTally(sectionIds.size(), predictions, labPassed, quiz == null ? null : quiz.best(),
                    quiz == null ? null : quiz.latest(), quiz == null ? null : quiz.latestAt(),
                    quiz != null && quiz.passed());
        }
    }
}
