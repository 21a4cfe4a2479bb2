package dev.praxis.quiz.grading;

import java.util.List;

/**
 * The feedback for one answer: verdict, score in 0..1 rounded to two decimals, the concepts found (with the
 * learner's own words), the labels of those missing, and flags — the rubric's misconceptions plus the grader's own
 * ({@code empty-answer}, {@code keyword-stuffing}).
 */
public record GradeResult(Verdict verdict, double score, List<FoundConcept> found, List<String> missing,
        List<Flag> misconceptions) {

    public GradeResult {
        found = List.copyOf(found);
        missing = List.copyOf(missing);
        misconceptions = List.copyOf(misconceptions);
    }

    /** A concept the answer contains: its label and the learner's phrase that earned it. */
    public record FoundConcept(String concept, String quote) {
    }

    /** Targeted feedback about something wrong with the answer. */
    public record Flag(String id, String feedback) {
    }
}
