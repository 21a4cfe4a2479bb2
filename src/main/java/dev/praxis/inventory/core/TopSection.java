package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary {@code top} prints above its process list, in the three layouts procps has had:
 * {@code Mem:  65968872k total, …} (3.2, a {@code k} after each number), {@code KiB Mem:   1406544 total, …} and
 * {@code MiB Mem :  14927.4 total, …} (the unit in front, the swap line ending in {@code avail Mem}). The memory and
 * swap totals and the available memory are read; the process list below is part of the block and not read.
 */
final class TopSection extends DescribedSection {

    private static final Pattern HEADER = Pattern.compile("^top - \\d{1,2}:\\d{2}:\\d{2} up .*");
    /** {@code KiB Mem :  1406544 total,} or {@code Mem:  65968872k total,}: the unit, the number, its suffix. */
    private static final Pattern MEM = Pattern.compile("^(?:([KMGT]i?B)\\s+)?(Mem|Swap)\\s*:\\s*(\\d{1,15}(?:\\.\\d{1,6})?)"
            + "([kmgt]?)\\s+total\\b.*");
    /** The graph mode ({@code t} and {@code m} toggled): {@code GiB Mem : 28.2/7.8  [|||   ]}, used percent and total. */
    private static final Pattern GRAPH = Pattern.compile("^([KMGT]i?B)\\s+(Mem|Swap)\\s*:\\s*\\d{1,3}(?:\\.\\d)?/"
            + "(\\d{1,12}(?:\\.\\d{1,6})?)\\s+\\[.*");
    /** BusyBox: {@code Mem: 449532K used, 159356K free, 0K shrd, …}, no total; used and free make it up. */
    private static final Pattern BUSYBOX = Pattern.compile("^Mem:\\s*(\\d{1,15})([KMG])\\s+used,\\s*(\\d{1,15})([KMG])"
            + "\\s+free,.*");
    private static final Pattern AVAILABLE = Pattern.compile("(\\d{1,15}(?:\\.\\d{1,6})?)([kmgt]?)\\s+avail\\s+Mem\\s*$");
    private static final Pattern SUMMARY = Pattern.compile("^(?:top - |Tasks:|Threads:|%?Cpu|Cpu\\(s\\)|CPU:|Load average:"
            + "|(?:[KMGT]i?B\\s+)?(?:Mem|Swap)\\s*:).*");

    TopSection() {
        super(new Descriptor("top",
                typed -> typed.matches("top\\b.*"),
                List.of("memory.totalBytes", "memory.availableBytes", "memory.swapTotalBytes"),
                "top's summary, with a line like 'MiB Mem :  15927.4 total,  1854.9 free, …'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        String first = lines.get(index).strip();
        boolean typedTop = typed != null && answers(typed);
        if (!HEADER.matcher(first).matches() && !(MEM.matcher(first).matches() && first.contains("Mem"))
                && !BUSYBOX.matcher(first).matches() && !(typedTop && SUMMARY.matcher(first).matches())) {
            return -1;
        }
        int i = index + 1;
        while (i < limit && !lines.isBlank(i) && SUMMARY.matcher(lines.get(i).strip()).matches()) {
            i++;
        }
        // the process list: its header after a blank line, then a row per process up to the next blank line
        int next = i;
        while (next < limit && lines.isBlank(next)) {
            next++;
        }
        if (next < limit && lines.get(next).strip().matches("PID\\s+(?:PPID\\s+)?USER\\b.*")) {
            i = next + 1;
            while (i < limit && lines.isText(i)) {
                i++;
            }
        }
        return i;
    }

    @Override
    public void read(Block block, Facts facts) {
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i).strip();
            int number = TranscriptLines.number(i);
            Matcher graph = GRAPH.matcher(line);
            Matcher busybox = BUSYBOX.matcher(line);
            if (graph.matches()) {
                size(graph.group(3), graph.group(1), "").ifPresent(size -> facts.put(
                        graph.group(2).equals("Mem") ? Field.MEMORY_TOTAL : Field.SWAP_TOTAL, size, number));
                continue;
            }
            if (busybox.matches()) {
                Optional<Size> used = size(busybox.group(1), null, busybox.group(2).toLowerCase(Locale.ROOT));
                Optional<Size> free = size(busybox.group(3), null, busybox.group(4).toLowerCase(Locale.ROOT));
                if (used.isPresent() && free.isPresent()) {
                    facts.put(Field.MEMORY_TOTAL, Size.exact(used.get().bytes() + free.get().bytes()), number);
                }
                continue;
            }
            Matcher m = MEM.matcher(line);
            if (!m.matches()) {
                continue;
            }
            Optional<Size> total = size(m.group(3), m.group(1), m.group(4));
            if (total.isEmpty()) {
                facts.problem(number, expected());
                continue;
            }
            facts.put(Field.OS_NAME, "Linux", number);
            if (m.group(2).equals("Mem")) {
                facts.put(Field.MEMORY_TOTAL, total.get(), number);
            } else {
                facts.put(Field.SWAP_TOTAL, total.get(), number);
                Matcher available = AVAILABLE.matcher(line);
                if (available.find()) {
                    size(available.group(1), m.group(1), available.group(2))
                            .ifPresent(size -> facts.put(Field.MEMORY_AVAILABLE, size, number));
                }
            }
        }
        if (!facts.has(Field.MEMORY_TOTAL) && !facts.has(Field.SWAP_TOTAL)) {
            throw new UnreadableOutput(block.firstLine(), expected());
        }
    }

    /** A number in the unit named in front ({@code MiB}) or after it ({@code k}); kibibytes when neither says. */
    private static Optional<Size> size(String number, String unitInFront, String suffix) {
        String unit = unitInFront != null ? unitInFront.substring(0, 1)
                : suffix.isEmpty() ? "K" : suffix.toUpperCase(Locale.ROOT);
        return Size.parse(number + unit, 1024);
    }
}
