package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code cat /proc/cpuinfo}: one "key : value" paragraph per logical CPU on x86, ARM and POWER, a single
 * paragraph on s390x. The model is {@code model name} (x86), {@code cpu} (POWER), {@code Processor} (32-bit
 * ARM) or decoded from {@code CPU implementer}/{@code CPU part} (64-bit ARM, as lscpu does).
 */
final class CpuinfoSection extends DescribedSection {

    private static final Pattern OPENING = Pattern.compile(
            "^(?:processor|vendor_id|Processor|system type|cpu|model name|# processors)\\s*:\\s*\\S.*$");
    private static final Pattern KEY = Pattern.compile("^[A-Za-z#][\\w #()/.-]{0,40}?\\s*:.*$");
    private static final Map<String, String> IMPLEMENTERS = Map.ofEntries(Map.entry("0x41", "ARM"),
            Map.entry("0x42", "Broadcom"), Map.entry("0x43", "Cavium"), Map.entry("0x46", "Fujitsu"),
            Map.entry("0x48", "HiSilicon"), Map.entry("0x4e", "NVIDIA"), Map.entry("0x50", "APM"),
            Map.entry("0x51", "Qualcomm"), Map.entry("0x53", "Samsung"), Map.entry("0x61", "Apple"),
            Map.entry("0x6d", "Microsoft"), Map.entry("0xc0", "Ampere"));
    /** ARM Ltd's part numbers, as util-linux names them. */
    private static final Map<String, String> ARM_PARTS = Map.ofEntries(Map.entry("0xb76", "ARM1176"),
            Map.entry("0xc07", "Cortex-A7"), Map.entry("0xc08", "Cortex-A8"), Map.entry("0xc09", "Cortex-A9"),
            Map.entry("0xc0f", "Cortex-A15"), Map.entry("0xd03", "Cortex-A53"), Map.entry("0xd04", "Cortex-A35"),
            Map.entry("0xd05", "Cortex-A55"), Map.entry("0xd07", "Cortex-A57"), Map.entry("0xd08", "Cortex-A72"),
            Map.entry("0xd09", "Cortex-A73"), Map.entry("0xd0a", "Cortex-A75"), Map.entry("0xd0b", "Cortex-A76"),
            Map.entry("0xd0c", "Neoverse-N1"), Map.entry("0xd0d", "Cortex-A77"), Map.entry("0xd40", "Neoverse-V1"),
            Map.entry("0xd41", "Cortex-A78"), Map.entry("0xd44", "Cortex-X1"), Map.entry("0xd46", "Cortex-A510"),
            Map.entry("0xd47", "Cortex-A710"), Map.entry("0xd48", "Cortex-X2"), Map.entry("0xd49", "Neoverse-N2"),
            Map.entry("0xd4a", "Neoverse-E1"), Map.entry("0xd4b", "Cortex-A78C"), Map.entry("0xd4d", "Cortex-A715"),
            Map.entry("0xd4e", "Cortex-X3"), Map.entry("0xd4f", "Neoverse-V2"), Map.entry("0xd80", "Cortex-A520"),
            Map.entry("0xd81", "Cortex-A720"), Map.entry("0xd82", "Cortex-X4"));

    /** Other implementers' part numbers (implementer/part), as util-linux names them. */
    private static final Map<String, String> OTHER_PARTS = Map.ofEntries(Map.entry("0x50/0x000", "X-Gene"),
            Map.entry("0x43/0x0a1", "ThunderX 88XX"), Map.entry("0x43/0x0af", "ThunderX2 99xx"),
            Map.entry("0x48/0xd01", "Kunpeng-920"), Map.entry("0x46/0x001", "A64FX"),
            Map.entry("0xc0/0xac3", "Ampere-1"), Map.entry("0xc0/0xac4", "Ampere-1a"),
            Map.entry("0x4e/0x004", "Carmel"), Map.entry("0x51/0x800", "Kryo-2XX-Gold"),
            Map.entry("0x51/0x801", "Kryo-2XX-Silver"), Map.entry("0x51/0xc00", "Falkor"));
    /** A value wrapped onto lines of its own (a flags list broken by a pager or an editor): words, no key. */
    private static final Pattern WRAPPED = Pattern.compile("^[a-z0-9_][\\w' .-]*$");

    CpuinfoSection() {
        super(new Descriptor("/proc/cpuinfo",
                typed -> typed.contains("/proc/cpuinfo"),
                List.of("cpu.model", "cpu.vendor", "cpu.logicalCores", "cpu.physicalCores"),
                "'key : value' lines starting with 'processor : 0', as /proc/cpuinfo holds them"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!OPENING.matcher(lines.get(index)).matches()) {
            return -1;
        }
        // a value wrapped onto lines of its own (a long flags list) is followed by the next key
        return lines.extent(index + 1, limit, i -> (KEY.matcher(lines.get(i)).matches()
                || i + 1 < limit && KEY.matcher(lines.get(i + 1)).matches() && !lines.isBlank(i + 1)
                || wrapped(lines, i, limit)) && !UnameSection.opens(lines.get(i)));
    }

    /** Whether the line at {@code i} is the middle of a wrapped value: words only, a key within the next lines. */
    private static boolean wrapped(TranscriptLines lines, int i, int limit) {
        if (lines.isBlank(i) || i == 0 || lines.isBlank(i - 1) || !WRAPPED.matcher(lines.get(i)).matches()) {
            return false;
        }
        for (int j = i + 1; j < Math.min(limit, i + 4); j++) {
            if (KEY.matcher(lines.get(j)).matches()) {
                return true;
            }
            if (lines.isBlank(j) || !WRAPPED.matcher(lines.get(j)).matches()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Arm cores that run several threads (implementer/part): Cortex-A65 and A65AE, Neoverse E1, Cavium ThunderX2 and
     * Broadcom Vulcan; every other Arm core runs one.
     */
    private static final Set<String> SMT_PARTS = Set.of("0x41/0xd06", "0x41/0xd43", "0x41/0xd4a", "0x43/0x0af",
            "0x42/0x516");

    @Override
    public void read(Block block, Facts facts) {
        int processors = 0;
        int processorLine = 0;
        Set<String> cores = new HashSet<>();
        Set<String> packages = new HashSet<>();
        Integer coresPerPackage = null;
        Integer siblings = null;
        String physicalId = "0";
        String implementer = null;
        String part = null;
        int partLine = 0;
        // the model by how sure each line is of it: model name (x86, LoongArch's "Model Name", and MIPS, which prints
        // its core's "cpu model" before the chip's "model name"), then cpu model or cpu (POWER), then Processor
        String[] models = new String[3];
        int[] modelLines = new int[3];
        for (int i = block.start(); i < block.end(); i++) {
            KeyValue kv = KeyValue.parse(block.line(i));
            if (kv == null) {
                continue;
            }
            int number = TranscriptLines.number(i);
            String value = kv.value();
            String key = kv.key().equalsIgnoreCase("model name") ? "model name" : kv.key();
            switch (key) {
                case "processor" -> {
                    if (value.matches("\\d{1,5}")) {
                        processors++;
                        processorLine = processorLine == 0 ? number : processorLine;
                    }
                }
                case "# processors", "ncpus active" -> facts.put(Field.CPU_LOGICAL_CORES, count(value), number);
                case "model name" -> model(models, modelLines, 0, value, number);
                case "cpu model", "cpu" -> model(models, modelLines, 1, value, number);
                case "Processor" -> {
                    if (!value.matches("\\d+")) {
                        model(models, modelLines, 2, value, number);
                    }
                }
                case "vendor_id" -> facts.put(Field.CPU_VENDOR, value, number);
                case "physical id" -> {
                    physicalId = value;
                    packages.add(value);
                }
                case "core id" -> cores.add(physicalId + "/" + value);
                case "cpu cores" -> coresPerPackage = count(value);
                case "siblings" -> siblings = count(value);
                case "CPU implementer" -> implementer = value.toLowerCase(java.util.Locale.ROOT);
                case "CPU part" -> {
                    part = value.toLowerCase(java.util.Locale.ROOT);
                    partLine = number;
                }
                default -> {
                }
            }
        }
        for (int rank = 0; rank < models.length; rank++) {
            facts.put(Field.CPU_MODEL, models[rank], modelLines[rank]);
        }
        // an output cut after a few processors, or pasted without its "processor" line, still says how many there
        // are per package (siblings, cpu cores)
        int packageCount = Math.max(1, packages.size());
        int countLine = processorLine == 0 ? block.firstLine() : processorLine;
        if (processors > 0 || siblings != null) {
            facts.put(Field.CPU_LOGICAL_CORES, Math.max(processors, siblings == null ? 0 : siblings * packageCount),
                    countLine);
        }
        if (!cores.isEmpty() || coresPerPackage != null) {
            facts.put(Field.CPU_PHYSICAL_CORES, Math.max(cores.size(),
                    coresPerPackage == null ? 0 : coresPerPackage * packageCount), countLine);
        }
        // Arm cores run one thread each, but for the few with SMT; without "cpu cores" each processor is a core
        if (implementer != null && processors > 0 && !facts.has(Field.CPU_PHYSICAL_CORES)
                && !SMT_PARTS.contains(implementer + "/" + part)) {
            facts.put(Field.CPU_PHYSICAL_CORES, processors, processorLine);
        }
        if (implementer != null) {
            facts.put(Field.CPU_VENDOR, IMPLEMENTERS.getOrDefault(implementer, implementer), partLine);
            if ("0x41".equals(implementer) && part != null) {
                facts.put(Field.CPU_MODEL, ARM_PARTS.get(part), partLine);
            } else if (part != null) {
                facts.put(Field.CPU_MODEL, OTHER_PARTS.get(implementer + "/" + part), partLine);
            }
        }
        if (facts.values.isEmpty()) {
            throw new UnreadableOutput(block.firstLine(), expected());
        }
    }

    /** Keeps the first model of its rank. */
    private static void model(String[] models, int[] lines, int rank, String value, int line) {
        if (models[rank] == null && !value.isBlank()) {
            models[rank] = value;
            lines[rank] = line;
        }
    }

    private static Integer count(String value) {
        return value.matches("\\d{1,6}") ? Integer.valueOf(value) : null;
    }
}
