package dev.praxis.instructor;

import java.time.Instant;

/** One lab checklist verdict of a learner, with the evidence it rests on. */
record VerdictRow(String moduleSlug, String itemId, String step, int itemIndex, String verdict, String evidence,
                  Instant computedAt) {

    /** pass / needs attention / fail / self-attested / not done, in words. */
    public String label() {
        return verdict.replace('-', ' ');
    }
}
