package dev.praxis.quiz.grading;

import java.util.List;

/** Whether a module's quiz is passed: the share of correct answers (a partial counts half) reaches the bar. */
public final class PassRule {

    private PassRule() {
    }

    /**
     * @param verdicts one verdict per question of the quiz; an empty quiz is never passed
     * @param share    the bar in 0..1, e.g. {@link ModuleRubric#DEFAULT_PASS_SHARE}
     */
    public static boolean passed(List<Verdict> verdicts, double share) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("pass share must be within 0..1, was " + share);
        }
        if (verdicts.isEmpty()) {
            return false;
        }
        double earned = 0;
        for (Verdict verdict : verdicts) {
            earned += switch (verdict) {
                case CORRECT -> 1.0;
                case PARTIAL -> 0.5;
                case INCORRECT -> 0.0;
            };
        }
        // compared in whole half-points so 0.75 of 4 questions is exactly 3, not 2.9999…
        return Math.round(earned * 2) >= Math.ceil(share * verdicts.size() * 2 - 1e-9);
    }
}
