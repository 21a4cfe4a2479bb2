package dev.praxis.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hostile-input corpus in {@code src/test/resources/xss/payloads.txt}. */
public final class XssPayloads {

    private static final String RESOURCE = "xss/payloads.txt";

    private XssPayloads() {
    }

    /** Every payload, in file order. */
    public static List<String> all() {
        try (InputStream in = XssPayloads.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The payloads a field limited to {@code maxLength} characters accepts whole. */
    public static List<String> upTo(int maxLength) {
        return all().stream().filter(payload -> payload.length() <= maxLength).toList();
    }
}
