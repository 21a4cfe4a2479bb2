package dev.praxis.lesson;

import java.time.Instant;

/** The learner's current prediction for one prompt, how many times they revised it, and their self-check. */
public record CommittedPrediction(String promptId, String body, Instant committedAt, int revisions, String selfCheck) {
}
