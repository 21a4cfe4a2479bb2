package dev.praxis.lab.claims;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.Source;
import java.util.Locale;
import java.util.Optional;

/**
 * The inventory a lab is checked against, with the text it was read from, so feedback can quote the very line a
 * fact came from ("free -h, line 26: “Mem: 31Gi 9.8Gi …”"). {@code raw} is null when the text is not at hand. The
 * text is cut into lines once: a lab of run-on figures makes hundreds of claims, each quoting its line.
 */
public final class InventorySource {

    private static final int QUOTE_LIMIT = 70;
    private static final double GIB = 1024.0 * 1024 * 1024;

    private final Inventory inventory;
    private final String raw;
    private final String[] lines;

    public InventorySource(Inventory inventory, String raw) {
        this.inventory = inventory;
        this.raw = raw;
        this.lines = raw == null ? new String[0] : raw.split("\r\n|\r|\n", -1);
    }

    public Inventory inventory() {
        return inventory;
    }

    /** The text the inventory was read from, or null. */
    public String raw() {
        return raw;
    }

    /** Where a fact was read: the command and, for transcripts, the line as it was uploaded. */
    public String where(String field, String command) {
        if (inventory.source() == Source.AGENT) {
            return "the agent's " + field.replaceAll("\\[\\d+]", "");
        }
        Integer line = inventory.provenance().get(field);
        if (line == null) {
            return command;
        }
        return command + ", line " + line + lineText(line).map(text -> ": \u201c" + text + "\u201d").orElse("");
    }

    private Optional<String> lineText(int number) {
        if (number < 1 || number > lines.length) {
            return Optional.empty();
        }
        String text = lines[number - 1].replaceAll("\u001B\\[[0-?]*[ -/]*[@-~]", "").replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT - 1) + "\u2026");
    }

    /** The memory figures; all unknown when the inventory has none. */
    public Inventory.MemoryInfo memory() {
        return inventory.memory() != null ? inventory.memory()
                : new Inventory.MemoryInfo(null, null, null, null, null, null);
    }

    public boolean mac() {
        return inventory.os() != null && "macOS".equals(inventory.os().name());
    }

    /** WSL2 (or WSL1): the Linux kernel release names Microsoft. */
    public boolean wsl() {
        return inventory.os() != null && inventory.os().kernel() != null
                && inventory.os().kernel().toLowerCase(Locale.ROOT).contains("microsoft");
    }

    /** The command of the module's Step 3 block that reports memory on this machine. */
    public String memoryCommand() {
        return mac() ? "sysctl -n hw.memsize" : "free -h";
    }

    /**
     * The command that reports this machine's GPU memory: system_profiler on a Mac, nvidia-smi (the module's Step 3
     * line), and on a machine whose GPUs are AMD only, rocm-smi (§5: "reproducible Python, CUDA, and ROCm
     * environments"), which Praxis reads too: nvidia-smi cannot settle a Radeon's VRAM.
     */
    public String gpuCommand() {
        if (mac()) {
            return "system_profiler SPDisplaysDataType";
        }
        boolean amdOnly = !inventory.gpus().isEmpty()
                && inventory.gpus().stream().allMatch(gpu -> "AMD".equals(gpu.vendor()));
        return amdOnly ? "rocm-smi --showmeminfo vram"
                : "nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv";
    }

    public String cpuCommand() {
        return mac() ? "sysctl -n machdep.cpu.brand_string" : "lscpu";
    }

    /** Bytes as a learner reads them: "23.5 GiB", "83 GiB", "7.5 GiB", whole numbers from 100 GiB. */
    public static String gib(double bytes) {
        double value = bytes / GIB;
        boolean whole = Math.abs(value - Math.round(value)) < 0.05 || value >= 100;
        return (whole ? String.valueOf(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value)) + " GiB";
    }
}
