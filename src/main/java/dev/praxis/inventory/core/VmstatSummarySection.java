package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * procps' {@code vmstat -s} (Linux, WSL): one counter a line, right-aligned, memory in KiB ({@code 15235516 K total
 * memory}, {@code 0 K total swap}), then CPU ticks, pages and events. Read: the total memory and the total swap; the
 * free figure is not what the inventory calls available (page cache is counted apart), so it is left out.
 */
final class VmstatSummarySection extends DescribedSection {

    private static final Pattern COUNTER = Pattern.compile("^\\s*(\\d{1,20}) (?:K )?([a-zA-Z][a-zA-Z /-]{2,40})$");
    private static final Pattern TOTAL_MEMORY = Pattern.compile("^\\s*\\d{1,20} K total memory$");
    private static final long KIB = 1024;

    VmstatSummarySection() {
        super(new Descriptor("vmstat",
                typed -> typed.startsWith("vmstat -s") || typed.startsWith("vmstat --stats"),
                List.of("memory.totalBytes", "memory.swapTotalBytes"),
                "vmstat -s's counters like '16318808 K total memory'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!TOTAL_MEMORY.matcher(lines.get(index)).matches()) {
            return -1;
        }
        return lines.extent(index + 1, limit, i -> COUNTER.matcher(lines.get(i)).matches());
    }

    @Override
    public void read(Block block, Facts facts) {
        for (int i = block.start(); i < block.end(); i++) {
            Matcher m = COUNTER.matcher(block.line(i));
            if (!m.matches()) {
                continue;
            }
            int number = TranscriptLines.number(i);
            long kib = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "total memory" -> facts.put(Field.MEMORY_TOTAL, new Size(kib * KIB, KIB), number);
                case "total swap" -> facts.put(Field.SWAP_TOTAL, new Size(kib * KIB, KIB), number);
                default -> {
                }
            }
        }
        facts.put(Field.OS_NAME, "Linux", block.firstLine());
    }
}
