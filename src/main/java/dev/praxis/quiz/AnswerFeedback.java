package dev.praxis.quiz;

import java.util.List;

/**
 * What the grader said about one answer, stored as JSON next to it.
 *
 * @param rubric   false when the module has no grading file: the learner assesses themself against the model answer
 * @param sections where the module explains each missing concept the rubric places in it
 */
public record AnswerFeedback(boolean rubric, List<Found> found, List<String> missing, List<Flag> misconceptions,
        List<Section> sections) {

    /** Feedback stored before sections were kept reads with none. */
    public AnswerFeedback {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public static AnswerFeedback selfAssessed() {
        return new AnswerFeedback(false, List.of(), List.of(), List.of(), List.of());
    }

    /** A concept the learner's answer contains, with the learner's own words. */
    public record Found(String concept, String quote) {
    }

    /** The module section that explains a concept the answer misses. */
    public record Section(String concept, String section) {
    }

    /** A misconception (or grading flag such as keyword stuffing) with targeted feedback. */
    public record Flag(String id, String feedback) {
    }
}
