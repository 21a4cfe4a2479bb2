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
 * systeminfo prints in MiB with the locale's thousands separator ({@code 8,070 MB}, {@code 8.070 MB}).
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

    SysteminfoSection() {
        super(new Descriptor("systeminfo",
                typed -> typed.startsWith("systeminfo"),
                List.of("os.name", "os.version", "os.kernel", "memory.totalBytes", "memory.availableBytes"),
                "systeminfo's lines like 'OS Name:                   Microsoft Windows 11 Pro'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!known(lines.get(index))) {
            return -1;
        }
        // one such key may be a word of something else; systeminfo prints them by the dozen
        int keys = 0;
        for (int i = index; i < limit && i < index + LOOK_AHEAD && known(lines.get(i)); i++) {
            keys++;
        }
        if (keys < 2 && !(typed != null && answers(typed))) {
            return -1;
        }
        return lines.extent(index + 1, limit, i -> known(lines.get(i)) || lines.get(i).startsWith(" "));
    }

    private static boolean known(String line) {
        KeyValue kv = KeyValue.parse(line);
        if (kv == null || line.startsWith(" ")) {
            return false;
        }
        return KEYS.contains(kv.key());
    }

    @Override
    public void read(Block block, Facts facts) {
        boolean processors = false;
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i);
            int number = TranscriptLines.number(i);
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
        if (facts.values.isEmpty()) {
            throw new UnreadableOutput(block.firstLine(), "an 'OS Name' or 'Total Physical Memory' line");
        }
        facts.put(Field.OS_NAME, "Windows", block.firstLine());
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
