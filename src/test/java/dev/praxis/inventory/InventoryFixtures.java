package dev.praxis.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The parser fixtures under {@code src/test/resources/inventory/fixtures}, as uploads. */
final class InventoryFixtures {

    static final Path DIR = Path.of("src/test/resources/inventory/fixtures");

    private InventoryFixtures() {
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every input fixture (transcripts and agent JSON), not the expected outputs. */
    static List<byte[]> inputs() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(file -> !file.getFileName().toString().endsWith(".expected.json")).sorted()
                    .map(file -> bytes(file.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
