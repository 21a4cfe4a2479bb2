package dev.praxis.inventory.core;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The JSON the Praxis agent writes ({@code praxis-inventory.json}): the normalized inventory itself with
 * {@code "source": "agent"}. Anything else that happens to be JSON is rejected with the reason.
 */
final class AgentJsonReader {

    private static final String SECTION = "agent-json";

    private AgentJsonReader() {
    }

    /** A prompt like {@code [user@host ~]$} also opens with a bracket; only real JSON counts. */
    static boolean isJsonArray(String text) {
        if (!text.startsWith("[")) {
            return false;
        }
        try {
            InventoryJson.MAPPER.readTree(text);
            return true;
        } catch (JacksonException notJson) {
            return false;
        }
    }

    static Inventory read(String json) {
        JsonNode root;
        try {
            root = InventoryJson.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InventoryParseException(SECTION, line(e), "well-formed JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InventoryParseException(SECTION, 1, "a JSON object written by the Praxis agent");
        }
        JsonNode source = root.get("source");
        if (source == null || !source.isString() || !Source.AGENT.id().equals(source.asString())) {
            throw new InventoryParseException(SECTION, 1, "\"source\": \"agent\" (this JSON is not an agent inventory)");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt() || version.intValue() < 1
                || version.intValue() > Inventory.SCHEMA_VERSION) {
            throw new InventoryParseException(SECTION, 1,
                    "\"schemaVersion\" between 1 and " + Inventory.SCHEMA_VERSION);
        }
        Inventory inventory;
        try {
            inventory = InventoryJson.MAPPER.treeToValue(root, Inventory.class);
        } catch (JacksonException e) {
            throw new InventoryParseException(SECTION, line(e), "an agent inventory (" + e.getOriginalMessage() + ")");
        }
        if (inventory.os() == null || inventory.cpu() == null || inventory.memory() == null
                || inventory.gpuTooling() == null) {
            throw new InventoryParseException(SECTION, 1, "the objects \"os\", \"cpu\", \"memory\" and \"gpuTooling\"");
        }
        return inventory;
    }

    private static int line(JacksonException e) {
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    }
}
