package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Windows' {@code systeminfo}: {@code Key:   value} lines, the values aligned in one column, a list (processors,
 * hotfixes, network cards) continued on indented lines. Read: the Windows edition ({@code OS Name}), its version
 * number ({@code OS Version}, which stands for the kernel), the vendor of the first processor and the memory, which
 * systeminfo prints in MiB with the locale's thousands separator ({@code 8,070 MB}, {@code 8.070 MB}). In another
 * language (or with its letters lost in a paste) the labels are not known, but the skeleton is the same in every
 * language: a value {@code x64-based PC} (never translated) and an indented {@code [01]: … ~2800 Mhz} processor line
 * mark the output, the first value starting with {@code Microsoft Windows} is the edition, the first {@code 10.0.19045}
 * -like value the version, and the first two values in MB after the processor lines are, in the order every
 * language prints them, the total and the available physical memory.
 */
final class SysteminfoSection extends DescribedSection {

    /** Keys systeminfo prints and no other output the parser reads does. */
    private static final Set<String> KEYS = Set.of("Host Name", "OS Name", "OS Version", "OS Manufacturer",
            "OS Configuration", "OS Build Type", "Registered Owner", "Registered Organization", "Product ID",
            "Original Install Date", "System Boot Time", "System Manufacturer", "System Model", "System Type",
            "Processor(s)", "BIOS Version", "Windows Directory", "System Directory", "Boot Device", "System Locale",
            "Input Locale", "Time Zone", "Total Physical Memory", "Available Physical Memory",
            "Virtual Memory", "Page File Location(s)",
            "Domain", "Logon Server", "Hotfix(s)", "Network Card(s)", "Hyper-V Requirements");
    private static final Pattern MIB = Pattern.compile("^(\\d{1,3}(?:[,.'\u00A0 ]\\d{3})*|\\d{1,9})\\s*MB$");
    /** {@code [01]: AMD64 Family 23 Model 49 Stepping 0 AuthenticAMD ~2800 Mhz}. */
    private static final Pattern PROCESSOR = Pattern.compile("^\\[\\d{2}]:\\s.*?\\s(\\w+)\\s+~\\d+\\s*Mhz$",
            Pattern.CASE_INSENSITIVE);
    private static final int LOOK_AHEAD = 4;
    /** How far below its first line a localised systeminfo shows its system type and processor. */
    private static final int SKELETON_LINES = 30;
    private static final Pattern SYSTEM_TYPE = Pattern.compile("^(?:x64|X86|x86|ARM64|ARM|Itanium)-based PC$");
    private static final Pattern VERSION = Pattern.compile("^(\\d{1,2}\\.\\d\\.\\d{4,5})\\b.*");

    SysteminfoSection() {
        super(new Descriptor("systeminfo",
                typed -> typed.startsWith("systeminfo"),
                List.of("os.name", "os.version", "os.kernel", "memory.totalBytes", "memory.availableBytes"),
                "systeminfo's lines like 'OS Name:                   Microsoft Windows 11 Pro'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        // pasted with every line indented alike (a quote, a log, a Markdown list): read as at the margin
        int indent = indent(lines.get(index));
        String first = dedent(lines.get(index), indent);
        if (!known(first)) {
            if (margin(first) && skeleton(lines, index, limit, indent)) {
                return lines.extent(index + 1, limit, i -> part(dedent(lines.get(i), indent), true));
            }
            return -1;
        }
        // one such key may be a word of something else; systeminfo prints them by the dozen
        int keys = 0;
        for (int i = index; i < limit && i < index + LOOK_AHEAD && known(dedent(lines.get(i), indent)); i++) {
            keys++;
        }
        if (keys < 2 && !(typed != null && answers(typed))) {
            return -1;
        }
        return lines.extent(index + 1, limit, i -> part(dedent(lines.get(i), indent), false));
    }

    /** Whether a line (its common indentation taken off) continues the output; {@code ...} marks lines left out. */
    private static boolean part(String line, boolean anyKey) {
        return line != null && ((anyKey ? margin(line) : known(line)) || line.startsWith(" ") || elision(line));
    }

    /** A line of dots standing for lines the writer left out of the paste. */
    private static boolean elision(String line) {
        String stripped = line.strip();
        return stripped.equals("...") || stripped.equals("\u2026") || stripped.equals("[...]");
    }

    private static int indent(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }

    /** The line without the block's indentation; null when it is indented less (it is not part of the block). */
    private static String dedent(String line, int indent) {
        if (indent == 0) {
            return line;
        }
        return indent(line) >= indent ? line.substring(indent) : null;
    }

    /** A {@code Key: value} line at the left margin. */
    private static boolean margin(String line) {
        return line != null && !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && KeyValue.parse(line) != null;
    }

    /**
     * Whether systeminfo's skeleton follows: margin lines only, among them a system type value
     * ({@code x64-based PC}), and the processor list's indented {@code [01]:} line.
     */
    private static boolean skeleton(TranscriptLines lines, int index, int limit, int indent) {
        // tried at every Key: value line of every paste: look for the system type's words before parsing anything
        boolean typeShown = false;
        for (int i = index; i < limit && i < index + SKELETON_LINES && !typeShown; i++) {
            typeShown = lines.get(i).endsWith("-based PC");
        }
        if (!typeShown) {
            return false;
        }
        boolean type = false;
        for (int i = index; i < limit && i < index + SKELETON_LINES; i++) {
            String line = dedent(lines.get(i), indent);
            if (line == null) {
                return false;
            }
            if (line.startsWith(" ")) {
                if (type && PROCESSOR.matcher(line.strip()).matches()) {
                    return true;
                }
                continue;
            }
            KeyValue kv = KeyValue.parse(line);
            if (kv == null) {
                return false;
            }
            type |= kv.value().endsWith("-based PC") && SYSTEM_TYPE.matcher(kv.value()).matches();
        }
        return false;
    }

    private static boolean known(String line) {
        if (line == null) {
            return false;
        }
        KeyValue kv = KeyValue.parse(line);
        if (kv == null || line.startsWith(" ")) {
            return false;
        }
        return KEYS.contains(kv.key());
    }

    @Override
    public void read(Block block, Facts facts) {
        boolean processors = false;
        int indent = indent(block.line(block.start()));
        for (int i = block.start(); i < block.end(); i++) {
            String line = dedent(block.line(i), indent);
            int number = TranscriptLines.number(i);
            if (line == null || elision(line)) {
                continue;
            }
            if (line.startsWith(" ")) {
                Matcher processor = PROCESSOR.matcher(line.strip());
                if (processors && processor.matches()) {
                    facts.put(Field.CPU_VENDOR, processor.group(1), number);
                }
                continue;
            }
            KeyValue kv = KeyValue.parse(line);
            if (kv == null) {
                continue;
            }
            processors = kv.key().equals("Processor(s)");
            String value = kv.value();
            switch (kv.key()) {
                case "OS Name" -> {
                    if (value.contains("Windows")) {
                        facts.put(Field.OS_NAME, "Windows", number);
                        facts.put(Field.OS_VERSION, value, number);
                    }
                }
                case "OS Version" -> facts.put(Field.OS_KERNEL, value.split("\\s+")[0], number);
                case "Total Physical Memory" -> facts.put(Field.MEMORY_TOTAL, mib(value), number);
                case "Available Physical Memory" -> facts.put(Field.MEMORY_AVAILABLE, mib(value), number);
                default -> {
                }
            }
        }
        if (!known(dedent(block.line(block.start()), indent))) {
            readBySkeleton(block, facts, indent);
        }
        if (facts.values.isEmpty()) {
            throw new UnreadableOutput(block.firstLine(), "an 'OS Name' or 'Total Physical Memory' line");
        }
        facts.put(Field.OS_NAME, "Windows", block.firstLine());
    }

    /** systeminfo in another language: its values by their shape and order, the labels left aside. */
    private static void readBySkeleton(Block block, Facts facts, int indent) {
        boolean processorsSeen = false;
        int sizes = 0;
        for (int i = block.start(); i < block.end(); i++) {
            String line = dedent(block.line(i), indent);
            int number = TranscriptLines.number(i);
            if (line == null) {
                continue;
            }
            if (line.startsWith(" ")) {
                Matcher processor = PROCESSOR.matcher(line.strip());
                if (processor.matches()) {
                    processorsSeen = true;
                    facts.put(Field.CPU_VENDOR, processor.group(1), number);
                }
                continue;
            }
            KeyValue kv = KeyValue.parse(line);
            if (kv == null) {
                continue;
            }
            String value = kv.value();
            Matcher version = VERSION.matcher(value);
            if (value.startsWith("Microsoft Windows")) {
                facts.put(Field.OS_VERSION, value, number);
            } else if (version.matches()) {
                facts.put(Field.OS_KERNEL, version.group(1), number);
            } else if (processorsSeen && sizes < 2 && mib(value) != null) {
                facts.put(sizes == 0 ? Field.MEMORY_TOTAL : Field.MEMORY_AVAILABLE, mib(value), number);
                sizes++;
            }
        }
    }

    /** {@code 8,070 MB}: MiB, exact to one MiB; null for anything else. */
    private static Size mib(String value) {
        Matcher m = MIB.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        long mib = Long.parseLong(m.group(1).replaceAll("[,.'\u00A0 ]", ""));
        return new Size(mib * 1024 * 1024, 1024 * 1024);
    }
}
