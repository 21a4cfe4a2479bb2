package dev.praxis.lab.validation;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Lab documents for tests: the strong example from {@code src/test/resources/lab}, changed one field at a time. */
final class Labs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Labs() {
    }

    static LabWork read(String name) {
        return JSON.readValue(Path.of("src/test/resources/lab", name + ".json").toFile(), LabWork.class);
    }

    static LabWork strong() {
        return read("strong");
    }

    /** The lab with the field at a dotted path ({@code summary.firstBottleneck}) set, or removed when null. */
    static LabWork with(LabWork work, String path, Object value) {
        ObjectNode root = JSON.valueToTree(work);
        String[] parts = path.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (value == null) {
            parent.remove(last);
        } else {
            parent.set(last, JSON.valueToTree(value));
        }
        return JSON.treeToValue(root, LabWork.class);
    }
}
