package dev.praxis.inventory;

import java.time.Instant;

/**
 * One stored upload: the raw bytes were kept verbatim, then parsed; {@code normalizedJson} is the normalized
 * inventory when parsing succeeded, {@code error} the precise reason when it did not.
 */
public record InventoryUpload(long id, long userId, Instant receivedAt, String channel, String filename, int byteSize,
                              String status, String parserVersion, String normalizedJson, String error) {

    public boolean parsed() {
        return "parsed".equals(status);
    }
}
