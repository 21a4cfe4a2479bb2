package dev.praxis.inventory.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The expected values of a fixture: a map from field path ({@code filesystems[0].mount}, {@code gpus.length},
 * {@code provenance.cpu\.model}) to the value the fixture shows, plus {@code @unknowns} (fields that must be listed
 * as unknown), {@code @warnings} (text some warning must contain), {@code @warningsAbsent} (text no warning may
 * contain) and {@code @source} (where the real output comes from). Keys starting with {@code @} are not facts.
 */
final class ExpectedFacts {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One expected fact and whether the inventory shows it. */
    record Check(String key, JsonNode expected, JsonNode actual) {

        boolean agrees() {
            return expected.equals(actual) || expected.isNumber() && actual.isNumber()
                    && expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
    }

    private ExpectedFacts() {
    }

    /** Every fact of the expected file compared with the inventory. */
    static List<Check> facts(Inventory inventory, JsonNode expected) {
        JsonNode actual = JSON.readTree(InventoryJson.write(inventory));
        List<Check> checks = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : expected.properties()) {
            if (!entry.getKey().startsWith("@")) {
                checks.add(new Check(entry.getKey(), entry.getValue(), at(actual, entry.getKey())));
            }
        }
        return checks;
    }

    /** The outputs under a folder (each {@code .txt} or {@code .json} that is not an expected file), sorted. */
    static List<Path> outputs(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".txt") || file.toString().endsWith(".json"))
                    .filter(file -> !file.getFileName().toString().endsWith(".expected.json"))
                    .sorted()
                    .toList();
        }
    }

    /** The expected file next to an output, read; null when there is none. */
    static JsonNode expectedFor(Path output) throws IOException {
        String base = output.getFileName().toString().replaceFirst("\\.(txt|json)$", "");
        Path file = output.resolveSibling(base + ".expected.json");
        return Files.exists(file) ? JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)) : null;
    }

    /** How many facts the expected file lists (keys not starting with {@code @}). */
    static int count(JsonNode expected) {
        return (int) expected.propertyNames().stream().filter(key -> !key.startsWith("@")).count();
    }

    /** The differences between the inventory and the expected file, one line each; empty when it agrees. */
    static List<String> differences(Inventory inventory, JsonNode expected) {
        List<String> differences = new ArrayList<>();
        for (Check check : facts(inventory, expected)) {
            if (!check.agrees()) {
                differences.add(check.key() + ": expected " + check.expected() + " but was " + check.actual());
            }
        }
        List<String> unknownFields = inventory.unknowns().stream().map(Inventory.Unknown::field).toList();
        expected.path("@unknowns").forEach(field -> {
            if (!unknownFields.contains(field.asString())) {
                differences.add("@unknowns: " + field.asString() + " is not listed as unknown");
            }
        });
        expected.path("@warnings").forEach(text -> {
            if (inventory.warnings().stream().noneMatch(w -> w.contains(text.asString()))) {
                differences.add("@warnings: no warning contains '" + text.asString() + "': " + inventory.warnings());
            }
        });
        JsonNode absent = expected.path("@warningsAbsent");
        List<JsonNode> absentTexts = new ArrayList<>();
        if (absent.isArray()) {
            absent.forEach(absentTexts::add);
        } else if (!absent.isMissingNode()) {
            absentTexts.add(absent);
        }
        for (JsonNode text : absentTexts) {
            inventory.warnings().stream().filter(w -> w.contains(text.asString())).findFirst()
                    .ifPresent(w -> differences.add("@warningsAbsent: '" + w + "'"));
        }
        return differences;
    }

    /** Follows a path like {@code gpus[1].vramBytes}; {@code \.} is a literal dot inside a map key. */
    static JsonNode at(JsonNode root, String path) {
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
