package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Solaris and illumos swap: {@code swap -l}, a row per swap device with its size in 512-byte {@code blocks}, and
 * {@code swap -s}, {@code total: 1116376k bytes allocated + 0k reserved = 1116376k used, 15660840k available} (also
 * wrapped before {@code available}), whose used plus available is the swap total.
 */
final class SwapSection extends DescribedSection {

    private static final Pattern LIST_HEADER = Pattern.compile("^swapfile\\s+dev\\s+swaplo\\s+blocks\\s+free(?:\\s+\\w+)*$");
    private static final Pattern LIST_ROW = Pattern.compile("^(\\S+)\\s+(\\S+)\\s+(\\d{1,15})\\s+(\\d{1,15})\\s+(\\d{1,15})"
            + "(?:\\s+\\S+)?$");
    private static final Pattern SUMMARY = Pattern.compile("^total: (\\d{1,15})k bytes allocated \\+ (\\d{1,15})k reserved"
            + " = (\\d{1,15})k used,(?:\\s+(\\d{1,15})k available)?$");
    private static final Pattern AVAILABLE = Pattern.compile("^(\\d{1,15})k available$");

    SwapSection() {
        super(new Descriptor("swap",
                typed -> typed.matches("(?:/usr/sbin/)?swap\\s+-[ls]\\b.*"),
                List.of("memory.swapTotalBytes"),
                "swap -l rows with their 512-byte blocks or swap -s's 'total: … used, …k available'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        String first = lines.get(index).strip();
        if (LIST_HEADER.matcher(first).matches()) {
            int i = index + 1;
            while (i < limit && lines.isText(i) && LIST_ROW.matcher(lines.get(i).strip()).matches()) {
                i++;
            }
            return i;
        }
        Matcher summary = SUMMARY.matcher(first);
        if (!summary.matches()) {
            return -1;
        }
        return summary.group(4) == null && index + 1 < limit && AVAILABLE.matcher(lines.get(index + 1).strip()).matches()
                ? index + 2 : index + 1;
    }

    @Override
    public void read(Block block, Facts facts) {
        String first = block.line(block.start()).strip();
        Matcher summary = SUMMARY.matcher(first);
        if (summary.matches()) {
            String available = summary.group(4);
            if (available == null && block.end() > block.start() + 1) {
                Matcher wrapped = AVAILABLE.matcher(block.line(block.start() + 1).strip());
                available = wrapped.matches() ? wrapped.group(1) : null;
            }
            if (available == null) {
                throw new UnreadableOutput(block.firstLine(), expected());
            }
            long kib = Long.parseLong(summary.group(3)) + Long.parseLong(available);
            facts.put(Field.SWAP_TOTAL, Size.exact(kib * 1024), block.firstLine());
            return;
        }
        long blocks = 0;
        for (int i = block.start() + 1; i < block.end(); i++) {
            Matcher row = LIST_ROW.matcher(block.line(i).strip());
            if (row.matches()) {
                blocks += Long.parseLong(row.group(4));
            }
        }
        facts.put(Field.SWAP_TOTAL, Size.exact(blocks * 512), block.firstLine());
    }
}
