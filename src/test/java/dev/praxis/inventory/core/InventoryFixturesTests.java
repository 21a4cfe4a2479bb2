package dev.praxis.inventory.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every fixture in {@code src/test/resources/inventory/fixtures} (whole transcripts of the module's command blocks)
 * is read and checked against its {@code .expected.json} (see {@link ExpectedFacts}).
 */
class InventoryFixturesTests {

    private static final Path FIXTURES = Path.of("src/test/resources/inventory/fixtures");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(file -> !file.getFileName().toString().endsWith(".expected.json"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureReadsAsExpected(Path fixture) throws IOException {
        String base = fixture.getFileName().toString().replaceFirst("\\.(transcript\\.txt|json)$", "");
        Path expectedFile = fixture.resolveSibling(base + ".expected.json");
        assertThat(expectedFile).as("every fixture has expected values").exists();

        Inventory inventory = InventoryReader.read(Files.readAllBytes(fixture));
        JsonNode expected = ExpectedFacts.JSON.readTree(Files.readString(expectedFile, StandardCharsets.UTF_8));

        assertThat(ExpectedFacts.differences(inventory, expected)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void normalizedJsonReadsBackUnchanged(Path fixture) throws IOException {
        Inventory inventory = InventoryReader.read(Files.readAllBytes(fixture));

        assertThat(InventoryJson.read(InventoryJson.write(inventory))).isEqualTo(inventory);
    }
}
