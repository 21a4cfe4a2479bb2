package dev.praxis.instructor;

import java.time.Instant;

/** The learner's latest inventory upload: received, parsed or rejected (with the parser's reason). */
record UploadStatus(long id, Instant receivedAt, String channel, String status, String error) {
}
