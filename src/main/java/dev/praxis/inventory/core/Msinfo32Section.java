package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Windows' System Information ({@code msinfo32}) "System Summary" copied from its window: one {@code Item<TAB>Value}
 * line per row (the tab becomes spaces on the way in, so an item is known by its name at the start of the line). Read: {@code OS Name} (the edition), {@code Version} (its number stands for the kernel), each
 * {@code Processor} row ({@code AMD Ryzen 5 2600 Six-Core Processor, 3400 Mhz, 6 Core(s), 12 Logical Processor(s)},
 * one row per socket, cores summed), and {@code Total Physical Memory} / {@code Available Physical Memory}, which
 * msinfo32 shows in binary units named GB and MB ({@code 15.9 GB}).
 */
final class Msinfo32Section extends DescribedSection {

    private static final Set<String> KEYS = Set.of("OS Name", "Version", "OS Manufacturer", "System Name",
            "System Manufacturer", "System Model", "System Type", "System SKU", "Processor", "BIOS Version/Date",
            "SMBIOS Version", "BIOS Mode", "BaseBoard Manufacturer", "BaseBoard Product", "Platform Role",
            "Secure Boot State", "Windows Directory", "System Directory", "Boot Device", "Locale",
            "Hardware Abstraction Layer", "User Name", "Time Zone", "Installed Physical Memory (RAM)",
            "Total Physical Memory", "Available Physical Memory", "Total Virtual Memory", "Available Virtual Memory",
            "Page File Space", "Page File");
    /** The item names, longest first, so that "Page File Space" is not taken for "Page File". */
    private static final List<String> BY_LENGTH = KEYS.stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(key -> key)).toList();
    private static final Pattern PROCESSOR = Pattern.compile(
            "^(.+?), [\\d.,]{1,8} Mhz, (\\d{1,4}) Core\\(s\\), (\\d{1,4}) Logical Processor\\(s\\)\\s*$");
    private static final Pattern SIZE = Pattern.compile("^(\\d{1,6}(?:[.,]\\d{1,3})?) ([KMGT])B$");
    private static final int LOOK_AHEAD = 6;

    Msinfo32Section() {
        super(new Descriptor("msinfo32",
                typed -> typed.matches("(?i)msinfo32\\b.*"),
                List.of("os.name", "os.version", "cpu.model", "cpu.physicalCores", "cpu.logicalCores",
                        "memory.totalBytes", "memory.availableBytes"),
                "msinfo32's System Summary rows like 'OS Name<TAB>Microsoft Windows 10 Pro'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (key(lines.get(index)) == null) {
            return -1;
        }
        int keys = 0;
        for (int i = index; i < limit && i < index + LOOK_AHEAD; i++) {
            keys += key(lines.get(i)) != null ? 1 : 0;
        }
        if (keys < 3) {
            return -1;
        }
        int end = index + 1;
        while (end < limit && lines.isText(end) && !lines.isBlank(end)) {
            end++;
        }
        return end;
    }

    /** The item the line starts with, followed by the spaces its tab became; null for any other line. */
    private static String key(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
            return null;
        }
        for (String key : BY_LENGTH) {
            if (line.startsWith(key) && line.length() > key.length() && line.charAt(key.length()) == ' ') {
                return key;
            }
        }
        return null;
    }

    @Override
    public void read(Block block, Facts facts) {
        int physical = 0;
        int logical = 0;
        int processorLine = -1;
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i);
            String key = key(line);
            if (key == null) {
                continue;
            }
            int number = TranscriptLines.number(i);
            String value = line.substring(key.length()).strip();
            switch (key) {
                case "OS Name" -> {
                    if (value.contains("Windows")) {
                        facts.put(Field.OS_VERSION, value, number);
                    }
                }
                case "Version" -> {
                    if (value.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{3,6}\\b.*")) {
                        facts.put(Field.OS_KERNEL, value.split("\\s+")[0], number);
                    }
                }
                case "Processor" -> {
                    Matcher processor = PROCESSOR.matcher(value);
                    if (processor.matches()) {
                        facts.put(Field.CPU_MODEL, processor.group(1).strip(), number);
                        physical += Integer.parseInt(processor.group(2));
                        logical += Integer.parseInt(processor.group(3));
                        processorLine = processorLine < 0 ? number : processorLine;
                    }
                }
                case "Total Physical Memory" -> facts.put(Field.MEMORY_TOTAL, size(value), number);
                case "Available Physical Memory" -> facts.put(Field.MEMORY_AVAILABLE, size(value), number);
                default -> {
                }
            }
        }
        if (processorLine > 0) {
            facts.put(Field.CPU_PHYSICAL_CORES, physical, processorLine);
            facts.put(Field.CPU_LOGICAL_CORES, logical, processorLine);
        }
        facts.put(Field.OS_NAME, "Windows", block.firstLine());
    }

    /** {@code 15.9 GB}: binary units, precise to the last digit shown. */
    private static Size size(String value) {
        Matcher m = SIZE.matcher(value);
        return m.matches() ? Size.parse(m.group(1).replace(',', '.') + m.group(2), 1).orElse(null) : null;
    }
}
