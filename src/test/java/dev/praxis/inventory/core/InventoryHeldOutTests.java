package dev.praxis.inventory.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The held-out batches in {@code src/test/resources/inventory/heldout} to {@code heldout-4}: real outputs in the
 * corpus's format (an output and its {@code .expected.json}, the source named under {@code @source}), each written
 * down after the parser was tuned on what came before and measured before any change was made because of it. Unlike
 * the corpus, a fact the parser misses here does not fail the build: a batch measures how the parser does on outputs
 * nobody tuned it to. Each test reports the share of expected facts read and the files refused, and fails when more
 * files are refused or the share falls below the last measured level (see the README next to each batch).
 */
class InventoryHeldOutTests {

    private static final Path HELD_OUT = Path.of("src/test/resources/inventory/heldout");

    private static final Path HELD_OUT_2 = Path.of("src/test/resources/inventory/heldout-2");

    private static final Path HELD_OUT_3 = Path.of("src/test/resources/inventory/heldout-3");

    private static final Path HELD_OUT_4 = Path.of("src/test/resources/inventory/heldout-4");

    private static final Path HELD_OUT_5 = Path.of("src/test/resources/inventory/heldout-5");

    @Test
    void heldOutOutputsAreReadAndNoneIsRefused() throws IOException {
        Measurement first = measure("Held-out batch", HELD_OUT);
        assertThat(first.files()).isGreaterThanOrEqualTo(40);
        assertThat(first.refused()).as("held-out files refused").isEmpty();
        assertThat(first.share()).as("share of held-out facts read").isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void secondHeldOutBatchIsReadAndNoneIsRefused() throws IOException {
        Measurement second = measure("Held-out batch 2", HELD_OUT_2);
        assertThat(second.files()).isGreaterThanOrEqualTo(40);
        assertThat(second.refused()).as("second held-out batch: files refused").isEmpty();
        assertThat(second.share()).as("second held-out batch: share of facts read").isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void thirdHeldOutBatchIsMeasured() throws IOException {
        Measurement third = measure("Held-out batch 3", HELD_OUT_3);
        assertThat(third.files()).isGreaterThanOrEqualTo(9);
        assertThat(third.refused()).as("third held-out batch: files refused").isEmpty();
        assertThat(third.share()).as("third held-out batch: share of facts read").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void fourthHeldOutBatchIsMeasured() throws IOException {
        Measurement fourth = measure("Held-out batch 4", HELD_OUT_4);
        assertThat(fourth.files()).isGreaterThanOrEqualTo(30);
        assertThat(fourth.refused()).as("fourth held-out batch: files refused").isEmpty();
        assertThat(fourth.share()).as("fourth held-out batch: share of facts read").isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void fifthHeldOutBatchIsMeasured() throws IOException {
        Measurement fifth = measure("Held-out batch 5", HELD_OUT_5);
        assertThat(fifth.files()).isGreaterThanOrEqualTo(39);
        assertThat(fifth.refused()).as("fifth held-out batch: files refused").hasSizeLessThanOrEqualTo(2);
        assertThat(fifth.share()).as("fifth held-out batch: share of facts read").isGreaterThanOrEqualTo(0.80);
    }

    /** What one batch gave: its size, the facts expected and read, and the files refused. */
    record Measurement(int files, int facts, int agreed, List<String> refused) {

        double share() {
            return facts == 0 ? 0 : (double) agreed / facts;
        }
    }

    private static Measurement measure(String label, Path root) throws IOException {
        List<Path> outputs = ExpectedFacts.outputs(root);
        int facts = 0;
        int agreed = 0;
        List<String> refused = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Path output : outputs) {
            JsonNode expected = ExpectedFacts.expectedFor(output);
            assertThat(expected).as("every output has expected values: " + output).isNotNull();
            assertThat(expected.path("@source").asString()).as(output + " names its source").isNotBlank();
            Inventory inventory;
            try {
                inventory = InventoryReader.read(Files.readAllBytes(output));
            } catch (InventoryParseException refusal) {
                refused.add(output.getFileName() + ": " + refusal.getMessage());
                facts += ExpectedFacts.count(expected);
                continue;
            }
            for (ExpectedFacts.Check check : ExpectedFacts.facts(inventory, expected)) {
                facts++;
                if (check.agrees()) {
                    agreed++;
                } else {
                    misses.add(output.getFileName() + " " + check.key() + ": expected " + check.expected()
                            + " but was " + check.actual());
                }
            }
        }
        Measurement measurement = new Measurement(outputs.size(), facts, agreed, refused);
        System.out.printf("%s: %d files, %d of %d expected facts read (%.1f%%), %d refused%n", label,
                outputs.size(), agreed, facts, 100 * measurement.share(), refused.size());
        refused.forEach(line -> System.out.println("  refused " + line));
        misses.forEach(line -> System.out.println("  missed " + line));
        return measurement;
    }
}
