package dev.praxis.instructor;

import dev.praxis.content.QuizQuestion;

/**
 * How the cohort answered one quiz question.
 *
 * @param meanScore          mean credit of the effective verdicts (correct 1, partial ½, incorrect 0), null before
 *                           any answer
 * @param mostMissed         the concept most often missing, or null
 * @param mostMisconceived   the misconception most often flagged (label = its id, detail = its feedback), or null
 */
record QuestionStats(QuizQuestion question, long attempts, Double meanScore, Frequent mostMissed,
                     Frequent mostMisconceived) {

    public Integer meanPercent() {
        return meanScore == null ? null : (int) Math.round(meanScore * 100);
    }
}
