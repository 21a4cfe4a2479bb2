package dev.praxis.quiz.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Grades one free-text answer against a question's rubric. Pure: the same rubric and answer always give the same
 * result. The score is the weighted share of concepts found, capped by any misconception the answer shows, by a
 * missing required concept (never correct without it) and by keyword stuffing.
 */
public final class RubricGrader {

    static final String EMPTY_ANSWER = "empty-answer";

    private RubricGrader() {
    }

    public static GradeResult grade(QuestionRubric rubric, String answer) {
        List<String> allLabels = rubric.concepts().stream().map(Concept::label).toList();
        if (answer == null || answer.isBlank()) {
            return new GradeResult(Verdict.INCORRECT, 0.0, List.of(), allLabels,
                    List.of(new GradeResult.Flag(EMPTY_ANSWER, "empty answer: write what you would decide and why")));
        }
        AnswerText text = AnswerText.of(answer);
        List<GradeResult.FoundConcept> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        double earned = 0;
        double total = 0;
        boolean requiredMissing = false;
        for (Concept concept : rubric.concepts()) {
            total += concept.weight();
            Optional<String> quote = concept.wording().firstAffirmed(text);
            if (quote.isPresent()) {
                found.add(new GradeResult.FoundConcept(concept.label(), quote.get()));
                earned += concept.weight();
            } else {
                missing.add(concept.label());
                requiredMissing |= concept.required();
            }
        }
        double score = total == 0 ? 0 : earned / total;
        List<GradeResult.Flag> flags = new ArrayList<>();
        for (Misconception misconception : rubric.misconceptions()) {
            if (misconception.wording().firstAffirmed(text).isPresent()) {
                flags.add(new GradeResult.Flag(misconception.id(), misconception.feedback()));
                score = Math.min(score, misconception.cap());
            }
        }
        Optional<GradeResult.Flag> stuffing = StuffingDetector.detect(text, rubric, found.size());
        if (stuffing.isPresent()) {
            flags.add(stuffing.get());
            score = Math.min(score, rubric.stuffingCap());
        }
        if (requiredMissing) {
            score = Math.min(score, rubric.thresholds().correct() - 0.01);
        }
        double rounded = Math.round(Math.max(0, score) * 100) / 100.0;
        return new GradeResult(rubric.thresholds().verdictFor(rounded), rounded, found, missing, flags);
    }
}
