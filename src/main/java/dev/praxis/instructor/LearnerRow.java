package dev.praxis.instructor;

/** A learner as the cohort table lists them. */
record LearnerRow(long id, String displayName, String email) {
}
