package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import dev.praxis.inventory.core.Inventory.Disk;
import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.Inventory.Gpu;
import dev.praxis.inventory.core.ProfilerOutline.Node;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code system_profiler}, one data type or the full report, read by what each item holds rather than by its
 * title: a "Chip" or "Processor Name" is the hardware overview (Apple M1 … M4 Max, Intel), a "Chipset Model" a GPU
 * (dynamic or total VRAM, several GPUs), a "Capacity" with a whole-disk BSD name a drive (NVMe, SATA), a "Mount
 * Point" a volume (SPStorageDataType), a "System Version" the software overview. Apple Silicon shares its unified
 * memory with the GPU, which therefore has no VRAM of its own. macOS shows no GPU driver version.
 */
final class ProfilerSection extends DescribedSection {

    private static final Pattern ALIGNED_VALUE = Pattern.compile("^\\s+[^:]{1,60}:\\s{3,}\\S");
    private static final Pattern TITLE = Pattern.compile("^[A-Z][^:]{0,60}:$");
    private static final Pattern VRAM = Pattern.compile("^(\\d{1,7})\\s*(MB|GB)$");
    private static final Pattern VENDOR = Pattern.compile("^(?:sppci_vendor_)?([A-Za-z]+).*$");
    private static final Pattern EXACT = Pattern.compile(".*\\(([\\d,.\u00A0\u202F ]{1,40}) (?:bytes|Byte|octets|bytes)\\).*");
    private static final Pattern ROUNDED = Pattern.compile("^(\\d{1,6}(?:[.,]\\d{1,3})?)\\s*([KMGTP]?B)\\b.*$");
    private static final Pattern MEMORY = Pattern.compile("^(\\d{1,5})\\s*(MB|GB|TB)$");
    private static final Pattern LEADING_COUNT = Pattern.compile("^(\\d{1,4})\\b.*");
    private static final java.util.Set<String> HARDWARE_KEYS = java.util.Set.of("Model Name", "Model Identifier",
            "Model Number", "Chip", "Processor Name", "Processor Speed", "Number of Processors", "Total Number of Cores",
            "Memory", "Hyper-Threading Technology", "L2 Cache (per Core)", "L3 Cache", "Boot ROM Version",
            "System Firmware Version", "Hardware UUID", "Serial Number (system)");
    private static final Pattern WHOLE_DISK = Pattern.compile("^disk\\d+$");

    ProfilerSection() {
        super(new Descriptor("system_profiler",
                typed -> typed.startsWith("system_profiler"),
                List.of("gpus", "disks", "cpu.model", "memory.totalBytes"),
                "system_profiler's outline (a title like 'Graphics/Displays:' and indented 'Key: value' lines), "
                        + "its -json output or its -xml property list"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (ProfilerPlist.opens(lines, index, limit)) {
            int end = ProfilerPlist.end(lines, index, limit);
            if (typed != null && answers(typed) || plistOfProfiler(lines, index, end)) {
                return end;
            }
        }
        int json = ProfilerJson.end(lines, index, limit);
        if (json > index) {
            return json;
        }
        if (hardwareKeysAt(lines, index, limit)) {
            int i = index + 1;
            while (i < limit && !lines.endsOutput(i) && KeyValue.parse(lines.get(i)) != null) {
                i++;
            }
            return i;
        }
        if (!titleAt(lines, index, limit)) {
            return -1;
        }
        return lines.extent(index + 1, limit,
                i -> Character.isWhitespace(lines.get(i).charAt(0)) || titleAt(lines, i, limit));
    }

    /** Whether a property list is system_profiler's: it names a data type or system_profiler's own keys. */
    private static boolean plistOfProfiler(TranscriptLines lines, int index, int end) {
        for (int i = index; i < end && i < index + 40; i++) {
            String line = lines.get(i);
            if (line.contains("<key>_dataType</key>") || line.contains("<key>_SPCommandLineArguments</key>")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The hardware overview's lines pasted without its titles: at least three of its keys among the next lines,
     * one of them naming the Mac or its processor.
     */
    private static boolean hardwareKeysAt(TranscriptLines lines, int index, int limit) {
        KeyValue first = KeyValue.parse(lines.get(index));
        if (first == null || !HARDWARE_KEYS.contains(first.key())) {
            return false;
        }
        int known = 0;
        boolean names = false;
        for (int i = index; i < limit && i < index + 10; i++) {
            KeyValue kv = KeyValue.parse(lines.get(i));
            if (kv == null) {
                break;
            }
            if (HARDWARE_KEYS.contains(kv.key())) {
                known++;
                names |= kv.key().equals("Model Identifier") || kv.key().equals("Chip")
                        || kv.key().equals("Processor Name");
            }
        }
        return known >= 3 && names;
    }

    /** A title at the left margin followed, after at most a blank line, by an indented item. */
    private static boolean titleAt(TranscriptLines lines, int index, int limit) {
        if (!TITLE.matcher(lines.get(index)).matches()) {
            return false;
        }
        for (int i = index + 1; i < limit && i <= index + 2; i++) {
            String next = lines.get(i);
            if (!next.isBlank()) {
                // system_profiler writes 'Key: value' with one space: values aligned in a column after a title
                // ('Here is my systeminfo:' then '    OS Name:     Microsoft Windows') are another tool's output
                return Character.isWhitespace(next.charAt(0)) && next.strip().contains(":")
                        && !ALIGNED_VALUE.matcher(next).find();
            }
        }
        return false;
    }

    @Override
    public void read(Block block, Facts facts) {
        if (block.line(block.start()).strip().startsWith("<")) {
            ProfilerJson.Parsed parsed = ProfilerPlist.parse(block);
            if (parsed.stoppedAt() != null) {
                facts.problem(parsed.stoppedAt(), "the rest of the property list (" + parsed.stoppedReason()
                        + "); what comes before it was read");
            }
            if (parsed.root() != null) {
                ProfilerJson.read(parsed, facts);
            }
            // a property list only system_profiler writes is a Mac's, whatever data type it holds
            facts.put(Field.OS_NAME, "macOS", block.firstLine());
        } else if (ProfilerJson.opensObject(block.line(block.start()))) {
            ProfilerJson.read(block, facts);
        } else {
            ProfilerOutline.read(block.lines(), block.start(), block.end()).visit(node -> item(node, facts));
        }
        if (!facts.values.isEmpty() || !facts.gpus.isEmpty() || !facts.disks.isEmpty() || !facts.filesystems.isEmpty()
                || facts.listsGpus || facts.listsDisks || facts.listsFilesystems) {
            facts.put(Field.OS_NAME, "macOS", block.firstLine());
        }
        if (facts.values.isEmpty() && facts.gpus.isEmpty() && facts.disks.isEmpty() && facts.filesystems.isEmpty()
                && !facts.listsGpus && !facts.listsDisks) {
            facts.notes.add("the system_profiler output at line " + block.firstLine()
                    + " holds none of the data types Praxis reads (SPHardwareDataType, SPDisplaysDataType, "
                    + "SPMemoryDataType, SPNVMeDataType, SPStorageDataType, SPSoftwareDataType)");
        }
    }

    private static void item(Node node, Facts facts) {
        String title = node.title().toLowerCase(Locale.ROOT);
        if (node.parent != null && node.parent.parent == null) {
            if (title.startsWith("graphics")) {
                facts.listsGpus = true;
            } else if (title.startsWith("nvmexpress") || title.startsWith("sata")) {
                facts.listsDisks = true;
            }
        }
        if (node.get("Chip") != null || node.get("Processor Name") != null
                || node.get("Model Identifier") != null && node.get("Total Number of Cores") != null) {
            hardware(node, facts);
        } else if (node.get("Chipset Model") != null) {
            gpu(node, facts);
        } else if (node.get("Mount Point") != null && node.get("Capacity") != null) {
            volume(node, facts);
        } else if (node.get("Capacity") != null && node.get("BSD Name") != null
                && WHOLE_DISK.matcher(node.get("BSD Name")).matches()) {
            drive(node, title, facts);
        } else if (node.get("System Version") != null) {
            facts.put(Field.OS_NAME, "macOS", node.line);
            facts.put(Field.OS_VERSION, node.get("System Version").replaceFirst("\\s*\\([^)]*\\)$", ""), node.line);
            String kernel = node.get("Kernel Version");
            facts.put(Field.OS_KERNEL, kernel, node.line);
        } else if (title.equals("memory") && node.get("Memory") != null) {
            facts.put(Field.MEMORY_TOTAL, memory(node.get("Memory")), node.line);
        }
    }

    private static void hardware(Node node, Facts facts) {
        String chip = node.get("Chip");
        String model = chip != null ? chip : node.get("Processor Name");
        facts.put(Field.OS_NAME, "macOS", node.line);
        facts.put(Field.CPU_MODEL, model, node.line);
        String lower = model == null ? "" : model.toLowerCase(Locale.ROOT);
        boolean apple = lower.startsWith("apple");
        facts.put(Field.CPU_VENDOR, apple ? "Apple" : lower.contains("intel") ? "Intel" : null, node.line);
        facts.put(Field.OS_ARCHITECTURE, apple ? "arm64" : lower.contains("intel") ? "x86_64" : null, node.line);
        facts.put(Field.MACHINE_MODEL, node.get("Model Identifier"), node.line);
        facts.put(Field.MEMORY_TOTAL, memory(node.getOrEmpty("Memory")), node.line);
        if (apple && chip != null) {
            // Apple Silicon's GPU is part of the chip: named by it even when SPDisplaysDataType is not pasted
            facts.gpu(new Gpu("Apple", chip, null, null, null, true), "system_profiler", null, node.line);
        }
        Matcher cores = LEADING_COUNT.matcher(node.getOrEmpty("Total Number of Cores"));
        if (cores.matches()) {
            int physical = Integer.parseInt(cores.group(1));
            facts.put(Field.CPU_PHYSICAL_CORES, physical, node.line);
            String threading = node.get("Hyper-Threading Technology");
            if (apple || "Disabled".equalsIgnoreCase(threading)) {
                facts.put(Field.CPU_LOGICAL_CORES, physical, node.line);
            } else if ("Enabled".equalsIgnoreCase(threading)) {
                facts.put(Field.CPU_LOGICAL_CORES, physical * 2, node.line);
            }
        }
    }

    private static void gpu(Node node, Facts facts) {
        facts.listsGpus = true;
        String name = node.get("Chipset Model");
        String vendor = vendor(node.values.getOrDefault("Vendor", name));
        String dynamic = node.get("VRAM (Dynamic, Max)");
        // a card on the PCIe bus has memory of its own, even when macOS labels it dynamic (2010 MacBook Pros)
        boolean pcie = node.getOrEmpty("Bus").toLowerCase(Locale.ROOT).startsWith("pci");
        String total = node.values.getOrDefault("VRAM (Total)", node.values.getOrDefault("VRAM",
                pcie ? dynamic : null));
        boolean shared = vendor.equals("Apple") || dynamic != null && !pcie;
        Long vram = shared || total == null ? null : vram(total);
        boolean builtIn = "Built-In".equalsIgnoreCase(node.get("Bus")) || shared;
        // Apple's GPUs state their core count ("Total Number of Cores: 10") in the display item
        Matcher cores = LEADING_COUNT.matcher(node.getOrEmpty("Total Number of Cores"));
        facts.gpu(new Gpu(vendor, name, vram, vram == null ? null : 0L, null, builtIn,
                cores.matches() ? Integer.valueOf(cores.group(1)) : null), "system_profiler", null, node.line);
    }

    private static void drive(Node node, String title, Facts facts) {
        facts.listsDisks = true;
        Optional<Size> size = capacity(node.get("Capacity"));
        String medium = node.values.getOrDefault("Medium Type", "").toLowerCase(Locale.ROOT);
        DiskType type = title.startsWith("nvm") || node.values.getOrDefault("Protocol", "").contains("NVM")
                ? DiskType.NVME : medium.contains("solid") || medium.equals("ssd") ? DiskType.SSD
                        : medium.contains("rotational") || medium.equals("hdd") ? DiskType.HDD : null;
        facts.disk(new Disk(node.get("BSD Name"), node.values.getOrDefault("Model", node.heading),
                size.map(Size::bytes).orElse(null), size.map(Size::precisionBytes).orElse(null), type), node.line);
    }

    private static void volume(Node node, Facts facts) {
        facts.listsFilesystems = true;
        Optional<Size> size = capacity(node.get("Capacity"));
        Optional<Size> free = capacity(node.values.getOrDefault("Free", node.values.getOrDefault("Available", "")));
        String bsd = node.get("BSD Name");
        Long used = size.isPresent() && free.isPresent() ? size.get().bytes() - free.get().bytes() : null;
        Integer percent = used == null || size.get().bytes() == 0 ? null
                : (int) Math.ceil(used * 100.0 / size.get().bytes());
        facts.filesystem(new Filesystem(bsd == null ? node.heading : "/dev/" + bsd, node.get("Mount Point"),
                node.get("File System"), size.map(Size::bytes).orElse(null), size.map(Size::precisionBytes).orElse(null),
                used, used == null ? null : Math.max(size.get().precisionBytes(), free.get().precisionBytes()),
                free.map(Size::bytes).orElse(null), free.map(Size::precisionBytes).orElse(null), percent, false),
                node.line);
    }

    static String vendor(String text) {
        Matcher m = VENDOR.matcher(text.strip());
        String word = m.matches() ? m.group(1) : text;
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "apple" -> "Apple";
            case "amd", "ati" -> "AMD";
            case "intel" -> "Intel";
            case "nvidia" -> "NVIDIA";
            default -> word;
        };
    }

    static Long vram(String text) {
        Matcher m = VRAM.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        long mib = Long.parseLong(m.group(1)) * (m.group(2).equals("GB") ? 1024 : 1);
        return mib * 1024 * 1024;
    }

    /** "16 GB" of RAM: macOS counts memory in binary units. */
    static Size memory(String text) {
        Matcher m = MEMORY.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int power = switch (m.group(2)) {
            case "MB" -> 2;
            case "GB" -> 3;
            default -> 4;
        };
        return Size.exact(Long.parseLong(m.group(1)) << (10 * power));
    }

    /** "500.28 GB (500,277,790,720 bytes)": the exact count when shown, else the rounded decimal size. */
    static Optional<Size> capacity(String text) {
        Matcher exact = EXACT.matcher(text);
        if (exact.matches()) {
            String digits = exact.group(1).replaceAll("[,.\u00A0\u202F ]", "");
            return !digits.isEmpty() && digits.length() <= 18 ? Optional.of(Size.exact(Long.parseLong(digits)))
                    : Optional.empty();
        }
        Matcher rounded = ROUNDED.matcher(text.strip());
        return rounded.matches() ? Size.parseDecimal(rounded.group(1), rounded.group(2)) : Optional.empty();
    }
}
