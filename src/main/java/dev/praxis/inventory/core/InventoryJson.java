package dev.praxis.inventory.core;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The stored form of a normalized inventory: pretty JSON with keys in the documented order. */
public final class InventoryJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private InventoryJson() {
    }

    public static String write(Inventory inventory) {
        return MAPPER.writeValueAsString(inventory);
    }

    /**
     * Reads a stored normalized inventory back.
     *
     * @throws InventoryParseException if the text is not a normalized inventory of this schema
     */
    public static Inventory read(String json) {
        try {
            return MAPPER.readValue(json, Inventory.class);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new InventoryParseException("inventory-json", line,
                    "a normalized inventory (" + e.getOriginalMessage() + ")");
        }
    }
}
