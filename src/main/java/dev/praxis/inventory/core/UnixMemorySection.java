package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system reports of older Unix systems: AIX {@code prtconf} ({@code Processor Type: PowerPC_POWER7},
 * {@code Memory Size: 4096 MB}, {@code Total Paging Space: 1024MB}), Solaris {@code prtconf}
 * ({@code Memory size: 8192 Megabytes}), AIX {@code lsattr -El mem0} ({@code size 640 Total amount of physical memory
 * in Mbytes False}) and Tru64 {@code vmstat -P} ({@code Total Physical Memory =   512.00 M}). Their megabytes are
 * mebibytes. AIX {@code pmcycles -m} prints one line per logical CPU ({@code CPU 3 runs at 2097 MHz}): their count is
 * the logical CPUs. Other lines of these reports are part of the block and not read.
 */
final class UnixMemorySection extends DescribedSection {

    private static final Pattern START = Pattern.compile("^(?:System Model:|System Configuration:|Processor Type:"
            + "|Memory [Ss]ize:|Total Physical Memory\\s*=|size\\s+\\d+\\s+Total amount of physical memory"
            + "|CPU \\d{1,4} runs at \\d{1,6} MHz$).*");
    /** A report line: a key and its value, a title, or an attribute of {@code lsattr}. */
    private static final Pattern REPORT = Pattern.compile("^(?:[A-Za-z][\\w .()/-]{0,60}:(?:\\s.*)?|[A-Z][\\w ]{0,60}"
            + "|\\w+\\s+\\S+\\s+.+\\s+(?:True|False)|=\\s*\\d+ pages|CPU \\d{1,4} runs at \\d{1,6} MHz)$");
    private static final Pattern CYCLES = Pattern.compile("^CPU (\\d{1,4}) runs at \\d{1,6} MHz$");
    private static final Pattern MEMORY = Pattern.compile("^(?:Memory [Ss]ize:\\s*(\\d{1,9})\\s*(MB|GB|Megabytes|Gigabytes)"
            + "|Total Physical Memory\\s*=\\s*(\\d{1,9}(?:\\.\\d{1,3})?)\\s*([KMG])"
            + "|size\\s+(\\d{1,9})\\s+Total amount of physical memory in Mbytes\\s+\\w+)$");
    private static final Pattern PAGING = Pattern.compile("^Total Paging Space:\\s*(\\d{1,9})\\s*(MB|GB)$");
    private static final Pattern PROCESSOR = Pattern.compile("^Processor Type:\\s*(\\S+)$");

    UnixMemorySection() {
        super(new Descriptor("prtconf",
                typed -> typed.matches("(?:/usr/sbin/|/usr/bin/)?(?:prtconf|lsattr|vmstat\\s+-P|pmcycles)\\b.*"),
                List.of("memory.totalBytes"),
                "a system report with a line like 'Memory Size: 4096 MB'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!START.matcher(lines.get(index).strip()).matches()) {
            return -1;
        }
        return lines.extent(index + 1, limit, i -> REPORT.matcher(lines.get(i).strip()).matches());
    }

    @Override
    public void read(Block block, Facts facts) {
        Set<String> cpus = new HashSet<>();
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i).strip();
            int number = TranscriptLines.number(i);
            Matcher cycles = CYCLES.matcher(line);
            if (cycles.matches()) {
                cpus.add(cycles.group(1));
                continue;
            }
            Matcher memory = MEMORY.matcher(line);
            Matcher paging = PAGING.matcher(line);
            Matcher processor = PROCESSOR.matcher(line);
            if (memory.matches()) {
                mebibytes(memory).ifPresent(size -> facts.put(Field.MEMORY_TOTAL, size, number));
            } else if (paging.matches()) {
                Size.parse(paging.group(1) + paging.group(2).charAt(0), 1)
                        .ifPresent(size -> facts.put(Field.SWAP_TOTAL, size, number));
            } else if (processor.matches()) {
                facts.put(Field.CPU_MODEL, processor.group(1), number);
            }
        }
        if (!cpus.isEmpty()) {
            facts.put(Field.CPU_LOGICAL_CORES, cpus.size(), block.firstLine());
        }
        if (facts.values.isEmpty()) {
            throw new UnreadableOutput(block.firstLine(), expected());
        }
    }

    private static Optional<Size> mebibytes(Matcher memory) {
        if (memory.group(1) != null) {
            return Size.parse(memory.group(1) + memory.group(2).charAt(0), 1);
        }
        if (memory.group(3) != null) {
            return Size.parse(memory.group(3) + memory.group(4), 1);
        }
        return Size.parse(memory.group(5) + "M", 1);
    }
}
