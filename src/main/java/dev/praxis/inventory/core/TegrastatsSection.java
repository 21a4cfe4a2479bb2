package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NVIDIA Jetson's {@code tegrastats}: one line per interval, {@code RAM used/totalMB (lfb …) SWAP used/totalMB
 * CPU [load%@MHz,…] …}, perhaps after a date. The totals are MiB; each entry of the CPU list is one CPU ({@code off}
 * when it is switched off, still one of the machine's CPUs). Jetsons run Linux (L4T).
 */
final class TegrastatsSection extends DescribedSection {

    private static final Pattern LINE = Pattern.compile("^(?:.{0,40}\\s)?RAM (\\d{1,9})/(\\d{1,9})MB\\b.*$");
    private static final Pattern SWAP = Pattern.compile("\\bSWAP \\d{1,9}/(\\d{1,9})MB\\b");
    private static final Pattern CPUS = Pattern.compile("\\bCPU \\[([^\\]]{1,2000})]");
    private static final long MIB = 1024 * 1024;

    TegrastatsSection() {
        super(new Descriptor("tegrastats",
                typed -> typed.startsWith("tegrastats"),
                List.of("memory.totalBytes", "memory.swapTotalBytes", "cpu.logicalCores"),
                "tegrastats lines like 'RAM 2020/7852MB (lfb 1164x4MB) CPU [9%@345,…]'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!opens(lines.get(index))) {
            return -1;
        }
        int i = index + 1;
        while (i < limit && opens(lines.get(i))) {
            i++;
        }
        return i;
    }

    private static boolean opens(String line) {
        return LINE.matcher(line).matches() && CPUS.matcher(line).find();
    }

    @Override
    public void read(Block block, Facts facts) {
        // every line is one interval of the same machine: the first says it all
        String line = block.line(block.start());
        int number = block.firstLine();
        Matcher ram = LINE.matcher(line);
        if (!ram.matches()) {
            throw new UnreadableOutput(number, expected());
        }
        facts.put(Field.OS_NAME, "Linux", number);
        facts.put(Field.MEMORY_TOTAL, new Size(Long.parseLong(ram.group(2)) * MIB, MIB), number);
        Matcher swap = SWAP.matcher(line);
        if (swap.find()) {
            facts.put(Field.SWAP_TOTAL, new Size(Long.parseLong(swap.group(1)) * MIB, MIB), number);
        }
        Matcher cpus = CPUS.matcher(line);
        if (cpus.find()) {
            facts.put(Field.CPU_LOGICAL_CORES, cpus.group(1).split(",").length, number);
        }
    }
}
