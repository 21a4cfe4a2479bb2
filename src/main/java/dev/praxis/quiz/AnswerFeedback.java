package dev.praxis.quiz;

import dev.praxis.quiz.drafting.DraftGrader;
import java.util.List;

/**
 * What the grader said about one answer, stored as JSON next to it.
 *
 * @param rubric     false when no rubric grades the question: the learner assesses themself against the model answer
 * @param sections   where the module explains each missing concept the rubric places in it
 * @param source     "authored" or "drafted" (null in answers stored before drafts existed, which were authored)
 * @param confidence how sure a drafted verdict is, 0..1 (null for authored rubrics)
 */
public record AnswerFeedback(boolean rubric, List<Found> found, List<String> missing, List<Flag> misconceptions,
        List<Section> sections, String source, Double confidence) {

    /** Feedback stored before sections were kept reads with none. */
    public AnswerFeedback {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public static AnswerFeedback selfAssessed() {
        return new AnswerFeedback(false, List.of(), List.of(), List.of(), List.of(), null, null);
    }

    public boolean drafted() {
        return "drafted".equals(source);
    }

    /** A drafted verdict too unsure to stand alone: the learner also sees the model answer and assesses themself. */
    public boolean provisional() {
        return drafted() && confidence != null && confidence < DraftGrader.PROVISIONAL_BELOW;
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
