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
 * @param blocks     for raw transcripts, every command output found and every stretch of lines not recognised, in
 *                   input order: what was read from it, or why it could not be; empty for agent input
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
        Map<String, Integer> provenance,
        List<Block> blocks) {

    /** Bumped whenever a key is renamed or its meaning changes; additions keep the number. */
    public static final int SCHEMA_VERSION = 1;

    public Inventory {
        disks = List.copyOf(disks);
        filesystems = List.copyOf(filesystems);
        gpus = List.copyOf(gpus);
        unknowns = List.copyOf(unknowns);
        warnings = List.copyOf(warnings);
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        // documents stored before blocks existed have no such key
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /** An inventory without a reading report (the agent collects its facts, it reads no transcript). */
    public Inventory(int schemaVersion, Source source, String parserVersion, OsInfo os, CpuInfo cpu,
            MemoryInfo memory, List<Disk> disks, List<Filesystem> filesystems, List<Gpu> gpus, GpuTooling gpuTooling,
            Boolean battery, Sensors sensors, List<Unknown> unknowns, List<String> warnings,
            Map<String, Integer> provenance) {
        this(schemaVersion, source, parserVersion, os, cpu, memory, disks, filesystems, gpus, gpuTooling, battery,
                sensors, unknowns, warnings, provenance, List.of());
    }

    /** Whether some part of the transcript could not be read or was not recognised. */
    public boolean partlyRead() {
        return blocks.stream().anyMatch(block -> block.status() != BlockStatus.READ);
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
            Long availablePrecisionBytes, Long swapTotalBytes, Long swapTotalPrecisionBytes, Long swapUsedBytes,
            Long swapUsedPrecisionBytes) {

        /** Memory whose source reports no swap in use (most sources but {@code free} and the agent). */
        public MemoryInfo(Long totalBytes, Long totalPrecisionBytes, Long availableBytes, Long availablePrecisionBytes,
                Long swapTotalBytes, Long swapTotalPrecisionBytes) {
            this(totalBytes, totalPrecisionBytes, availableBytes, availablePrecisionBytes, swapTotalBytes,
                    swapTotalPrecisionBytes, null, null);
        }
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
     * Silicon); {@code vramBytes} is then null. {@code cores} is the GPU's core count where an output states it
     * (Apple's GPU cores in system_profiler); null otherwise (added in parser 2.3.0, schema 1).
     */
    public record Gpu(String vendor, String name, Long vramBytes, Long vramPrecisionBytes, String driverVersion,
            Boolean integrated, Integer cores) {

        /** A GPU whose core count no output states. */
        public Gpu(String vendor, String name, Long vramBytes, Long vramPrecisionBytes, String driverVersion,
                Boolean integrated) {
            this(vendor, name, vramBytes, vramPrecisionBytes, driverVersion, integrated, null);
        }
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

    /**
     * One stretch of a transcript as the reader saw it.
     *
     * @param command   the command whose output this is ({@code df}, {@code lscpu}, ...), or null for lines that
     *                  are no recognised output
     * @param firstLine 1-based, inclusive
     * @param lastLine  1-based, inclusive
     * @param facts     the fields read from it, e.g. {@code cpu.model}, {@code filesystems}
     * @param problem   for a block not (fully) read: where and what was expected; null when it was read whole
     */
    public record Block(String command, int firstLine, int lastLine, BlockStatus status, List<String> facts,
            String problem) {

        public Block {
            facts = facts == null ? List.of() : List.copyOf(facts);
        }

        /** "line 7" or "lines 7–12". */
        public String lines() {
            return firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "\u2013" + lastLine;
        }
    }
}
