package dev.praxis.quiz;

import java.time.Instant;

/** A submitted attempt; {@code score} is the share of correct answers (partial counts half), 0..1. */
public record QuizAttempt(long id, long userId, String moduleSlug, Instant submittedAt, boolean rubricGraded,
                          double score, boolean passed) {

    public int percent() {
        return (int) Math.round(score * 100);
    }
}
