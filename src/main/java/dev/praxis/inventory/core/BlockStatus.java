package dev.praxis.inventory.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How much of one block of a transcript was read. */
public enum BlockStatus {
    /** Every line of the output was read. */
    READ("read"),
    /** The output was read, but some of its lines were not (each named in the problem). */
    PARTLY_READ("partly-read"),
    /** The output was recognised (by its shape or the command typed before it) but could not be read. */
    NOT_READ("not-read"),
    /** Lines that are no output Praxis knows. */
    NOT_RECOGNISED("not-recognised");

    private final String id;

    BlockStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    static BlockStatus fromId(String id) {
        for (BlockStatus status : values()) {
            if (status.id.equals(id)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown block status '" + id + "'");
    }
}
