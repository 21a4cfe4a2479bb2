package dev.praxis.progress;

/**
 * How far one learner is through one module, derived from what they did (reads, predictions, attempts, verdicts).
 *
 * @param quizBest   best attempt's score 0..1, or null before the first attempt
 * @param quizLatest latest attempt's score 0..1, or null
 */
public record ModuleProgress(String slug, int sectionsRead, int sectionsTotal, int predictionsCommitted,
                             int predictionsTotal, Double quizBest, Double quizLatest, boolean quizPassed,
                             int quizTotal, int labPassed, int labTotal) {

    /** Complete when its quiz is passed and every lab checklist item passes (where it has them). */
    public boolean complete() {
        if (quizTotal == 0 && labTotal == 0) {
            // a reading-only page is complete once every section was read
            return sectionsTotal > 0 && sectionsRead >= sectionsTotal;
        }
        return (quizTotal == 0 || quizPassed) && (labTotal == 0 || labPassed == labTotal);
    }

    /** One number for a progress bar: the share of the module's activities done, 0..100. */
    public int percent() {
        double parts = 0;
        double done = 0;
        if (sectionsTotal > 0) {
            parts++;
            done += Math.min(1.0, (double) sectionsRead / sectionsTotal);
        }
        if (predictionsTotal > 0) {
            parts++;
            done += Math.min(1.0, (double) predictionsCommitted / predictionsTotal);
        }
        if (quizTotal > 0) {
            parts++;
            done += quizPassed ? 1.0 : (quizBest == null ? 0 : quizBest * 0.9);
        }
        if (labTotal > 0) {
            parts++;
            done += (double) labPassed / labTotal;
        }
        return parts == 0 ? 0 : (int) Math.round(100 * done / parts);
    }

    public boolean started() {
        return sectionsRead > 0 || predictionsCommitted > 0 || quizBest != null || labPassed > 0;
    }
}
