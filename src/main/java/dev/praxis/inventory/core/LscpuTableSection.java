package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tables of {@code lscpu -e} (a header such as {@code CPU NODE SOCKET CORE L1d:L1i:L2:L3 ONLINE MAXMHZ})
 * and {@code lscpu -p} ({@code # CPU,Core,Socket,...} after a comment). One row per logical CPU: the highest CPU
 * number gives the count when no CPU is missing (then distinct cores give the physical cores), and the
 * highest MAXMHZ the maximum frequency.
 */
final class LscpuTableSection extends DescribedSection {

    private static final Pattern PARSE_HEADER = Pattern.compile("^# ?CPU,Core(?:,[\\w-]*)*$");
    private static final Pattern PARSE_ROW = Pattern.compile("^\\d{1,5}(?:,[\\w:.-]*)+$");
    private static final Pattern EXTENDED_HEADER = Pattern.compile("^\\s*CPU\\s+(?:NODE\\s+|DRAWER\\s+|BOOK\\s+)*"
            + "(?:SOCKET\\s+)?CORE(?:\\s+\\S+)*$");
    private static final Pattern EXTENDED_ROW = Pattern.compile("^\\s*\\d{1,5}(?:\\s+\\S+)+$");

    LscpuTableSection() {
        super(new Descriptor("lscpu",
                typed -> typed.matches("lscpu\\s+(?:-\\w*[ep]|--(?:extended|parse)).*"),
                List.of("cpu.logicalCores", "cpu.physicalCores"),
                "lscpu -e's table (CPU NODE SOCKET CORE ... rows) or lscpu -p's '# CPU,Core,Socket,...' rows"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        int i = index;
        while (i < limit && lines.get(i).startsWith("# ") && !PARSE_HEADER.matcher(lines.get(i)).matches()) {
            i++;
        }
        Pattern row;
        if (i < limit && PARSE_HEADER.matcher(lines.get(i)).matches()) {
            row = PARSE_ROW;
        } else if (i == index && EXTENDED_HEADER.matcher(lines.get(i)).matches()) {
            row = EXTENDED_ROW;
        } else {
            return -1;
        }
        int rows = i + 1;
        while (rows < limit && row.matcher(lines.get(rows)).matches()) {
            rows++;
        }
        return rows > i + 1 ? rows : -1;
    }

    @Override
    public void read(Block block, Facts facts) {
        int header = block.start();
        while (!PARSE_HEADER.matcher(block.line(header)).matches()
                && !EXTENDED_HEADER.matcher(block.line(header)).matches()) {
            header++;
        }
        boolean parse = block.line(header).startsWith("#");
        List<String> columns = List.of(block.line(header).replaceFirst("^#\\s*", "").strip()
                .toUpperCase(Locale.ROOT).split(parse ? "," : "\\s+"));
        int core = columns.indexOf("CORE");
        int socket = columns.indexOf("SOCKET");
        int maxMhz = columns.indexOf("MAXMHZ");
        int highest = -1;
        int rows = 0;
        Set<String> cores = new HashSet<>();
        Long maxHz = null;
        for (int i = header + 1; i < block.end(); i++) {
            String[] cells = block.line(i).strip().split(parse ? "," : "\\s+", -1);
            rows++;
            highest = Math.max(highest, Integer.parseInt(cells[0]));
            if (core >= 0 && core < cells.length) {
                cores.add((socket >= 0 && socket < cells.length ? cells[socket] : "") + "/" + cells[core]);
            }
            if (maxMhz >= 0 && maxMhz < cells.length) {
                Long hz = LscpuSection.megahertz(cells[maxMhz]);
                maxHz = hz != null && (maxHz == null || hz > maxHz) ? hz : maxHz;
            }
        }
        int line = TranscriptLines.number(header + 1);
        // CPU numbers with gaps (offline or absent CPUs) leave the count open
        if (rows == highest + 1) {
            facts.put(Field.CPU_LOGICAL_CORES, rows, line);
            if (!cores.isEmpty() && cores.stream().noneMatch(c -> c.endsWith("/-"))) {
                facts.put(Field.TABLE_CORES, cores.size(), line);
            }
        }
        facts.put(Field.CPU_MAX_HZ, maxHz, line);
    }
}
