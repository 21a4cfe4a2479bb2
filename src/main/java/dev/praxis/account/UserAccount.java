package dev.praxis.account;

import java.time.Instant;

/** A row of {@code app_user} without the password hash, as pages and other features read it. */
public record UserAccount(long id, String email, String displayName, Role role, Instant createdAt) {
}
