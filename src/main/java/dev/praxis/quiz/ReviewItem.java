package dev.praxis.quiz;

import java.time.Instant;

/**
 * A provisional drafted verdict waiting for an instructor: the answer, what the draft said and how sure it was, and
 * what the learner said when comparing with the model answer.
 */
public record ReviewItem(long answerId, long attemptId, String moduleSlug, String questionNumber, String answer,
                         String verdict, String selfAssessment, double confidence, String learnerName,
                         Instant submittedAt) {
}
