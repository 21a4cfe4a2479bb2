package dev.praxis.inventory.core;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byte count read from human-readable output ({@code 23Gi}, {@code 1,9G}, {@code 476.9G}, {@code 0B}) with its
 * precision: one unit of the last digit shown, because {@code -h} output is rounded.
 */
record Size(long bytes, long precisionBytes) {

    private static final Pattern HUMAN = Pattern.compile("(\\d{1,15})(?:[.,](\\d{1,6}))?([KMGTPE]?)(i?)(B?)",
            Pattern.CASE_INSENSITIVE);
    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    static Size exact(long bytes) {
        return new Size(bytes, 0);
    }

    /**
     * Reads a size token. Units are binary ({@code free -h}, {@code df -h} and {@code lsblk} all divide by 1024);
     * a bare number is counted in {@code bareUnitBytes} (1024 for {@code free} and {@code df} without {@code -h}).
     */
    static Optional<Size> parse(String token, long bareUnitBytes) {
        return parse(token, bareUnitBytes, 1024);
    }

    /** Like {@link #parse(String, long)} for {@code --si} / {@code -H} output, whose units are powers of 1000. */
    static Optional<Size> parseSi(String token, long bareUnitBytes) {
        return parse(token, bareUnitBytes, 1000);
    }

    private static Optional<Size> parse(String token, long bareUnitBytes, long base) {
        // macOS df writes bytes as "0Bi"
        Matcher m = HUMAN.matcher(token.endsWith("Bi") ? token.substring(0, token.length() - 1) : token);
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(3).toUpperCase(Locale.ROOT);
        boolean bare = prefix.isEmpty() && m.group(5).isEmpty();
        if (!m.group(4).isEmpty() && prefix.isEmpty() && m.group(5).isEmpty()) {
            return Optional.empty();
        }
        long unit = bare ? bareUnitBytes : unitBytes(prefix, base);
        return of(m.group(1), m.group(2), unit);
    }

    /** Reads {@code 500.28 GB}-style decimal sizes (macOS reports disk capacity in powers of 1000). */
    static Optional<Size> parseDecimal(String number, String unit) {
        String[] parts = number.replace(',', '.').split("\\.", -1);
        if (parts.length > 2 || !parts[0].matches("\\d{1,15}") || parts.length == 2 && !parts[1].matches("\\d{1,6}")) {
            return Optional.empty();
        }
        String prefix = unit.toUpperCase(Locale.ROOT).replace("B", "");
        if (!prefix.matches("[KMGTPE]?")) {
            return Optional.empty();
        }
        return of(parts[0], parts.length == 2 ? parts[1] : null, unitBytes(prefix, 1000));
    }

    private static long unitBytes(String prefix, long base) {
        int power = prefix.isEmpty() ? 0 : "KMGTPE".indexOf(prefix) + 1;
        long unit = 1;
        for (int i = 0; i < power; i++) {
            unit *= base;
        }
        return unit;
    }

    private static Optional<Size> of(String whole, String fraction, long unit) {
        BigDecimal number = new BigDecimal(fraction == null ? whole : whole + "." + fraction);
        BigDecimal bytes = number.multiply(BigDecimal.valueOf(unit));
        if (bytes.compareTo(MAX) > 0) {
            return Optional.empty();
        }
        long precision = unit == 1 ? 0
                : BigDecimal.valueOf(unit).movePointLeft(fraction == null ? 0 : fraction.length()).longValue();
        return Optional.of(new Size(bytes.longValue(), precision));
    }
}
