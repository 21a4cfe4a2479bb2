package dev.praxis.instructor;

import java.time.Instant;

/**
 * A learner judged a graded answer differently from its verdict and no instructor has reviewed it yet.
 *
 * @param verdict  what the grader said
 * @param judgement what the learner says (correct, partial, incorrect)
 */
record Disagreement(long learnerId, String learnerName, String moduleSlug, long attemptId, long answerId,
                    String questionNumber, String verdict, String judgement, Instant submittedAt, String moduleTitle) {

    Disagreement titled(String title) {
        return new Disagreement(learnerId, learnerName, moduleSlug, attemptId, answerId, questionNumber, verdict,
                judgement, submittedAt, title);
    }

    public String url() {
        return "/quiz/attempts/" + attemptId + "#answer-" + answerId;
    }
}
