package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Filesystem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HP-UX {@code df -k}: four lines per file system, the mount point and device in brackets on the first,
 * <pre>
 * /home   (/dev/vg00/lvol5  ) : 10404136 total allocated Kb
 *                               10381144 free allocated Kb
 *                                  22992 used allocated Kb
 *                                      1 % allocation used
 * </pre>
 * Sizes are kibibytes; {@code free} is the available space. Text before the mount point on the first line (a tool's
 * message quoting the output) is ignored.
 */
final class HpuxDfSection extends DescribedSection {

    private static final Pattern FIRST = Pattern.compile("(?:^|[\\s'\"`])(/\\S*)\\s+\\(\\s*([^()]*?)\\s*\\)\\s*:\\s*"
            + "(\\d{1,18})\\s+total allocated Kb\\s*$");
    private static final Pattern FIGURE = Pattern.compile("^(\\d{1,18})\\s+(free|used) allocated Kb$");
    private static final Pattern PERCENT = Pattern.compile("^(\\d{1,3})\\s*% allocation used$");

    HpuxDfSection() {
        super(new Descriptor("df",
                typed -> typed.startsWith("df") || typed.startsWith("bdf"),
                List.of("filesystems"),
                "HP-UX df -k lines like '/home (/dev/vg00/lvol5 ) : 10404136 total allocated Kb'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!FIRST.matcher(lines.get(index)).find()) {
            return -1;
        }
        int i = index + 1;
        while (i < limit && lines.isText(i)) {
            String line = lines.get(i).strip();
            if (!FIRST.matcher(line).find() && !FIGURE.matcher(line).matches() && !PERCENT.matcher(line).matches()) {
                break;
            }
            i++;
        }
        return i;
    }

    @Override
    public void read(Block block, Facts facts) {
        facts.listsFilesystems = true;
        int i = block.start();
        while (i < block.end()) {
            Matcher first = FIRST.matcher(block.line(i));
            int number = TranscriptLines.number(i);
            i++;
            if (!first.find()) {
                continue;
            }
            Long free = null;
            Long used = null;
            Integer percent = null;
            while (i < block.end() && !FIRST.matcher(block.line(i)).find()) {
                String line = block.line(i).strip();
                Matcher figure = FIGURE.matcher(line);
                Matcher share = PERCENT.matcher(line);
                if (figure.matches() && figure.group(2).equals("free")) {
                    free = Long.parseLong(figure.group(1)) * 1024;
                } else if (figure.matches()) {
                    used = Long.parseLong(figure.group(1)) * 1024;
                } else if (share.matches()) {
                    percent = Integer.valueOf(share.group(1));
                }
                i++;
            }
            String mount = first.group(1);
            String device = first.group(2);
            if (DfSection.isPseudo(device, mount, null)) {
                facts.pseudoFilesystemsSkipped++;
                continue;
            }
            facts.filesystem(new Filesystem(device, mount, null, Long.parseLong(first.group(3)) * 1024, 0L, used,
                    used == null ? null : 0L, free, free == null ? null : 0L, percent, false), number);
        }
    }
}
