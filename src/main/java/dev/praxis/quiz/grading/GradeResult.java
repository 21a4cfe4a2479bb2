package dev.praxis.quiz.grading;

import java.util.List;

/**
 * The feedback for one answer: verdict, score in 0..1 rounded to two decimals, the concepts found (with the
 * learner's own clause), the labels of those missing, flags — the rubric's misconceptions plus the grader's own
 * ({@code empty-answer}, {@code keyword-stuffing}, {@code fragments}, {@code restates-question},
 * {@code open-alternatives}) — and, for each missing concept the rubric places in the module, the section to read
 * again.
 */
public record GradeResult(Verdict verdict, double score, List<FoundConcept> found, List<String> missing,
        List<Flag> misconceptions, List<SectionPointer> sections) {

    public GradeResult {
        found = List.copyOf(found);
        missing = List.copyOf(missing);
        misconceptions = List.copyOf(misconceptions);
        sections = List.copyOf(sections);
    }

    public GradeResult(Verdict verdict, double score, List<FoundConcept> found, List<String> missing,
            List<Flag> misconceptions) {
        this(verdict, score, found, missing, misconceptions, List.of());
    }

    /** A concept the answer contains: its label and the learner's clause that earned it. */
    public record FoundConcept(String concept, String quote) {
    }

    /** Targeted feedback about something wrong with the answer. */
    public record Flag(String id, String feedback) {
    }

    /** Where the module explains a concept the answer misses: the concept's label and the section heading. */
    public record SectionPointer(String concept, String section) {
    }
}
