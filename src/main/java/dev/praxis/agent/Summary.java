package dev.praxis.agent;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.Locale;

/** The few lines a learner reads after a run: the facts the lab's Step 3 asks for. */
final class Summary {

    private static final double GIB = 1024.0 * 1024 * 1024;

    private Summary() {
    }

    static String of(Inventory inventory) {
        StringBuilder out = new StringBuilder();
        var os = inventory.os();
        line(out, "OS", value(os.name()) + " " + value(os.version()) + ", kernel " + value(os.kernel()));
        var cpu = inventory.cpu();
        line(out, "CPU", value(cpu.model()) + " (" + value(cpu.physicalCores()) + " cores, "
                + value(cpu.logicalCores()) + " threads" + (cpu.maxFrequencyHz() == null ? ""
                        : String.format(Locale.ROOT, ", up to %.1f GHz", cpu.maxFrequencyHz() / 1e9)) + ")");
        var memory = inventory.memory();
        line(out, "Memory", gib(memory.totalBytes()) + " total, " + gib(memory.availableBytes()) + " available, swap "
                + gib(memory.swapTotalBytes()));
        inventory.disks().forEach(disk -> line(out, "Disk", disk.name() + " " + gib(disk.sizeBytes()) + " "
                + (disk.type() == null ? "type unknown" : disk.type().id()) + (disk.model() == null ? ""
                        : " (" + disk.model() + ")")));
        for (Filesystem fs : inventory.filesystems()) {
            line(out, fs.projectDisk() ? "Project disk" : "File system", fs.mount() + " " + gib(fs.availableBytes())
                    + " free of " + gib(fs.sizeBytes()) + " (" + value(fs.usePercent()) + "% used)");
        }
        if (inventory.gpus().isEmpty()) {
            line(out, "GPU", "none found");
        }
        for (Gpu gpu : inventory.gpus()) {
            line(out, "GPU", gpu.vendor() + " " + gpu.name() + ", VRAM " + (gpu.vramBytes() == null ? "unknown"
                    : gib(gpu.vramBytes())) + (gpu.driverVersion() == null ? "" : ", driver " + gpu.driverVersion()));
        }
        line(out, "GPU tooling", "nvidia-smi " + inventory.gpuTooling().nvidiaSmi().id());
        line(out, "Battery", inventory.battery() == null ? "unknown" : inventory.battery() ? "present (laptop)"
                : "none");
        if (!inventory.unknowns().isEmpty()) {
            line(out, "Unknown", inventory.unknowns().size() + " facts (listed in the JSON with the reason)");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String text) {
        out.append(String.format(Locale.ROOT, "%-13s %s%n", label + ":", text));
    }

    private static String gib(Long bytes) {
        return bytes == null ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", bytes / GIB);
    }

    private static String value(Object value) {
        return value == null ? "unknown" : value.toString();
    }
}
