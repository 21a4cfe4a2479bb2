package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import dev.praxis.inventory.core.Inventory.Disk;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PowerShell's {@code Get-PhysicalDisk} and {@code Get-Disk} tables: a header naming {@code FriendlyName} (or
 * {@code Friendly Name}) and a size column ({@code Size}, {@code Total Size}), underlined with dashes, then one row
 * per disk. The size is printed as a number and a unit ({@code 3.64 TB}, {@code 978.09 GB}) that PowerShell counts in
 * powers of 1024; {@code MediaType} ({@code SSD}, {@code HDD}) or {@code BusType NVMe} gives the kind.
 */
final class PhysicalDiskSection extends DescribedSection {

    private static final Pattern HEADER = Pattern.compile("^(?:Number\\s+|DeviceId\\s+)?Friendly ?Name\\s.*\\b(?:Total )?Size\\b.*");
    private static final Pattern DASHES = Pattern.compile("^-+(?:\\s+-+)+$");
    private static final Pattern SIZE = Pattern.compile("(?<=\\s)(\\d{1,6}(?:\\.\\d{1,3})?) ([KMGTP])B(?=\\s|$)");

    PhysicalDiskSection() {
        super(new Descriptor("Get-PhysicalDisk",
                typed -> typed.toLowerCase(Locale.ROOT).matches("get-(?:physical)?disk\\b.*"),
                List.of("disks"),
                "a table with FriendlyName and Size columns, underlined with dashes, and one row per disk"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!lines.get(index).contains("Friendly") || !HEADER.matcher(lines.get(index).strip()).matches()
                || index + 1 >= limit
                || !DASHES.matcher(lines.get(index + 1).strip()).matches()) {
            return -1;
        }
        return lines.extent(index + 2, limit, i -> !lines.get(i).isBlank());
    }

    @Override
    public void read(Block block, Facts facts) {
        String header = block.line(block.start());
        int nameStart = header.indexOf("Friendly");
        int nameEnd = nextColumn(block.line(block.start() + 1), nameStart);
        int media = header.indexOf("MediaType");
        int bus = header.indexOf("BusType");
        for (int i = block.start() + 2; i < block.end(); i++) {
            String line = block.line(i);
            Matcher size = SIZE.matcher(line);
            if (line.length() <= nameStart || !size.find() || size.start() < nameEnd) {
                facts.problem(TranscriptLines.number(i), "a disk's row with its size, like '… 978.09 GB'");
                continue;
            }
            String name = line.substring(nameStart, Math.min(nameEnd, line.length())).strip();
            Size bytes = Size.parse(size.group(1) + size.group(2), 1).orElse(null);
            if (name.isEmpty() || bytes == null) {
                continue;
            }
            facts.disk(new Disk(name, name, bytes.bytes(), bytes.precisionBytes(), type(cell(line, media),
                    cell(line, bus))), TranscriptLines.number(i));
        }
        if (facts.disks.isEmpty()) {
            throw new UnreadableOutput(block.firstLine(), expected());
        }
        facts.put(Field.OS_NAME, "Windows", block.firstLine());
    }

    /** Where the column after the one whose dashes start at {@code start} begins: its own dashes. */
    private static int nextColumn(String rule, int start) {
        int i = start;
        while (i < rule.length() && rule.charAt(i) == '-') {
            i++;
        }
        while (i < rule.length() && rule.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String cell(String line, int start) {
        if (start < 0 || start >= line.length()) {
            return "";
        }
        int end = line.indexOf(' ', start);
        return line.substring(start, end < 0 ? line.length() : end);
    }

    private static DiskType type(String media, String bus) {
        if (bus.equalsIgnoreCase("NVMe")) {
            return DiskType.NVME;
        }
        return switch (media.toUpperCase(Locale.ROOT)) {
            case "SSD" -> DiskType.SSD;
            case "HDD" -> DiskType.HDD;
            default -> null;
        };
    }
}
