package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Fact;
import dev.praxis.inventory.core.Facts.Field;
import dev.praxis.inventory.core.Facts.GpuFact;
import dev.praxis.inventory.core.Facts.Listed;
import dev.praxis.inventory.core.Inventory.CpuInfo;
import dev.praxis.inventory.core.Inventory.Disk;
import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.Inventory.Gpu;
import dev.praxis.inventory.core.Inventory.GpuTooling;
import dev.praxis.inventory.core.Inventory.MemoryInfo;
import dev.praxis.inventory.core.Inventory.OsInfo;
import dev.praxis.inventory.core.Inventory.Unknown;
import dev.praxis.inventory.core.Reading.Outcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the blocks of one transcript into the normalized inventory: merges their facts (the first block to give
 * a fact wins, a more precise memory size replaces a rounded one, several {@code df} outputs add up), notes where
 * each came from, names every fact the transcript lacks and why, and says so when blocks contradict each other
 * instead of silently mixing two machines.
 */
final class TranscriptAssembler {

    private static final Set<String> LINUX_ONLY = Set.of("lscpu", "free", "lsblk", "lspci", "nvidia-smi", "/proc/cpuinfo",
            "/proc/meminfo");

    private final Reading reading;
    private final Map<Field, Fact> values = new EnumMap<>(Field.class);
    private final Map<Field, Outcome> origins = new EnumMap<>(Field.class);
    private final List<Listed<Disk>> disks = new ArrayList<>();
    private final List<Listed<Filesystem>> filesystems = new ArrayList<>();
    private final Map<String, List<GpuFact>> gpusByTool = new LinkedHashMap<>();
    private final List<Unknown> unknowns = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final Map<String, Integer> provenance = new LinkedHashMap<>();
    private final Map<Integer, String> vramUnknownReasons = new HashMap<>();
    private int pseudoFilesystemsSkipped;
    private Fact halfMemoryTmpfs;
    private String containerHostDevice;
    private Integer nvidiaSmiFailureLine;
    private boolean mac;

    private TranscriptAssembler(Reading reading) {
        this.reading = reading;
    }

    static Inventory assemble(Reading reading) {
        return new TranscriptAssembler(reading).inventory();
    }

    private Inventory inventory() {
        for (Outcome outcome : reading.outcomes) {
            if (outcome.read()) {
                merge(outcome);
            }
        }
        mac = "macOS".equals(value(Field.OS_NAME));
        freeThatIgnoredItsUnit();
        OsInfo os = os();
        CpuInfo cpu = cpu();
        MemoryInfo memory = memory();
        List<Disk> diskList = disks();
        List<Filesystem> filesystemList = filesystems();
        List<Gpu> gpus = mac ? macGpus() : linuxGpus();
        GpuTooling tooling = tooling();
        unknown("battery", "the module's command block does not report a battery");
        unknown("sensors", "the module's command block does not read temperatures or fans");
        blockWarnings();
        hostWarnings();
        if (reading.lines.unquoted()) {
            warnings.add("the paste is a program's output printed as a list of strings (as R or Python print it); "
                    + "it was read as the lines those strings hold, and line numbers count those lines");
        }
        reading.missingTools.forEach((tool, line) -> warnings.add("line " + line + ": " + tool
                + " is not installed (recorded as missing, not as an error)"));
        List<Inventory.Block> blocks = reading.outcomes.stream().map(Outcome::report).toList();
        return new Inventory(Inventory.SCHEMA_VERSION, source(),
                InventoryReader.PARSER_VERSION, os, cpu, memory, diskList, filesystemList, gpus, tooling, null, null,
                unknowns, new ArrayList<>(warnings), provenance, blocks);
    }

    /** The kind of transcript, from the operating system its outputs show. */
    private Source source() {
        if (mac) {
            return Source.MACOS_COMMANDS;
        }
        return "Windows".equals(value(Field.OS_NAME)) ? Source.WINDOWS_COMMANDS : Source.LINUX_COMMANDS;
    }

    // ---- merging ------------------------------------------------------------------------------------------

    private void merge(Outcome outcome) {
        Facts facts = outcome.facts();
        facts.values.forEach((field, fact) -> mergeValue(field, fact, outcome));
        for (Listed<Disk> disk : facts.disks) {
            mergeDisk(disk);
        }
        for (Listed<Filesystem> filesystem : facts.filesystems) {
            mergeFilesystem(filesystem, outcome);
        }
        for (int i = 0; i < facts.gpus.size(); i++) {
            mergeGpu(facts.gpus.get(i), i);
        }
        if (facts.listsGpus) {
            gpusByTool.computeIfAbsent(outcome.command(), tool -> new ArrayList<>());
        }
        vramUnknownReasons.putAll(facts.vramUnknownReasons);
        pseudoFilesystemsSkipped += facts.pseudoFilesystemsSkipped;
        if (facts.halfMemoryTmpfs != null && halfMemoryTmpfs == null) {
            halfMemoryTmpfs = facts.halfMemoryTmpfs;
        }
        if (containerHostDevice == null) {
            containerHostDevice = facts.containerHostDevice;
        }
        if (facts.nvidiaSmiFailureLine != null && nvidiaSmiFailureLine == null) {
            nvidiaSmiFailureLine = facts.nvidiaSmiFailureLine;
        }
        warnings.addAll(facts.notes);
    }

    private void mergeValue(Field field, Fact fact, Outcome outcome) {
        Fact known = values.get(field);
        if (known == null) {
            values.put(field, fact);
            origins.put(field, outcome);
            return;
        }
        Outcome first = origins.get(field);
        switch (field) {
            case MEMORY_TOTAL, MEMORY_AVAILABLE, SWAP_TOTAL, SWAP_USED -> {
                Size was = (Size) known.value();
                Size now = (Size) fact.value();
                if (agree(was, now, field == Field.MEMORY_TOTAL ? 0.06 : 0.25)) {
                    if (now.precisionBytes() < was.precisionBytes()) {
                        values.put(field, fact);
                        origins.put(field, outcome);
                    }
                } else if (field == Field.MEMORY_TOTAL) {
                    contradiction("memory", first, known, outcome, fact, gib(was), gib(now));
                }
            }
            case CPU_MODEL -> {
                String was = (String) known.value();
                String now = (String) fact.value();
                if (!family(was).equals(family(now)) && !family(was).isEmpty() && !family(now).isEmpty()) {
                    contradiction("CPU", first, known, outcome, fact, was, now);
                } else if (summary(first) && !summary(outcome) || !hasModelNumber(was) && hasModelNumber(now)) {
                    // a system summary (neofetch, fastfetch, inxi) shortens the brand string lscpu prints whole
                    values.put(field, fact);
                    origins.put(field, outcome);
                }
            }
            case OS_NAME -> {
                if (!known.value().equals(fact.value()) && wslAndItsHost(known, fact, outcome)) {
                    warnings.add("line " + fact.line() + ": " + outcome.command() + " shows " + quote(fact.value())
                            + " and " + first.command() + " at line " + known.line() + " shows " + quote(known.value())
                            + ": WSL and the Windows that runs it, one machine; the first is used");
                } else if (!known.value().equals(fact.value())) {
                    contradiction("operating system", first, known, outcome, fact, known.value(), fact.value());
                }
            }
            case OS_ARCHITECTURE -> {
                if (!architecture(known.value()).equals(architecture(fact.value()))) {
                    contradiction("architecture", first, known, outcome, fact, known.value(), fact.value());
                }
            }
            case OS_KERNEL -> {
                if (!known.value().equals(fact.value())) {
                    contradiction("kernel", first, known, outcome, fact, known.value(), fact.value());
                }
            }
            case CPU_LOGICAL_CORES, CPU_PHYSICAL_CORES -> {
                if (!known.value().equals(fact.value())) {
                    contradiction(field == Field.CPU_LOGICAL_CORES ? "logical CPU count" : "CPU core count", first,
                            known, outcome, fact, known.value(), fact.value());
                }
            }
            case HOST -> {
                if (!known.value().toString().equalsIgnoreCase(fact.value().toString())) {
                    contradiction("host name", first, known, outcome, fact, known.value(), fact.value());
                }
            }
            default -> {
            }
        }
    }

    /**
     * Whether one of two operating systems is Windows and the other a Linux running under WSL on it: a kernel with
     * {@code microsoft} in its release ({@code 5.15.153.1-microsoft-standard-WSL2}, WSL1's {@code 4.4.0-19041-Microsoft}).
     */
    private boolean wslAndItsHost(Fact known, Fact fact, Outcome outcome) {
        if (!java.util.Set.of(known.value(), fact.value()).equals(java.util.Set.of("Linux", "Windows"))) {
            return false;
        }
        Fact kernel = values.get(Field.OS_KERNEL);
        Fact later = outcome.facts().values.get(Field.OS_KERNEL);
        return kernel != null && wsl(kernel.value()) || later != null && wsl(later.value());
    }

    private static boolean wsl(Object kernel) {
        return kernel.toString().toLowerCase(java.util.Locale.ROOT).contains("microsoft");
    }

    /** Whether the block is a system summary, whose CPU names are shortened ({@code Intel Xeon E5-2450L 0}). */
    private static boolean summary(Outcome outcome) {
        return outcome.section() instanceof FetchSection || outcome.section() instanceof InxiSection;
    }

    private void contradiction(String what, Outcome first, Fact known, Outcome second, Fact fact, Object was,
            Object now) {
        warnings.add("line " + fact.line() + ": " + second.command() + " shows " + what + " " + quote(now)
                + " but " + first.command() + " at line " + known.line() + " shows " + quote(was)
                + "; are these outputs from two machines? The first is used");
    }

    private static String quote(Object value) {
        return "'" + value + "'";
    }

    private static boolean agree(Size a, Size b, double share) {
        long tolerance = Math.max(a.precisionBytes(), b.precisionBytes())
                + (long) (Math.max(a.bytes(), b.bytes()) * share);
        return Math.abs(a.bytes() - b.bytes()) <= tolerance;
    }

    /** The maker a CPU name points to, to tell an Intel brand string from "Apple M1". */
    private static String family(String model) {
        String lower = model.toLowerCase(Locale.ROOT);
        if (lower.contains("apple m") || lower.startsWith("apple")) {
            return "apple";
        }
        if (lower.contains("intel") || lower.contains("xeon") || lower.contains("pentium")
                || lower.contains("celeron")) {
            return "intel";
        }
        if (lower.contains("amd") || lower.contains("ryzen") || lower.contains("epyc") || lower.contains("athlon")
                || lower.contains("opteron")) {
            return "amd";
        }
        if (lower.contains("cortex") || lower.contains("neoverse") || lower.contains("snapdragon")) {
            return "arm";
        }
        return "";
    }

    private static boolean hasModelNumber(String model) {
        return model.matches(".*(?:\\b[A-Za-z]*\\d{3,}[A-Za-z]*\\b|\\bM\\d\\b).*");
    }

    private static String architecture(Object value) {
        String arch = value.toString().toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86-64", "x64" -> "x86_64";
            case "arm64" -> "aarch64";
            default -> arch;
        };
    }

    private void mergeDisk(Listed<Disk> listed) {
        for (int i = 0; i < disks.size(); i++) {
            Disk known = disks.get(i).value();
            Disk disk = listed.value();
            if (known.name().equals(disk.name())) {
                disks.set(i, new Listed<>(new Disk(known.name(), first(known.model(), disk.model()),
                        first(known.sizeBytes(), disk.sizeBytes()), known.sizeBytes() != null
                                ? known.sizePrecisionBytes() : disk.sizePrecisionBytes(),
                        first(known.type(), disk.type())), disks.get(i).line()));
                return;
            }
        }
        disks.add(listed);
    }

    private void mergeFilesystem(Listed<Filesystem> listed, Outcome outcome) {
        Filesystem fs = listed.value();
        for (int i = 0; i < filesystems.size(); i++) {
            Filesystem known = filesystems.get(i).value();
            if (known.mount().equals(fs.mount())) {
                if (known.sizeBytes() != null && fs.sizeBytes() != null
                        && !agree(new Size(known.sizeBytes(), nonNull(known.sizePrecisionBytes())),
                                new Size(fs.sizeBytes(), nonNull(fs.sizePrecisionBytes())), 0.02)) {
                    warnings.add("line " + listed.line() + ": " + outcome.command() + " shows " + fs.mount()
                            + " with another size than line " + filesystems.get(i).line()
                            + "; are these outputs from two machines? The first is used");
                } else if (laterUsage(known, fs)) {
                    // the same file system shown again with other usage (df run again after a cleanup): the later
                    // output is the machine's current state
                    warnings.add("line " + listed.line() + ": " + outcome.command() + " shows " + fs.mount()
                            + " again with other usage than line " + filesystems.get(i).line()
                            + "; the later output is used");
                    filesystems.set(i, new Listed<>(new Filesystem(known.device(), known.mount(),
                            fs.type() != null ? fs.type() : known.type(), known.sizeBytes(),
                            known.sizePrecisionBytes(), fs.usedBytes(), fs.usedPrecisionBytes(), fs.availableBytes(),
                            fs.availablePrecisionBytes(), fs.usePercent(), false), listed.line()));
                } else if (known.type() == null && fs.type() != null) {
                    filesystems.set(i, new Listed<>(new Filesystem(known.device(), known.mount(), fs.type(),
                            known.sizeBytes(), known.sizePrecisionBytes(), known.usedBytes(),
                            known.usedPrecisionBytes(), known.availableBytes(), known.availablePrecisionBytes(),
                            known.usePercent(), false), filesystems.get(i).line()));
                }
                return;
            }
        }
        filesystems.add(listed);
    }

    /** Whether a second reading of a file system shows other available space than the first, beyond rounding. */
    private static boolean laterUsage(Filesystem known, Filesystem later) {
        if (known.availableBytes() == null || later.availableBytes() == null) {
            return false;
        }
        return !agree(new Size(known.availableBytes(), nonNull(known.availablePrecisionBytes())),
                new Size(later.availableBytes(), nonNull(later.availablePrecisionBytes())), 0.0);
    }

    private void mergeGpu(GpuFact fact, int index) {
        List<GpuFact> known = gpusByTool.computeIfAbsent(fact.tool(), tool -> new ArrayList<>());
        for (int i = 0; i < known.size(); i++) {
            GpuFact was = known.get(i);
            boolean same = was.busId() != null && fact.busId() != null ? was.busId().equals(fact.busId())
                    : i == index && !otherMakers(was.gpu(), fact.gpu());
            if (same) {
                Gpu a = was.gpu();
                Gpu b = fact.gpu();
                Gpu merged = new Gpu(a.vendor(), a.name().equals("NVIDIA GPU") ? b.name() : a.name(),
                        first(a.vramBytes(), b.vramBytes()), a.vramBytes() != null ? a.vramPrecisionBytes()
                                : b.vramPrecisionBytes(), first(a.driverVersion(), b.driverVersion()),
                        first(a.integrated(), b.integrated()), first(a.cores(), b.cores()));
                known.set(i, new GpuFact(merged, was.tool(), first(was.busId(), fact.busId()), was.line()));
                return;
            }
        }
        known.add(fact);
    }

    /**
     * Whether two GPUs a tool lists at the same index without a bus id are by different makers (a second run of
     * llama.cpp with the first GPU hidden lists the other GPU as device 0 again): then they are two GPUs.
     */
    private static boolean otherMakers(Gpu a, Gpu b) {
        return a.vendor() != null && b.vendor() != null && !a.vendor().equalsIgnoreCase(b.vendor());
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private static long nonNull(Long value) {
        return value == null ? 0 : value;
    }

    // ---- the inventory's parts ----------------------------------------------------------------------------

    private Object value(Field field) {
        Fact fact = values.get(field);
        return fact == null ? null : fact.value();
    }

    private void from(String path, Field field) {
        Fact fact = values.get(field);
        if (fact != null) {
            provenance.putIfAbsent(path, fact.line());
        }
    }

    private OsInfo os() {
        String name = (String) value(Field.OS_NAME);
        if (name != null) {
            from("os.name", Field.OS_NAME);
        } else if (mac || reading.outcomes.stream().anyMatch(o -> o.read() && LINUX_ONLY.contains(o.command()))) {
            name = mac ? "macOS" : "Linux";
        } else if (windowsShownByPaths() > 0) {
            int line = windowsShownByPaths();
            name = "Windows";
            provenance.putIfAbsent("os.name", line);
            warnings.add("line " + line + ": os.name is Windows, read from a Windows path or program (a drive letter"
                    + " path, .exe or .dll), since no output names the system");
        } else {
            unknown("os.name", reason("os.name"));
        }
        if (value(Field.OS_KERNEL) == null) {
            unknown("os.kernel", reason("os.kernel"));
        }
        from("os.kernel", Field.OS_KERNEL);
        from("os.architecture", Field.OS_ARCHITECTURE);
        from("os.version", Field.OS_VERSION);
        return new OsInfo(name, (String) value(Field.OS_VERSION), (String) value(Field.OS_KERNEL),
                (String) value(Field.OS_ARCHITECTURE));
    }

    /** A drive-letter path ({@code E:\\ComfyUI}), a {@code .\\tool.exe} run, a {@code .exe} or {@code .dll}. */
    private static final java.util.regex.Pattern WINDOWS_PATH = java.util.regex.Pattern.compile(
            "(?:^|[\\s\"'(=`])[A-Za-z]:\\\\[\\w.$ -]|\\b[\\w.-]{1,80}\\.(?:exe|dll)\\b");
    /** Signs that a Windows path was seen from inside WSL, whose system is Linux. */
    private static final java.util.regex.Pattern WSL = java.util.regex.Pattern.compile(
            "(?i)\\bwsl\\b|microsoft-standard|/mnt/[a-z]/");

    /**
     * The first line that shows the paste was made on Windows by its paths or programs (a drive-letter path, a
     * program run as {@code .exe}, a {@code .dll} loaded), or 0; used only when no output names the system, and
     * never when the paste shows WSL, whose system is Linux.
     */
    private int windowsShownByPaths() {
        int first = 0;
        for (int i = 0; i < reading.lines.size(); i++) {
            String line = reading.lines.get(i);
            if (WSL.matcher(line).find()) {
                return 0;
            }
            if (first == 0 && WINDOWS_PATH.matcher(line).find()) {
                first = TranscriptLines.number(i);
            }
        }
        return first;
    }

    private CpuInfo cpu() {
        String model = (String) value(Field.CPU_MODEL);
        if (model == null) {
            unknown("cpu.model", reason("cpu.model"));
        }
        from("cpu.model", Field.CPU_MODEL);
        Integer logical = (Integer) value(Field.CPU_LOGICAL_CORES);
        Integer physical = (Integer) value(Field.CPU_PHYSICAL_CORES);
        from("cpu.physicalCores", Field.CPU_PHYSICAL_CORES);
        Integer threads = (Integer) value(Field.CPU_THREADS_PER_CORE);
        if (physical == null && logical != null && threads != null && threads > 0) {
            physical = logical / threads;
            from("cpu.physicalCores", Field.CPU_LOGICAL_CORES);
        }
        if (physical == null && value(Field.TABLE_CORES) != null) {
            physical = (Integer) value(Field.TABLE_CORES);
            from("cpu.physicalCores", Field.TABLE_CORES);
        }
        if (physical == null && value(Field.CPU_CORES_PER_SOCKET) != null) {
            physical = (Integer) value(Field.CPU_CORES_PER_SOCKET);
            from("cpu.physicalCores", Field.CPU_CORES_PER_SOCKET);
        }
        if (physical != null && logical != null && physical > logical) {
            physical = logical;
        }
        // one thread per core: every CPU is a core, whatever a guest's socket and core lines say (unless some CPUs
        // are off-line: with SMT switched off, CPU(s) still counts the sibling threads)
        if (physical != null && logical != null && physical < logical && threads != null && threads == 1
                && value(Field.CPU_OFFLINE) == null) {
            physical = logical;
        }
        if (physical == null) {
            unknown("cpu.physicalCores", reason("cpu.physicalCores"));
        }
        if (logical == null) {
            unknown("cpu.logicalCores", reason("cpu.logicalCores"));
        }
        from("cpu.logicalCores", Field.CPU_LOGICAL_CORES);
        Long maxHz = (Long) value(Field.CPU_MAX_HZ);
        if (maxHz == null) {
            unknown("cpu.maxFrequencyHz", reason("cpu.maxFrequencyHz"));
        }
        from("cpu.maxFrequencyHz", Field.CPU_MAX_HZ);
        return new CpuInfo(model, (String) value(Field.CPU_VENDOR), physical, logical, maxHz);
    }

    /**
     * BusyBox's {@code free} of some builds ignores {@code -m} and {@code -g} and prints kibibytes. Nothing in its output
     * says so, but a tmpfs at {@code /tmp} or {@code /dev/shm} in the same transcript may hold half the memory: when the
     * total read in the typed unit is hundreds of times what that tmpfs allows and the same figures read as kibibytes fit
     * it, they are kibibytes, and a warning says so.
     */
    private void freeThatIgnoredItsUnit() {
        Fact total = values.get(Field.MEMORY_TOTAL);
        Outcome origin = origins.get(Field.MEMORY_TOTAL);
        if (total == null || halfMemoryTmpfs == null || origin == null || !(origin.section() instanceof FreeSection)
                || origin.typed() == null) {
            return;
        }
        Matcher unit = TYPED_FREE_UNIT.matcher(origin.typed());
        if (!unit.find()) {
            return;
        }
        long factor = unit.group(1).equals("g") || unit.group(1).equals("gibi") ? 1024L * 1024 : 1024L;
        double ratio = ((Size) total.value()).bytes() / (2.0 * (Long) halfMemoryTmpfs.value());
        if (ratio < 64 || ratio / factor < 0.25 || ratio / factor > 4) {
            return;
        }
        for (Field field : List.of(Field.MEMORY_TOTAL, Field.MEMORY_AVAILABLE, Field.SWAP_TOTAL)) {
            Fact fact = values.get(field);
            if (fact != null && origins.get(field) == origin) {
                Size size = (Size) fact.value();
                values.put(field, new Fact(new Size(size.bytes() / factor, size.precisionBytes() / factor), fact.line()));
            }
        }
        warnings.add("line " + total.line() + ": " + origin.typed() + " printed kibibytes, as BusyBox's free does "
                + "whatever unit is asked: read as typed, the memory would be " + factor + " times what the tmpfs at line "
                + halfMemoryTmpfs.line() + " allows");
    }

    private static final Pattern TYPED_FREE_UNIT = Pattern.compile("^free\\b[^|]*?(?:\\s-\\w*?([mg])\\w*|\\s--(mebi|gibi))\\b");

    private MemoryInfo memory() {
        Size total = (Size) value(Field.MEMORY_TOTAL);
        Size available = (Size) value(Field.MEMORY_AVAILABLE);
        Size swap = (Size) value(Field.SWAP_TOTAL);
        if (total == null) {
            unknown("memory.totalBytes", reason("memory.totalBytes"));
        }
        if (available == null) {
            unknown("memory.availableBytes", reason("memory.availableBytes"));
        }
        if (swap == null) {
            unknown("memory.swapTotalBytes", reason("memory.swapTotalBytes"));
        }
        from("memory.totalBytes", Field.MEMORY_TOTAL);
        from("memory.availableBytes", Field.MEMORY_AVAILABLE);
        from("memory.swapTotalBytes", Field.SWAP_TOTAL);
        // swap in use is read from free's Swap: row only; no source's absence of it is an unknown
        Size swapUsed = (Size) value(Field.SWAP_USED);
        if (swapUsed != null) {
            from("memory.swapUsedBytes", Field.SWAP_USED);
        }
        return new MemoryInfo(bytes(total), precision(total), bytes(available), precision(available), bytes(swap),
                precision(swap), bytes(swapUsed), precision(swapUsed));
    }

    private List<Disk> disks() {
        List<Disk> result = new ArrayList<>();
        for (int i = 0; i < disks.size(); i++) {
            result.add(disks.get(i).value());
            provenance.put("disks[" + i + "]", disks.get(i).line());
        }
        if (result.isEmpty()) {
            Outcome lister = listing("disks");
            unknown("disks", lister == null ? reason("disks") : lister.command() + " output at line "
                    + lister.firstLine() + " lists no physical disk" + (lister.command().equals("system_profiler")
                            ? " (SPNVMeDataType lists NVMe drives only)" : ""));
            return result;
        }
        if (result.stream().anyMatch(disk -> disk.model() == null)) {
            unknown("disks[].model", "the lsblk columns shown have no MODEL");
        }
        if (result.stream().anyMatch(disk -> disk.type() == null)) {
            unknown("disks[].type", "the lsblk columns shown have no ROTA, so SSD and HDD look the same; only NVMe "
                    + "shows in the name");
        }
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).sizeBytes() == null) {
                unknown("disks[" + i + "].sizeBytes", "the lsblk columns shown have no SIZE");
            }
        }
        return result;
    }

    private List<Filesystem> filesystems() {
        if (pseudoFilesystemsSkipped > 0) {
            warnings.add(pseudoFilesystemsSkipped + " pseudo file systems (tmpfs, devfs, loop devices) were left out");
        }
        List<Filesystem> result = new ArrayList<>();
        filesystems.forEach(listed -> result.add(listed.value()));
        if (result.isEmpty()) {
            Outcome lister = listing("filesystems");
            unknown("filesystems", lister == null ? reason("filesystems") : lister.command() + " output at line "
                    + lister.firstLine() + " lists no file system with sizes");
            return result;
        }
        int project = projectIndex(result);
        boolean underContainer = project < 0 && containerHostDevice != null;
        if (underContainer) {
            for (int i = 0; i < result.size() && project < 0; i++) {
                project = containerHostDevice.equals(result.get(i).device()) ? i : -1;
            }
        }
        if (project >= 0) {
            Filesystem fs = result.get(project);
            result.set(project, new Filesystem(fs.device(), fs.mount(), fs.type(), fs.sizeBytes(),
                    fs.sizePrecisionBytes(), fs.usedBytes(), fs.usedPrecisionBytes(), fs.availableBytes(),
                    fs.availablePrecisionBytes(), fs.usePercent(), true));
            warnings.add(underContainer
                    ? "projectDisk is assumed to be the host disk under the container's root (" + fs.device()
                            + "); the transcript does not say where your projects live"
                    : "projectDisk is assumed to be the file system holding " + (mac ? "/Users" : "/home")
                            + " (" + fs.mount() + "); the transcript does not say where your projects live");
        }
        for (int i = 0; i < result.size(); i++) {
            provenance.put("filesystems[" + i + "]", filesystems.get(i).line());
        }
        if (result.stream().anyMatch(fs -> fs.type() == null)) {
            unknown("filesystems[].type", "df -h does not print the file system type (df -hT would)");
        }
        return result;
    }

    /** The file system whose mount point is the longest prefix of the home directories. */
    private int projectIndex(List<Filesystem> list) {
        List<String> homes = mac ? List.of("/System/Volumes/Data/Users", "/Users") : List.of("/home");
        for (String home : homes) {
            int best = -1;
            for (int i = 0; i < list.size(); i++) {
                String mount = list.get(i).mount();
                boolean holds = mount.equals("/") || home.equals(mount) || home.startsWith(mount + "/");
                if (holds && (best < 0 || mount.length() > list.get(best).mount().length())) {
                    best = i;
                }
            }
            if (best >= 0 && !(mac && home.startsWith("/System") && list.get(best).mount().equals("/"))) {
                return best;
            }
        }
        return -1;
    }

    /** lspci's GPUs, NVIDIA ones replaced by what nvidia-smi says of the same card (by PCI slot, else in order). */
    private List<Gpu> linuxGpus() {
        List<GpuFact> lspci = gpusByTool.getOrDefault("lspci", List.of());
        List<GpuFact> smi = new ArrayList<>(gpusByTool.getOrDefault("nvidia-smi", List.of()));
        List<GpuFact> result = new ArrayList<>();
        List<GpuFact> unmatchedNvidia = new ArrayList<>();
        for (GpuFact gpu : lspci) {
            if (!gpu.gpu().vendor().equals("NVIDIA")) {
                result.add(gpu);
                continue;
            }
            GpuFact match = match(gpu, smi);
            if (match != null) {
                smi.remove(match);
                result.add(new GpuFact(untruncated(match.gpu(), gpu.gpu()), match.tool(), match.busId(), match.line()));
            } else {
                result.add(gpu);
                unmatchedNvidia.add(gpu);
            }
        }
        boolean smiRead = gpusByTool.containsKey("nvidia-smi");
        if (smiRead && nvidiaSmiFailureLine == null) {
            for (GpuFact gpu : unmatchedNvidia) {
                warnings.add("line " + gpu.line() + ": lspci lists the NVIDIA GPU '" + gpu.gpu().name()
                        + "' but nvidia-smi does not show it: is its driver missing, or are these outputs from two "
                        + "machines?");
            }
        }
        if (!lspci.isEmpty()) {
            for (GpuFact gpu : smi) {
                warnings.add("line " + gpu.line() + ": nvidia-smi shows '" + gpu.gpu().name() + "' but lspci lists "
                        + "no such NVIDIA GPU; are these outputs from two machines?");
            }
        }
        result.addAll(smi);
        for (Map.Entry<String, List<GpuFact>> other : gpusByTool.entrySet()) {
            if (!other.getKey().equals("lspci") && !other.getKey().equals("nvidia-smi") && result.isEmpty()) {
                result.addAll(other.getValue());
            }
        }
        if (gpusByTool.isEmpty()) {
            unknown("gpus", reason("gpus"));
        }
        List<Gpu> gpus = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            GpuFact fact = result.get(i);
            Gpu gpu = fact.gpu();
            gpus.add(gpu);
            provenance.put("gpus[" + i + "]", fact.line());
            if (gpu.vramBytes() == null && !Boolean.TRUE.equals(gpu.integrated())) {
                unknown("gpus[" + i + "].vramBytes", vramUnknownReasons.containsKey(fact.line())
                        ? vramUnknownReasons.get(fact.line())
                        : fact.tool().equals("nvidia-smi") ? "nvidia-smi printed [N/A] (or no value) for memory.total"
                        : fact.tool().equals("rocm-smi") ? "this rocm-smi report does not show the VRAM total "
                                + "(rocm-smi --showmeminfo vram prints it)"
                        : fact.tool().equals("rocminfo") ? "rocminfo shows no memory pool for this GPU agent (the "
                                + "paste may end before its 'Pool Info')"
                        : fact.tool().equals("ggml") ? "llama.cpp's device line names the GPU but not its memory "
                                + "(llama-server --list-devices prints it)"
                        : fact.tool().equals("intel_gpu_top") ? "intel_gpu_top -L names the GPU but not its memory"
                        : "lspci does not report VRAM" + (gpu.vendor().equals("NVIDIA")
                                ? "; nvidia-smi output is not in the transcript"
                                : "; the module's block has no tool for this vendor"));
            }
            if (gpu.driverVersion() == null && !Boolean.TRUE.equals(gpu.integrated())) {
                unknown("gpus[" + i + "].driverVersion", "no driver version for this GPU in the transcript");
            }
        }
        return gpus;
    }

    /** nvidia-smi's table cuts long names ("NVIDIA GeForce RTX 4070 ..."); lspci's marketing name is whole. */
    private static Gpu untruncated(Gpu smi, Gpu lspci) {
        if (smi.name() == null || !smi.name().endsWith("...") || lspci.name() == null) {
            return smi;
        }
        String name = lspci.name().startsWith("NVIDIA") ? lspci.name() : "NVIDIA " + lspci.name();
        return new Gpu(smi.vendor(), name, smi.vramBytes(), smi.vramPrecisionBytes(), smi.driverVersion(),
                smi.integrated());
    }

    private static GpuFact match(GpuFact lspci, List<GpuFact> smi) {
        for (GpuFact candidate : smi) {
            if (lspci.busId() != null && lspci.busId().equals(candidate.busId())) {
                return candidate;
            }
        }
        for (GpuFact candidate : smi) {
            if (candidate.busId() == null || lspci.busId() == null) {
                return candidate;
            }
        }
        return null;
    }

    private List<Gpu> macGpus() {
        List<GpuFact> facts = gpusByTool.getOrDefault("system_profiler", List.of());
        if (!gpusByTool.containsKey("system_profiler")) {
            unknown("gpus", reason("gpus"));
        }
        List<Gpu> gpus = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Gpu gpu = facts.get(i).gpu();
            gpus.add(gpu);
            provenance.put("gpus[" + i + "]", facts.get(i).line());
            if (gpu.vramBytes() == null) {
                unknown("gpus[" + i + "].vramBytes", gpu.name().contains("Paravirtual")
                        ? "a virtual machine's paravirtualized display adapter has no VRAM of its own"
                        : "Apple".equals(gpu.vendor())
                        ? "Apple Silicon GPUs use the unified memory; there is no separate VRAM"
                        : "the GPU shares system memory (VRAM (Dynamic, Max))");
            }
            unknown("gpus[" + i + "].driverVersion", "macOS does not report a GPU driver version");
        }
        return gpus;
    }

    private GpuTooling tooling() {
        ToolStatus nvidia = status("nvidia-smi");
        if (nvidiaSmiFailureLine != null) {
            nvidia = ToolStatus.MISSING;
            warnings.add("line " + nvidiaSmiFailureLine + ": nvidia-smi is installed but could not talk to the NVIDIA "
                    + "driver, so GPU tooling is not usable");
            provenance.putIfAbsent("gpuTooling.nvidiaSmi", nvidiaSmiFailureLine);
        }
        Integer missingLine = reading.missingTools.get("nvidia-smi");
        if (missingLine != null) {
            provenance.putIfAbsent("gpuTooling.nvidiaSmi", missingLine);
        }
        Outcome smi = firstOutcome("nvidia-smi");
        if (smi != null) {
            provenance.putIfAbsent("gpuTooling.nvidiaSmi", smi.firstLine());
        }
        return new GpuTooling(nvidia, status("rocm-smi"), status("lspci"), status("system_profiler"));
    }

    /** Available when its output is in the transcript (or it was typed and printed nothing: grep found no GPU). */
    private ToolStatus status(String tool) {
        if (firstOutcome(tool) != null || reading.printedNothing.stream().anyMatch(t -> t.command().startsWith(tool))
                && !reading.missingTools.containsKey(tool) && !tool.equals("nvidia-smi")) {
            return ToolStatus.AVAILABLE;
        }
        return reading.missingTools.containsKey(tool) ? ToolStatus.MISSING : ToolStatus.NOT_RUN;
    }

    // ---- reasons and warnings -----------------------------------------------------------------------------

    private void unknown(String field, String reason) {
        unknowns.add(new Unknown(field, reason));
    }

    private Outcome firstOutcome(String command) {
        return reading.outcomes.stream().filter(o -> o.read() && command.equals(o.command())).findFirst()
                .orElse(null);
    }

    /** A read block that lists this kind of thing (so an empty list means "none"), or null. */
    private Outcome listing(String field) {
        for (Outcome outcome : reading.outcomes) {
            if (outcome.read() && (field.equals("disks") && outcome.facts().listsDisks
                    || field.equals("filesystems") && outcome.facts().listsFilesystems)) {
                return outcome;
            }
        }
        return null;
    }

    /** Why a field is unknown: its output could not be read, does not show it, is missing, or was not run. */
    private String reason(String field) {
        for (Outcome outcome : reading.outcomes) {
            if (outcome.status() == BlockStatus.NOT_READ && outcome.section() != null
                    && outcome.section().gives().contains(field)) {
                return "the " + outcome.command() + " output at " + outcome.lines() + " could not be read ("
                        + outcome.problem() + ")";
            }
        }
        String command = moduleCommand(field);
        String tool = command.split(" ")[0];
        Outcome shown = firstOutcome(tool);
        if (shown != null) {
            return shown.command() + " output at line " + shown.firstLine() + " has no " + missingPart(field);
        }
        Integer missing = reading.missingTools.get(tool);
        if (missing != null) {
            return tool + ": command not found (line " + missing + ")";
        }
        for (Reading.Typed typed : reading.printedNothing) {
            if (typed.command().startsWith(tool)) {
                return typed.command() + " was run but printed nothing (line " + typed.line() + ")";
            }
        }
        return command + " output is not in the transcript";
    }

    private String moduleCommand(String field) {
        if (field.startsWith("os.")) {
            return "uname -a";
        }
        if (field.startsWith("cpu.")) {
            return mac ? "sysctl -n machdep.cpu.brand_string" : "lscpu";
        }
        if (field.startsWith("memory.")) {
            return mac ? "sysctl -n hw.memsize" : "free -h";
        }
        return switch (field) {
            case "disks" -> mac ? "system_profiler SPNVMeDataType" : "lsblk";
            case "filesystems" -> "df -h";
            default -> mac ? "system_profiler SPDisplaysDataType" : "lspci";
        };
    }

    private String missingPart(String field) {
        return switch (field) {
            case "cpu.maxFrequencyHz" -> mac ? "CPU frequency (the macOS block does not print it)"
                    : "CPU max MHz (often past the 20 lines sed keeps, or absent in a VM)";
            case "cpu.physicalCores" -> mac ? "core count (sysctl -n hw.physicalcpu would print it)"
                    : "Core(s) per socket";
            case "cpu.logicalCores" -> mac ? "logical CPU count (sysctl -n hw.logicalcpu would print it)" : "CPU(s)";
            case "cpu.model" -> "model name";
            case "memory.availableBytes" -> mac ? "available memory (vm_stat would show it)" : "available column";
            case "memory.swapTotalBytes" -> mac ? "swap size (sysctl vm.swapusage would show it)" : "Swap: row";
            default -> field;
        };
    }

    /** Every block that could not be read whole, and every stretch of lines not recognised, with its lines. */
    private void blockWarnings() {
        for (Outcome outcome : reading.outcomes) {
            switch (outcome.status()) {
                case NOT_READ -> warnings.add(outcome.lines() + ": the " + outcome.command()
                        + " output could not be read (" + outcome.problem() + "); the rest of the transcript was read");
                case PARTLY_READ -> warnings.add(outcome.lines() + ": " + outcome.command() + " output read in part; "
                        + outcome.problem());
                case NOT_RECOGNISED -> warnings.add(outcome.lines() + ": " + outcome.problem() + "; ignored");
                default -> {
                }
            }
        }
    }

    /** Prompts naming two hosts: the transcript mixes machines. */
    private void hostWarnings() {
        Map<String, Integer> hosts = new LinkedHashMap<>(reading.hosts);
        Fact uname = values.get(Field.HOST);
        if (uname != null) {
            hosts.putIfAbsent(uname.value().toString(), uname.line());
        }
        Set<String> distinct = new LinkedHashSet<>();
        hosts.keySet().forEach(host -> distinct.add(host.toLowerCase(Locale.ROOT)));
        if (distinct.size() > 1 && hosts.keySet().stream().noneMatch(h -> h.equals("localhost"))) {
            List<String> named = new ArrayList<>();
            hosts.forEach((host, line) -> named.add("'" + host + "' (line " + line + ")"));
            warnings.add("the transcript names more than one host: " + String.join(", ", named)
                    + "; are these outputs from two machines?");
        }
    }

    private static String gib(Size size) {
        double gib = size.bytes() / (1024.0 * 1024 * 1024);
        return gib < 10 ? String.format(Locale.ROOT, "%.0f MiB", gib * 1024) : String.format(Locale.ROOT, "%.1f GiB", gib);
    }

    private static Long bytes(Size size) {
        return size == null ? null : size.bytes();
    }

    private static Long precision(Size size) {
        return size == null ? null : size.precisionBytes();
    }
}
