package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.regex.Pattern;

/**
 * macOS's {@code vm_stat}: page counts under "Mach Virtual Memory Statistics: (page size of N bytes)". It holds no
 * fact the inventory keeps (the pages it counts are not the installed memory: wired and compressed pages are counted
 * apart, and the total is {@code hw.memsize}'s), but it is macOS's own output, so the transcript is a Mac's.
 */
final class VmStatSection extends DescribedSection {

    private static final Pattern HEADER = Pattern.compile("^Mach Virtual Memory Statistics: \\(page size of \\d+ bytes\\)$");
    private static final Pattern COUNT = Pattern.compile("^\"?[A-Za-z][\\w -]{1,40}\"?:\\s+\\d{1,20}\\.?$");

    VmStatSection() {
        super(new Descriptor("vm_stat",
                typed -> typed.startsWith("vm_stat"),
                List.of("os.name"),
                "vm_stat's 'Mach Virtual Memory Statistics: (page size of 16384 bytes)' and its page counts"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!HEADER.matcher(lines.get(index).strip()).matches()) {
            return -1;
        }
        int i = index + 1;
        while (i < limit && COUNT.matcher(lines.get(i).strip()).matches()) {
            i++;
        }
        return i;
    }

    @Override
    public void read(Block block, Facts facts) {
        facts.put(Field.OS_NAME, "macOS", block.firstLine());
    }
}
