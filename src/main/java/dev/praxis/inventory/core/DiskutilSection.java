package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import dev.praxis.inventory.core.Inventory.Disk;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * macOS's {@code diskutil list}: one table per disk, each opened by {@code /dev/disk0 (internal, physical):}, whose
 * row {@code 0:} is the whole disk (its partition scheme, or the container scheme of a synthesized APFS container).
 * Only the physical disks are disks: a {@code synthesized} APFS container is a view of a partition of one of them, a
 * {@code disk image} a file. Sizes are decimal ({@code 500.3 GB} is 500.3 × 10^9 bytes), as everywhere on macOS.
 */
final class DiskutilSection extends DescribedSection {

    /** {@code /dev/disk0 (internal, physical):}, {@code /dev/disk3 (synthesized):}, {@code /dev/disk4 (disk image):}. */
    private static final Pattern DISK = Pattern.compile("^/dev/(disk\\d{1,3})\\s+\\(([^)]{1,60})\\):\\s*$");
    private static final Pattern HEADER = Pattern.compile("^\\s*#:\\s+TYPE\\s+NAME\\s+SIZE\\s+IDENTIFIER\\s*$");
    /** A partition row: its index, then type and name, size ({@code *500.3 GB}, {@code +402.5 GB}) and identifier. */
    private static final Pattern ROW = Pattern.compile(
            "^\\s*(\\d{1,3}):\\s+.*?\\s[*+]?(\\d{1,6}(?:[.,]\\d{1,3})?)\\s+([KMGTP]?B)\\s+(disk\\d{1,3}(?:s\\d{1,3})*)\\s*$");
    /** Lines a disk's table may also hold: a row without size, free space, the physical store of a container. */
    private static final Pattern OTHER = Pattern.compile("^\\s*(?:\\d{1,3}:\\s+\\S.*|\\(free space\\).*"
            + "|Physical Stores?\\s+disk.*|Logical Volume.*|Unencrypted.*|Unlocked Encrypted.*|[0-9A-F-]{36})\\s*$");

    DiskutilSection() {
        super(new Descriptor("diskutil",
                typed -> typed.startsWith("diskutil list") || typed.equals("diskutil"),
                List.of("disks"),
                "diskutil list's tables, each opened by a line like '/dev/disk0 (internal, physical):'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!DISK.matcher(lines.get(index).strip()).matches()) {
            return -1;
        }
        return lines.extent(index + 1, limit, i -> ours(lines.get(i)));
    }

    private static boolean ours(String line) {
        return DISK.matcher(line.strip()).matches() || HEADER.matcher(line).matches()
                || ROW.matcher(line).matches() || OTHER.matcher(line).matches();
    }

    @Override
    public void read(Block block, Facts facts) {
        String disk = null;
        boolean physical = false;
        boolean seen = false;
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i);
            int number = TranscriptLines.number(i);
            Matcher opening = DISK.matcher(line.strip());
            if (opening.matches()) {
                disk = opening.group(1);
                physical = physical(opening.group(2));
                seen = true;
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches() && row.group(1).equals("0") && row.group(4).equals(disk) && physical) {
                Optional<Size> size = Size.parseDecimal(row.group(2), row.group(3));
                if (size.isPresent()) {
                    facts.disk(new Disk(disk, null, size.get().bytes(), size.get().precisionBytes(), null), number);
                } else {
                    facts.problem(number, "the size of " + disk + " like '500.3 GB'");
                }
            }
        }
        if (!seen) {
            throw new UnreadableOutput(block.firstLine(), expected());
        }
        facts.listsDisks = true;
        facts.put(Field.OS_NAME, "macOS", block.firstLine());
    }

    /** {@code internal, physical}, {@code external, physical}, or just {@code internal}: not synthesized or an image. */
    private static boolean physical(String kind) {
        return !kind.contains("synthesized") && !kind.contains("image") && !kind.contains("virtual");
    }
}
