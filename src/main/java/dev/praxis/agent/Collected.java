package dev.praxis.agent;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.Inventory.CpuInfo;
import dev.praxis.inventory.core.Inventory.Disk;
import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.Inventory.Gpu;
import dev.praxis.inventory.core.Inventory.GpuTooling;
import dev.praxis.inventory.core.Inventory.MemoryInfo;
import dev.praxis.inventory.core.Inventory.OsInfo;
import dev.praxis.inventory.core.Inventory.Sensors;
import dev.praxis.inventory.core.Inventory.Unknown;
import dev.praxis.inventory.core.InventoryReader;
import dev.praxis.inventory.core.Source;
import dev.praxis.inventory.core.ToolStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the probes found, filled in one probe at a time and turned into the agent's inventory at the end. */
final class Collected {

    OsInfo os = new OsInfo(null, null, null, null);
    CpuInfo cpu = new CpuInfo(null, null, null, null, null);
    MemoryInfo memory = new MemoryInfo(null, null, null, null, null, null);
    List<Disk> disks = List.of();
    List<Filesystem> filesystems = List.of();
    List<Gpu> gpus = List.of();
    GpuTooling gpuTooling = new GpuTooling(ToolStatus.NOT_RUN, ToolStatus.NOT_RUN, ToolStatus.NOT_RUN,
            ToolStatus.NOT_RUN);
    Boolean battery;
    Sensors sensors;
    final List<Unknown> unknowns = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    void unknown(String field, String reason) {
        unknowns.add(new Unknown(field, reason));
    }

    Inventory toInventory() {
        return new Inventory(Inventory.SCHEMA_VERSION, Source.AGENT, InventoryReader.PARSER_VERSION, os, cpu, memory,
                disks, filesystems, gpus, gpuTooling, battery, sensors, unknowns, warnings, Map.of());
    }
}
