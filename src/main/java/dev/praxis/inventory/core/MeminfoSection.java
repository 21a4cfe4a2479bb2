package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code cat /proc/meminfo}: exact kibibyte counts; {@code MemAvailable} exists since Linux 3.14. */
final class MeminfoSection extends DescribedSection {

    /** A field, its value, and perhaps a note someone wrote after it on the same line. */
    private static final Pattern LINE = Pattern.compile("^([\\w()]{2,40}):\\s+(\\d{1,20})(?: kB)?(?:\\s+\\S.*)?$");

    MeminfoSection() {
        super(new Descriptor("/proc/meminfo",
                typed -> typed.contains("/proc/meminfo"),
                List.of("memory.totalBytes", "memory.availableBytes", "memory.swapTotalBytes"),
                "lines like 'MemTotal:       16318064 kB'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        Matcher first = LINE.matcher(lines.get(index).strip());
        if (!first.matches() || !(first.group(1).startsWith("Mem") || first.group(1).startsWith("Swap")
                || typed != null && answers(typed))) {
            return -1;
        }
        int i = index + 1;
        while (i < limit && LINE.matcher(lines.get(i).strip()).matches()) {
            i++;
        }
        return i;
    }

    @Override
    public void read(Block block, Facts facts) {
        for (int i = block.start(); i < block.end(); i++) {
            Matcher m = LINE.matcher(block.line(i).strip());
            if (!m.matches() || m.group(2).length() > 15) {
                continue;
            }
            Size size = Size.exact(Long.parseLong(m.group(2)) * 1024);
            int number = TranscriptLines.number(i);
            switch (m.group(1)) {
                case "MemTotal" -> facts.put(Field.MEMORY_TOTAL, size, number);
                case "MemAvailable" -> facts.put(Field.MEMORY_AVAILABLE, size, number);
                case "SwapTotal" -> facts.put(Field.SWAP_TOTAL, size, number);
                default -> {
                }
            }
        }
        if (facts.values.isEmpty()) {
            throw new UnreadableOutput(block.firstLine(), "a MemTotal, MemAvailable or SwapTotal line");
        }
    }
}
