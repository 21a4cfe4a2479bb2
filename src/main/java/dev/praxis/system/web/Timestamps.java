package dev.praxis.system.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How pages write a moment: always with its time zone. The server writes UTC ("2026-12-02 14:05 UTC") inside a
 * {@code <time datetime>} element ({@code fragments/time}); the page's script then shows it in the reader's own zone
 * with that zone's name. Without the script the UTC text stands, never a bare time whose zone a reader must guess.
 */
public final class Timestamps {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** {@code 2026-12-02 14:05 UTC}, or "" for null. */
    public static String utc(Instant at) {
        return at == null ? "" : MINUTES.format(at);
    }

    /** {@code 2026-12-02 14:05:09 UTC}, or "" for null. */
    public static String utcSeconds(Instant at) {
        return at == null ? "" : SECONDS.format(at);
    }

    /** The machine-readable form for {@code <time datetime>}: ISO-8601 in UTC. */
    public static String iso(Instant at) {
        return at == null ? "" : at.toString();
    }
}
