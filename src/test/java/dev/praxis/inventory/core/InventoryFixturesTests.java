package dev.praxis.inventory.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every fixture in {@code src/test/resources/inventory/fixtures} is read and checked against its
 * {@code .expected.json}: a map from field path ({@code filesystems[0].mount}, {@code gpus.length},
 * {@code provenance.cpu\.model}) to the value the fixture shows, plus {@code @unknowns} (fields that must be listed
 * as unknown) and {@code @warningsAbsent} (text no warning may contain).
 */
class InventoryFixturesTests {

    private static final Path FIXTURES = Path.of("src/test/resources/inventory/fixtures");
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        JsonNode actual = JSON.readTree(InventoryJson.write(inventory));
        JsonNode expected = JSON.readTree(Files.readString(expectedFile, StandardCharsets.UTF_8));

        for (Map.Entry<String, JsonNode> entry : expected.properties()) {
            String key = entry.getKey();
            if (key.equals("@unknowns")) {
                List<String> fields = inventory.unknowns().stream().map(Inventory.Unknown::field).toList();
                entry.getValue().forEach(field -> assertThat(fields).as("unknowns").contains(field.asString()));
            } else if (key.equals("@warningsAbsent")) {
                assertThat(inventory.warnings()).as("warnings")
                        .noneMatch(warning -> warning.contains(entry.getValue().asString()));
            } else {
                assertThat(at(actual, key)).as(key).isEqualTo(entry.getValue());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void normalizedJsonReadsBackUnchanged(Path fixture) throws IOException {
        Inventory inventory = InventoryReader.read(Files.readAllBytes(fixture));

        assertThat(InventoryJson.read(InventoryJson.write(inventory))).isEqualTo(inventory);
    }

    /** Follows a path like {@code gpus[1].vramBytes}; {@code \.} is a literal dot inside a map key. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String segment : segments(path)) {
            if (segment.equals("length")) {
                return JSON.getNodeFactory().numberNode(node.size());
            }
            int bracket = segment.indexOf('[');
            if (bracket >= 0 && !node.has(segment)) {
                node = node.get(segment.substring(0, bracket));
                node = node == null ? null
                        : node.get(Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1)));
            } else {
                node = node.get(segment);
            }
            if (node == null) {
                return JSON.getNodeFactory().missingNode();
            }
        }
        return node;
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length()) {
                current.append(path.charAt(++i));
            } else if (c == '.') {
                segments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        segments.add(current.toString());
        return segments;
    }
}
