package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.InventoryParseException;
import dev.praxis.inventory.core.InventoryReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The inventory a lab is checked against, the text it was read from (to quote its lines), and, when the text could
 * not be read, why: an unreadable upload never stops the lab, it leaves the machine items waiting for a new upload.
 *
 * @param raw     the uploaded text, or null when not at hand
 * @param problem where and why the upload could not be read ("free -h, line 26: expected …")
 */
public record InventoryReading(Optional<Inventory> inventory, String raw, Optional<String> problem) {

    public static final InventoryReading NONE = new InventoryReading(Optional.empty(), null, Optional.empty());

    /** Reads an uploaded text; a blank text is no upload at all. */
    public static InventoryReading read(String raw) {
        if (raw == null || raw.isBlank()) {
            return NONE;
        }
        try {
            return new InventoryReading(Optional.of(InventoryReader.read(raw.getBytes(StandardCharsets.UTF_8))), raw,
                    Optional.empty());
        } catch (InventoryParseException e) {
            return new InventoryReading(Optional.empty(), raw, Optional.of(e.section() + ", line " + e.line()
                    + ": expected " + e.expected()));
        }
    }

    /** An inventory already parsed (the platform's stored uploads), with its text when at hand. */
    public static InventoryReading of(Optional<Inventory> inventory, String raw) {
        return new InventoryReading(inventory, raw, Optional.empty());
    }
}
