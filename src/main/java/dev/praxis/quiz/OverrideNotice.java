package dev.praxis.quiz;

import java.time.Instant;

/**
 * An instructor changed one of the learner's verdicts and the learner has not read it yet.
 *
 * @param answerId the answer whose verdict changed; its section on the attempt page is {@code #answer-<id>}
 */
public record OverrideNotice(long attemptId, String moduleSlug, long answerId, String questionNumber,
                             String oldVerdict, String newVerdict, Instant at) {

    public String url() {
        return "/quiz/attempts/" + attemptId + "#answer-" + answerId;
    }
}
