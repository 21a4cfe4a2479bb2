package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import dev.praxis.inventory.core.Inventory.Disk;
import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.Inventory.Gpu;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code inxi -F} (and {@code -b}, {@code -Fxz}): sections named at the margin ({@code System:}, {@code CPU:},
 * {@code Graphics:}, {@code Drives:}, {@code Partition:}, {@code Info:}), their {@code key: value} pairs running on
 * over indented lines. Read: the kernel and architecture, the CPU's model and core count ({@code Single core Intel Core
 * i7-4710HQ (-UP-)} of inxi 2, {@code Info: 6-core model: AMD Ryzen 5 3600} of inxi 3), graphics cards, drives
 * ({@code ID-1: /dev/sda model: … size: 10.7GB}: inxi 2 counts drives in decimal GB, inxi 3 in GiB), partitions
 * (swap left out) and the memory total ({@code Memory: 981.8/8114.1MB} of inxi 2, in MiB; inxi 3's
 * {@code available:} when shown, the memory the system sees, else its {@code total:}). Plain {@code inxi}'s three-line
 * short summary ({@code CPU: 8-core AMD Ryzen 7 PRO 5850U … (-MT MCP-) speed/min/max: …}, {@code Kernel: … x86_64 Up: …
 * Mem: 16.12/30.18 GiB (53.4%)}, {@code Storage: …}) gives the CPU, kernel, architecture and total memory.
 */
final class InxiSection extends DescribedSection {

    private static final Pattern SECTION = Pattern.compile("^(System|Machine|CPU\\(s\\)|CPU|Graphics|Audio|Network"
            + "|Drives|Partition|Swap|Unmounted|Sensors|Info|Memory|Battery|RAID|USB|Repos|Bluetooth|Logical|Processes|Kernel"
            + "|Storage):"
            + "(?:\\s+(.*))?$");
    private static final Pattern KERNEL = Pattern.compile("\\bKernel: (\\S+)(?: (x86_64|i[3-6]86|aarch64|armv\\w+"
            + "|ppc64\\w*|s390x|riscv64|mips\\w*|loongarch64))?");
    private static final Pattern ARCH = Pattern.compile("\\barch: (\\S+)");
    private static final Map<String, Integer> COUNT_WORDS = Map.of("single", 1, "dual", 2, "triple", 3, "quad", 4,
            "hexa", 6, "octa", 8, "deca", 10, "dodeca", 12);
    private static final Pattern CORES = Pattern.compile("(?i)(?:^|\\s)(?:(\\d{1,3})\\s+)?(single|dual|triple|quad|hexa"
            + "|octa|deca|dodeca|\\d{1,3})[ -]core\\s+(?:model:\\s+)?(.+?)(?=\\s+\\(-[A-Z -]+-\\)|\\s+bits:|\\s+type:"
            + "|\\s+arch:|\\s+cache:|\\s+speed(?:/min/max)?:|$)");
    private static final Pattern CARD = Pattern.compile("\\b(?:Card(?:-\\d+)?|Device-\\d+): (.+?)(?=\\s+(?:driver|bus-ID"
            + "|v|Display Server|Card-\\d+|Device-\\d+|Display|Monitor-\\d+|API|vendor|chip-ID|ports|empty|tty size):"
            + "|$)");
    private static final Pattern DRIVE = Pattern.compile("\\bID-\\d+: /dev/(\\S+)(?: (?:vendor|maj-min): .+?)?"
            + " model: (.+?) size: (\\d{1,9}(?:\\.\\d{1,3})?) ?([KMGTP]i?B)");
    private static final Pattern PARTITION = Pattern.compile("\\bID-\\d+: (\\S+) (?:raw-)?size: (\\d{1,9}(?:\\.\\d{1,3})?)"
            + " ?([KMGTP]i?B?) used: (\\d{1,9}(?:\\.\\d{1,3})?) ?([KMGTP]i?B?) \\((\\d{1,3}(?:\\.\\d{1,2})?)%\\)"
            + " fs: (\\S+)(?: .*?)?? dev: (\\S+)");
    /** The short summary's {@code Mem: 16.12/30.18 GiB (53.4%)}: used, then total. */
    private static final Pattern MEMORY_SHORT = Pattern.compile("\\bMem: \\d{1,9}(?:\\.\\d{1,3})?/(\\d{1,9}(?:\\.\\d{1,3})?) "
            + "([KMGT]iB)");
    private static final Pattern MEMORY_OLD = Pattern.compile("\\bMemory: (\\d{1,9}(?:\\.\\d)?)/(\\d{1,9}(?:\\.\\d)?)MB");
    private static final Pattern MEMORY_AVAILABLE = Pattern.compile("\\bavailable: (\\d{1,9}(?:\\.\\d{1,3})?) ([KMGT]iB)");
    private static final Pattern MEMORY_TOTAL = Pattern.compile("\\b(?:Memory|total): (\\d{1,9}(?:\\.\\d{1,3})?) "
            + "([KMGT]iB)");

    InxiSection() {
        super(new Descriptor("inxi",
                typed -> typed.matches("inxi\\b.*"),
                List.of("os.kernel", "cpu.model", "cpu.physicalCores", "memory.totalBytes", "disks", "filesystems",
                    "gpus"),
                "inxi's sections, like 'CPU: Info: 6-core model: AMD Ryzen 5 3600 …'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        String first = lines.get(index);
        if (!SECTION.matcher(first.strip()).matches()) {
            return -1;
        }
        int margin = indent(first);
        int sections = 1;
        int i = index + 1;
        while (i < limit && lines.isText(i)) {
            String line = lines.get(i);
            if (indent(line) <= margin && SECTION.matcher(line.strip()).matches()) {
                sections++;
            } else if (indent(line) <= margin) {
                break;
            }
            i++;
        }
        return sections >= 2 || typed != null && answers(typed) ? i : -1;
    }

    /** Sections start at the margin; their pairs run on over indented lines (inxi 3 indents {@code Info:} too). */
    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    @Override
    public void read(Block block, Facts facts) {
        int margin = indent(block.line(block.start()));
        int i = block.start();
        while (i < block.end()) {
            Matcher section = SECTION.matcher(block.line(i).strip());
            int number = TranscriptLines.number(i);
            StringBuilder text = new StringBuilder(section.matches() && section.group(2) != null ? section.group(2)
                    : "");
            i++;
            while (i < block.end() && indent(block.line(i)) > margin) {
                text.append(' ').append(block.line(i).strip());
                i++;
            }
            if (section.matches()) {
                read(section.group(1), text.toString().strip(), number, facts);
            }
        }
        facts.put(Field.OS_NAME, "Linux", block.firstLine());
    }

    private static void read(String name, String text, int number, Facts facts) {
        switch (name) {
            case "System" -> {
                Matcher kernel = KERNEL.matcher(text);
                if (kernel.find()) {
                    facts.put(Field.OS_KERNEL, kernel.group(1), number);
                    facts.put(Field.OS_ARCHITECTURE, kernel.group(2), number);
                }
                Matcher arch = ARCH.matcher(text);
                if (arch.find()) {
                    facts.put(Field.OS_ARCHITECTURE, arch.group(1), number);
                }
            }
            case "CPU", "CPU(s)" -> cpu(text, number, facts);
            case "Kernel" -> {
                // the short summary (plain inxi): "Kernel: 6.6.9-200.fc39.x86_64 x86_64 Up: 9d Mem: 16.12/30.18 GiB"
                Matcher kernel = KERNEL.matcher("Kernel: " + text);
                if (kernel.find()) {
                    facts.put(Field.OS_KERNEL, kernel.group(1), number);
                    facts.put(Field.OS_ARCHITECTURE, kernel.group(2), number);
                }
                Matcher memory = MEMORY_SHORT.matcher(text);
                if (memory.find()) {
                    sized(memory.group(1), memory.group(2))
                            .ifPresent(size -> facts.put(Field.MEMORY_TOTAL, size, number));
                }
            }
            case "Graphics" -> {
                Matcher card = CARD.matcher(text);
                while (card.find()) {
                    gpu(card.group(1).strip(), number, facts);
                }
            }
            case "Drives" -> {
                Matcher drive = DRIVE.matcher(text);
                facts.listsDisks = true;
                while (drive.find()) {
                    sized(drive.group(3), drive.group(4)).ifPresent(size -> facts.disk(new Disk(drive.group(1),
                            drive.group(2).strip(), size.bytes(), size.precisionBytes(), null), number));
                }
            }
            case "Partition" -> partitions(text, number, facts);
            case "Info", "Memory" -> memory(text, number, facts);
            default -> {
            }
        }
    }

    private static void cpu(String text, int number, Facts facts) {
        Matcher m = CORES.matcher(text);
        if (!m.find()) {
            return;
        }
        String word = m.group(2).toLowerCase(Locale.ROOT);
        int perSocket = COUNT_WORDS.getOrDefault(word, word.matches("\\d+") ? Integer.parseInt(word) : 0);
        int sockets = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        facts.put(Field.CPU_MODEL, m.group(3).strip(), number);
        if (perSocket > 0) {
            facts.put(Field.CPU_PHYSICAL_CORES, perSocket * sockets, number);
        }
    }

    private static void gpu(String description, int number, Facts facts) {
        int open = description.lastIndexOf('[');
        String name = open >= 0 && description.endsWith("]") && !description.startsWith("[")
                ? description.substring(open + 1, description.length() - 1) : description;
        String vendor = LspciSection.vendor(description);
        facts.listsGpus = true;
        facts.gpu(new Gpu(vendor, name, null, null, null, LspciSection.integrated(vendor, description)), "inxi",
                null, number);
    }

    private static void partitions(String text, int number, Facts facts) {
        facts.listsFilesystems = true;
        Matcher m = PARTITION.matcher(text);
        while (m.find()) {
            if (m.group(7).equals("swap")) {
                continue;
            }
            Optional<Size> size = sized(m.group(2), m.group(3));
            Optional<Size> used = sized(m.group(4), m.group(5));
            if (size.isEmpty() || used.isEmpty()) {
                continue;
            }
            int percent = new BigDecimal(m.group(6)).setScale(0, RoundingMode.CEILING).intValue();
            facts.filesystem(new Filesystem(m.group(8), m.group(1), m.group(7), size.get().bytes(),
                    size.get().precisionBytes(), used.get().bytes(), used.get().precisionBytes(), null, null, percent,
                    false), number);
        }
    }

    private static void memory(String text, int number, Facts facts) {
        Matcher old = MEMORY_OLD.matcher(text);
        Matcher available = MEMORY_AVAILABLE.matcher(text);
        Matcher total = MEMORY_TOTAL.matcher(text);
        if (old.find()) {
            Size.parse(old.group(2) + "M", 1).ifPresent(size -> facts.put(Field.MEMORY_TOTAL, size, number));
        } else if (available.find()) {
            sized(available.group(1), available.group(2))
                    .ifPresent(size -> facts.put(Field.MEMORY_TOTAL, size, number));
        } else if (total.find()) {
            sized(total.group(1), total.group(2)).ifPresent(size -> facts.put(Field.MEMORY_TOTAL, size, number));
        }
    }

    /** {@code 465.76 GiB} in powers of 1024, {@code 10.7GB} (inxi 2's drives) in powers of 1000, {@code 2.0G} binary. */
    private static Optional<Size> sized(String number, String unit) {
        return unit.length() == 2 && unit.endsWith("B") ? Size.parseSi(number + unit.charAt(0), 1)
                : Size.parse(number + unit.charAt(0), 1);
    }
}
