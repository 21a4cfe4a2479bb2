package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Filesystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PowerShell's {@code Get-PSDrive}: a table under {@code Name  Used (GB)  Free (GB)  Provider  Root}, its columns
 * underlined with dashes. Each {@code FileSystem} drive with figures is a file system mounted at its root, used and
 * free in GiB with two decimals; drives of other providers ({@code Alias}, {@code Env}, {@code HKLM}) are skipped.
 */
final class PsDriveSection extends DescribedSection {

    private static final Pattern HEADER = Pattern.compile("^Name\\s+Used \\(GB\\)\\s+Free \\(GB\\)\\s+Provider\\s+Root\\b.*");
    private static final Pattern DASHES = Pattern.compile("^-+(?:\\s+-+)+$");
    private static final Pattern FIGURE = Pattern.compile("\\d{1,12}(?:\\.\\d{1,4})?");

    PsDriveSection() {
        super(new Descriptor("Get-PSDrive",
                typed -> typed.toLowerCase(java.util.Locale.ROOT).matches("(?:get-psdrive|gdr)\\b.*"),
                List.of("filesystems"),
                "Get-PSDrive's table: 'Name  Used (GB)  Free (GB)  Provider  Root', dashes, a row per drive"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!HEADER.matcher(lines.get(index).strip()).matches() || index + 1 >= limit
                || !DASHES.matcher(lines.get(index + 1).strip()).matches()) {
            return -1;
        }
        int i = index + 2;
        while (i < limit && lines.isText(i)) {
            i++;
        }
        return i;
    }

    @Override
    public void read(Block block, Facts facts) {
        List<int[]> spans = new ArrayList<>();
        Matcher dash = Pattern.compile("-+").matcher(block.line(block.start() + 1));
        while (dash.find()) {
            spans.add(new int[] {dash.start(), dash.end()});
        }
        if (spans.size() < 5) {
            throw new UnreadableOutput(block.firstLine() + 1, "a run of dashes under each column name");
        }
        facts.listsFilesystems = true;
        for (int i = block.start() + 2; i < block.end(); i++) {
            String[] cells = WmiSection.cells(block.line(i), spans);
            if (!cells[3].equals("FileSystem") || !FIGURE.matcher(cells[1]).matches()
                    || !FIGURE.matcher(cells[2]).matches()) {
                continue;
            }
            Optional<Size> used = Size.parse(cells[1] + "G", 1);
            Optional<Size> free = Size.parse(cells[2] + "G", 1);
            if (used.isEmpty() || free.isEmpty()) {
                continue;
            }
            long size = used.get().bytes() + free.get().bytes();
            long precision = used.get().precisionBytes() + free.get().precisionBytes();
            facts.filesystem(new Filesystem(cells[0], cells[4], null, size, precision, used.get().bytes(),
                    used.get().precisionBytes(), free.get().bytes(), free.get().precisionBytes(), null, false),
                    TranscriptLines.number(i));
        }
    }
}
