package dev.praxis.instructor;

import java.time.Instant;

/** One of a learner's quiz attempts; its score already counts the instructors' overrides. */
record AttemptRow(long id, String moduleSlug, Instant submittedAt, boolean rubricGraded, double score,
                  boolean passed) {

    public int percent() {
        return (int) Math.round(score * 100);
    }
}
