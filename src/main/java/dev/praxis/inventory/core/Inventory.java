package dev.praxis.inventory.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The normalized inventory of one machine, whichever way it arrived (agent JSON, Linux or macOS transcript). A null
 * field means "not determined"; {@link #unknowns()} then says why. See {@code docs/inventory-schema.md}.
 *
 * @param provenance for raw transcripts, field path (e.g. {@code cpu.model}, {@code filesystems[0]}) to the 1-based
 *                   line it came from; empty for agent input
 */
public record Inventory(
        int schemaVersion,
        Source source,
        String parserVersion,
        OsInfo os,
        CpuInfo cpu,
        MemoryInfo memory,
        List<Disk> disks,
        List<Filesystem> filesystems,
        List<Gpu> gpus,
        GpuTooling gpuTooling,
        Boolean battery,
        Sensors sensors,
        List<Unknown> unknowns,
        List<String> warnings,
        Map<String, Integer> provenance) {

    /** Bumped whenever a key is renamed or its meaning changes; additions keep the number. */
    public static final int SCHEMA_VERSION = 1;

    public Inventory {
        disks = List.copyOf(disks);
        filesystems = List.copyOf(filesystems);
        gpus = List.copyOf(gpus);
        unknowns = List.copyOf(unknowns);
        warnings = List.copyOf(warnings);
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    /** The file system holding the active project directory, if known. */
    public Optional<Filesystem> projectFilesystem() {
        return filesystems.stream().filter(Filesystem::projectDisk).findFirst();
    }

    /** The file system mounted at {@code /}, if listed. */
    public Optional<Filesystem> rootFilesystem() {
        return filesystems.stream().filter(fs -> "/".equals(fs.mount())).findFirst();
    }

    /** Operating system: {@code name} is Linux, macOS or Windows; {@code kernel} the kernel release. */
    public record OsInfo(String name, String version, String kernel, String architecture) {
    }

    /** Processor; {@code maxFrequencyHz} is the advertised maximum, not the current clock. */
    public record CpuInfo(String model, String vendor, Integer physicalCores, Integer logicalCores,
            Long maxFrequencyHz) {
    }

    /**
     * Memory in bytes. Each {@code *PrecisionBytes} says how far the value may be from the truth because the
     * source rounded it ({@code free -h}); 0 means exact.
     */
    public record MemoryInfo(Long totalBytes, Long totalPrecisionBytes, Long availableBytes,
            Long availablePrecisionBytes, Long swapTotalBytes, Long swapTotalPrecisionBytes) {
    }

    /** A physical disk; {@code model} and {@code type} are null where the source cannot tell. */
    public record Disk(String name, String model, Long sizeBytes, Long sizePrecisionBytes, DiskType type) {
    }

    /** A mounted file system; {@code projectDisk} marks the one holding the active project directory. */
    public record Filesystem(String device, String mount, String type, Long sizeBytes, Long sizePrecisionBytes,
            Long usedBytes, Long usedPrecisionBytes, Long availableBytes, Long availablePrecisionBytes,
            Integer usePercent, boolean projectDisk) {
    }

    /**
     * A graphics adapter. {@code integrated} is true for GPUs that share system memory (Intel iGPU, Apple
     * Silicon); {@code vramBytes} is then null.
     */
    public record Gpu(String vendor, String name, Long vramBytes, Long vramPrecisionBytes, String driverVersion,
            Boolean integrated) {
    }

    /** Whether the GPU tools were visible; {@code nvidiaSmi} is the one the lab asks about. */
    public record GpuTooling(ToolStatus nvidiaSmi, ToolStatus rocmSmi, ToolStatus lspci, ToolStatus systemProfiler) {
    }

    /** Readings at collection time; only the agent can fill these. */
    public record Sensors(Double cpuTemperatureCelsius, List<Integer> fanRpm) {

        public Sensors {
            fanRpm = List.copyOf(fanRpm);
        }
    }

    /** A fact that could not be determined and why, e.g. {@code cpu.maxFrequencyHz}. */
    public record Unknown(String field, String reason) {
    }
}
