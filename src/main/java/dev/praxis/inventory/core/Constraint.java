package dev.praxis.inventory.core;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The module's constraints (section 2, "The Five Constraints That Actually Matter", plus CPU from its constraint
 * table). Declared in the module's order, which also breaks ties.
 */
public enum Constraint {
    VRAM("vram"),
    RAM("ram"),
    STORAGE("storage"),
    THERMALS("thermals"),
    POWER_EXPANSION("power-expansion"),
    CPU("cpu");

    private final String id;

    Constraint(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
