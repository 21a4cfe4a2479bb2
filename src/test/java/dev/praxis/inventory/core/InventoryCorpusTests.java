package dev.praxis.inventory.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The corpus of real command outputs in {@code src/test/resources/inventory/corpus}: each {@code .txt} (or
 * {@code .json}) is an output as some machine printed it, taken from a public test suite, issue thread or this
 * machine, and named in its {@code .expected.json} under {@code @source}; the expected values were written by hand
 * from the output itself (see {@link ExpectedFacts}). None may be refused, every expected fact must be read.
 */
class InventoryCorpusTests {

    private static final Path CORPUS = Path.of("src/test/resources/inventory/corpus");

    static List<Path> outputs() throws IOException {
        return ExpectedFacts.outputs(CORPUS);
    }

    private static JsonNode expected(Path output) throws IOException {
        JsonNode expected = ExpectedFacts.expectedFor(output);
        assertThat(expected).as("every output has expected values: " + output).isNotNull();
        return expected;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void realOutputReadsAsExpected(Path output) throws IOException {
        JsonNode expected = expected(output);
        assertThat(expected.path("@source").asString()).as("the output names its source").isNotBlank();

        Inventory inventory = InventoryReader.read(Files.readAllBytes(output));

        assertThat(ExpectedFacts.differences(inventory, expected)).isEmpty();
        assertThat(inventory.blocks()).as("no reader fails on a real output")
                .noneMatch(block -> block.problem() != null && block.problem().contains("reader failed"));
    }

    @Test
    void corpusHoldsAtLeast150RealOutputsWithTheirSources() throws IOException {
        List<Path> outputs = outputs();

        assertThat(outputs).hasSizeGreaterThanOrEqualTo(150);
        for (Path output : outputs) {
            assertThat(expected(output).path("@source").asString()).as(output.toString()).isNotBlank();
        }
    }
}
