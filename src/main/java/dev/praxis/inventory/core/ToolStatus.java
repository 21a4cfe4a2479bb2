package dev.praxis.inventory.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a tool was seen. {@code missing} means the command was run and not found (information, not an error);
 * {@code not-run} means it does not appear in the input at all.
 */
public enum ToolStatus {
    AVAILABLE("available"),
    MISSING("missing"),
    NOT_RUN("not-run");

    private final String id;

    ToolStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    static ToolStatus fromId(String id) {
        for (ToolStatus status : values()) {
            if (status.id.equals(id)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown tool status '" + id + "'");
    }
}
