package dev.praxis.inventory.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is uploaded, the reader answers with an inventory or an InventoryParseException, never anything else. */
class InventoryReaderProperties {

    private static final List<String> FIXTURES = loadFixtures();

    @Property(tries = 300)
    void randomBytesGiveAnInventoryOrAParseError(@ForAll byte[] raw) {
        assertReadsOrRejects(raw);
    }

    @Property(tries = 300)
    void randomTextGivesAnInventoryOrAParseError(@ForAll("terminalText") String text) {
        assertReadsOrRejects(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 1000)
    void mutatedTranscriptsGiveAnInventoryOrAParseError(@ForAll("mutatedTranscripts") String text) {
        assertReadsOrRejects(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void parsedInventoriesSurviveTheStoredJsonRoundTrip(@ForAll("mutatedTranscripts") String text) {
        Inventory inventory;
        try {
            inventory = InventoryReader.read(text.getBytes(StandardCharsets.UTF_8));
        } catch (InventoryParseException rejected) {
            return;
        }
        assertThat(InventoryJson.read(InventoryJson.write(inventory))).isEqualTo(inventory);
    }

    private static void assertReadsOrRejects(byte[] raw) {
        try {
            Inventory inventory = InventoryReader.read(raw);
            assertThat(inventory.schemaVersion()).isEqualTo(Inventory.SCHEMA_VERSION);
            assertThat(inventory.blocks()).as("no reader may fail on its own output")
                    .noneMatch(block -> block.problem() != null && block.problem().contains("reader failed"));
        } catch (InventoryParseException e) {
            assertThat(e.line()).isPositive();
            assertThat(e.section()).isNotBlank();
            assertThat(e.expected()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> terminalText() {
        Arbitrary<String> tokens = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("Filesystem      Size  Used Avail Use% Mounted on", "Mem:", "Swap:", "Architecture:",
                        "CPU(s):", "name, memory.total [MiB], driver_version", "Graphics/Displays:", "NVMExpress:",
                        "NAME SIZE TYPE MOUNTPOINT", "├─", "\u001B[31m", "\r\n", "\n", "   ", "%", "$ ", "[N/A]",
                        "12Gi", "1,5G", "0Bi", "99%", "/dev/sda1", ":", "Capacity: 1 GB (", "VRAM (Total): ",
                        "9999999999999999999", "Linux box 6.8 x86_64", "Darwin mac 23.0 arm64", "{", "[", "}"));
        return tokens.list().ofMaxSize(60).map(parts -> String.join(" ", parts));
    }

    @Provide
    Arbitrary<String> mutatedTranscripts() {
        Arbitrary<String> fixture = Arbitraries.of(FIXTURES);
        Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(fixture, mutations).as((text, list) -> {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            list.forEach(m -> m.apply(lines));
            return String.join("\n", lines);
        });
    }

    /** One edit to a transcript's lines. */
    private record Mutation(int kind, int at, int other, String text) {

        void apply(List<String> lines) {
            if (lines.isEmpty()) {
                lines.add(text);
                return;
            }
            int i = Math.floorMod(at, lines.size());
            int j = Math.floorMod(other, lines.size());
            String line = lines.get(i);
            switch (kind) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> {
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                }
                case 3 -> lines.set(i, line.substring(0, Math.floorMod(other, line.length() + 1)));
                case 4 -> lines.add(i, text);
                case 5 -> {
                    int pos = Math.floorMod(other, line.length() + 1);
                    lines.set(i, line.substring(0, pos) + text + line.substring(pos));
                }
                case 6 -> lines.set(i, line.replaceAll("\\d", text.isEmpty() ? "" : text.substring(0, 1)));
                default -> lines.set(i, "  " + line);
            }
        }
    }

    private static Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers(),
                Arbitraries.integers(), Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                        Arbitraries.of("9", ",", ".", "%", ":", "Gi", "[N/A]", "\u001B[0m", " ", "\t", "\r")))
                .as(Mutation::new);
    }

    private static List<String> loadFixtures() {
        Path dir = Path.of("src/test/resources/inventory/fixtures");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".transcript.txt") || f.toString().endsWith("vm.json"))
                    .sorted()
                    .map(f -> {
                        try {
                            return Files.readString(f, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
