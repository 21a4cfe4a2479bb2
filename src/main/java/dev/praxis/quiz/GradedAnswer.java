package dev.praxis.quiz;

import dev.praxis.quiz.grading.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * One answer of an attempt as pages show it. {@code verdict} is the effective verdict (the instructor's override
 * when there is one); {@code gradedVerdict} what the grader said.
 */
public record GradedAnswer(long id, long attemptId, String questionId, String questionNumber, String answer,
                           String gradedVerdict, String verdict, double score, AnswerFeedback feedback,
                           String selfAssessment, Override override) {

    public boolean overridden() {
        return override != null;
    }

    /** The answer's score as it stands: the credit of the instructor's verdict once there is one, else the grader's. */
    public double shownScore() {
        return overridden() ? Verdict.fromLabel(verdict).map(QuizService::credit).orElse(score) : score;
    }

    /** What the answer still misses: nothing once an instructor judged it correct. */
    public List<String> stillMissing() {
        return clearedByInstructor() ? List.of() : feedback.missing();
    }

    /** The misconceptions that still stand: none once an instructor judged the answer correct. */
    public List<AnswerFeedback.Flag> stillFlagged() {
        return clearedByInstructor() ? List.of() : feedback.misconceptions();
    }

    /**
     * The learner judged a graded answer differently from its verdict and no instructor has looked at it yet: the
     * instructor sees it as a disagreement to review.
     */
    public boolean disagreement() {
        return selfAssessment != null && !"ungraded".equals(gradedVerdict) && !overridden()
                && !selfAssessment.equals(verdict);
    }

    private boolean clearedByInstructor() {
        return overridden() && "correct".equals(verdict);
    }

    /** The latest instructor override: who, when, old → new, and why. */
    public record Override(String instructorName, Instant at, String oldVerdict, String newVerdict, String comment) {
    }
}
