package dev.praxis.inventory.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Storage technology of a physical disk, where knowable. */
public enum DiskType {
    NVME("nvme"),
    SSD("ssd"),
    HDD("hdd");

    private final String id;

    DiskType(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    static DiskType fromId(String id) {
        for (DiskType type : values()) {
            if (type.id.equals(id)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown disk type '" + id + "'");
    }
}
