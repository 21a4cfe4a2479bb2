package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Disk;
import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one block of a transcript says, each fact with the line it came from. */
final class Facts {

    /** The single-valued facts; those without a path only help to derive others or to cross-check blocks. */
    enum Field {
        OS_NAME("os.name"), OS_VERSION("os.version"), OS_KERNEL("os.kernel"), OS_ARCHITECTURE("os.architecture"),
        CPU_MODEL("cpu.model"), CPU_VENDOR("cpu.vendor"), CPU_PHYSICAL_CORES("cpu.physicalCores"),
        CPU_LOGICAL_CORES("cpu.logicalCores"), CPU_MAX_HZ("cpu.maxFrequencyHz"), CPU_CORES_PER_SOCKET(null),
        CPU_SOCKETS(null), CPU_THREADS_PER_CORE(null), MEMORY_TOTAL("memory.totalBytes"),
        MEMORY_AVAILABLE("memory.availableBytes"), SWAP_TOTAL("memory.swapTotalBytes"),
        SWAP_USED("memory.swapUsedBytes"), HOST(null),
        MACHINE_MODEL(null), HYPERVISOR(null), CPU_OFFLINE(null),
        /** Distinct cores counted in lscpu -e/-p tables: used only when nothing states the core count. */
        TABLE_CORES(null);

        final String path;

        Field(String path) {
            this.path = path;
        }
    }

    record Fact(Object value, int line) {
    }

    /** A list element (disk, file system) and its line. */
    record Listed<T>(T value, int line) {
    }

    /** A GPU as one tool saw it; {@code busId} ({@code 07:00.0}) lets lspci and nvidia-smi be matched. */
    record GpuFact(Gpu gpu, String tool, String busId, int line) {
    }

    final Map<Field, Fact> values = new EnumMap<>(Field.class);
    final List<Listed<Disk>> disks = new ArrayList<>();
    final List<Listed<Filesystem>> filesystems = new ArrayList<>();
    final List<GpuFact> gpus = new ArrayList<>();
    /** Lines of the block that were skipped, each "line N: expected ...". */
    final List<String> problems = new ArrayList<>();
    /** Why a GPU's VRAM is unknown, by the line of the GPU, where the block knows better than "not shown". */
    final Map<Integer, String> vramUnknownReasons = new HashMap<>();
    /** Things worth telling that are not problems ("MIG is enabled on GPU 0"). */
    final List<String> notes = new ArrayList<>();
    int pseudoFilesystemsSkipped;
    /**
     * The size of a tmpfs at {@code /tmp} or {@code /dev/shm} in bytes, and its line: mounted without a size, a tmpfs
     * may hold half the memory, which tells the memory's order of magnitude.
     */
    Fact halfMemoryTmpfs;
    /** The host device df shows under a container's overlay root, which stands for the learner's system disk. */
    String containerHostDevice;
    /** The line where nvidia-smi said it cannot reach the driver. */
    Integer nvidiaSmiFailureLine;
    /** Whether the block lists disks or file systems (an empty list then means "none", not "not shown"). */
    boolean listsDisks;
    boolean listsFilesystems;
    boolean listsGpus;

    /** Records a fact unless this block already gave one for the field; null values are ignored. */
    void put(Field field, Object value, int line) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            values.putIfAbsent(field, new Fact(value, line));
        }
    }

    Object get(Field field) {
        Fact fact = values.get(field);
        return fact == null ? null : fact.value();
    }

    boolean has(Field field) {
        return values.containsKey(field);
    }

    void disk(Disk disk, int line) {
        disks.add(new Listed<>(disk, line));
    }

    void filesystem(Filesystem filesystem, int line) {
        filesystems.add(new Listed<>(filesystem, line));
    }

    void gpu(Gpu gpu, String tool, String busId, int line) {
        gpus.add(new GpuFact(gpu, tool, busId, line));
    }

    void problem(int line, String expected) {
        problems.add("line " + line + ": expected " + expected);
    }

    /** The fields read, as the inventory names them, for the reading report. */
    List<String> fieldsRead() {
        List<String> read = new ArrayList<>();
        values.keySet().stream().filter(field -> field.path != null).forEach(field -> read.add(field.path));
        if ((values.containsKey(Field.CPU_CORES_PER_SOCKET) || values.containsKey(Field.TABLE_CORES))
                && !read.contains("cpu.physicalCores")) {
            read.add("cpu.physicalCores");
        }
        if (listsDisks || !disks.isEmpty()) {
            read.add("disks");
        }
        if (listsFilesystems || !filesystems.isEmpty()) {
            read.add("filesystems");
        }
        if (listsGpus || !gpus.isEmpty()) {
            read.add("gpus");
        }
        return read;
    }
}
