package dev.praxis.system.web;

import java.time.Duration;

/**
 * How long a throttled visitor is told to wait. Both figures round up and are at least one, so nobody is told to
 * retry "in 0 seconds" and then refused again.
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** Whole seconds, for the {@code Retry-After} header. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** Whole minutes, for the sentence a person reads. */
    public static long minutes(Duration wait) {
        return Math.max(1, (seconds(wait) + 59) / 60);
    }
}
