package dev.praxis.inventory.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where an inventory came from. */
public enum Source {
    AGENT("agent"),
    LINUX_COMMANDS("linux-commands"),
    MACOS_COMMANDS("macos-commands"),
    /** Windows outputs (wmic, PowerShell, nvidia-smi.exe, a PowerShell or cmd prompt); added in parser 2.3.0. */
    WINDOWS_COMMANDS("windows-commands");

    private final String id;

    Source(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    static Source fromId(String id) {
        for (Source source : values()) {
            if (source.id.equals(id)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown source '" + id + "'");
    }
}
