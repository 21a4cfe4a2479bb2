package dev.praxis.inventory;

import java.time.Instant;

/** A learner's upload token as the settings page lists it: never the token itself, only its last characters. */
public record UploadToken(long id, String label, String hint, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
