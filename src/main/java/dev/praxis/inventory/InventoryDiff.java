package dev.praxis.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** What changed between two normalized inventories, field by field (provenance and parser details left out). */
final class InventoryDiff {

    private static final Set<String> IGNORED = Set.of("provenance", "parserVersion", "warnings", "unknowns");

    private InventoryDiff() {
    }

    static List<Change> between(JsonNode before, JsonNode after) {
        Map<String, String> left = flatten(before);
        Map<String, String> right = flatten(after);
        Set<String> paths = new LinkedHashSet<>(left.keySet());
        paths.addAll(right.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            String was = left.get(path);
            String now = right.get(path);
            if (!Objects.equals(was, now)) {
                changes.add(new Change(path, was, now));
            }
        }
        return changes;
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", node, values);
        return values;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> values) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (path.isEmpty() && IGNORED.contains(field.getKey())) {
                    continue;
                }
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), values);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), values);
            }
        } else {
            values.put(path, node.asString());
        }
    }

    /** One field whose value differs; {@code before} or {@code after} is null when the field is absent there. */
    record Change(String path, String before, String after) {
    }
}
