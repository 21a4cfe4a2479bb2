package dev.praxis.quiz;

import java.time.Instant;

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

    /** The latest instructor override: who, when, old → new, and why. */
    public record Override(String instructorName, Instant at, String oldVerdict, String newVerdict, String comment) {
    }
}
