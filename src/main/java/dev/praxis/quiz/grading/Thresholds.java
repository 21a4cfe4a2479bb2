package dev.praxis.quiz.grading;

/** A score at or above {@code correct} is correct, at or above {@code partial} partial, else incorrect. */
public record Thresholds(double correct, double partial) {

    static final Thresholds DEFAULT = new Thresholds(0.7, 0.35);

    Verdict verdictFor(double score) {
        if (score >= correct) {
            return Verdict.CORRECT;
        }
        return score >= partial ? Verdict.PARTIAL : Verdict.INCORRECT;
    }
}
