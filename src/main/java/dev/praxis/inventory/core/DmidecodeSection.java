package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dmidecode -t memory} (or the memory part of a full dump): the installed memory is the sum of the
 * {@code Size} of each populated {@code Memory Device}. When the arrays announce more devices ({@code Number Of
 * Devices}) than the output shows, the output was cut and the total is not given. {@code dmidecode | grep Size}
 * (only the devices' {@code Size:} lines, typed after dmidecode) is summed the same way. {@code Processor
 * Information} records (type 4) give the CPU model from their {@code Version} line, and the cores and threads summed
 * over the populated sockets when every one of them shows its counts. Other DMI records are recognised and left
 * unread.
 */
final class DmidecodeSection extends DescribedSection {

    private static final Pattern OPENING = Pattern.compile("^(?:#\\s*dmidecode\\s+[\\d.]+|Getting SMBIOS data from .*"
            + "|SMBIOS [\\d.]+ present\\.?|Handle 0x[0-9A-Fa-f]{4}, DMI type \\d{1,3}, \\d{1,4} bytes)$");
    private static final Pattern HANDLE = Pattern.compile("^Handle 0x[0-9A-Fa-f]{4}, DMI type (\\d{1,3}), .*");
    private static final Pattern SIZE = Pattern.compile("^Size:\\s*(\\d{1,9})\\s*([kKMGT]B)$");
    private static final Pattern DEVICES = Pattern.compile("^Number Of Devices:\\s*(\\d{1,4})$");
    /** A memory device's size line as {@code grep Size} leaves it, or an empty slot. */
    private static final Pattern GREPPED = Pattern.compile("^Size:\\s*(?:\\d{1,9}\\s*[kKMGT]B|No Module Installed)$");
    private static final Pattern VERSION = Pattern.compile("^Version:\\s*(\\S.*)$");
    private static final Pattern COUNT = Pattern.compile("^(Core|Thread) Count:\\s*(\\d{1,4})$");

    DmidecodeSection() {
        super(new Descriptor("dmidecode",
                typed -> typed.matches("dmidecode\\b.*"),
                List.of("memory.totalBytes", "cpu.model"),
                "dmidecode's Memory Device records with lines like 'Size: 8192 MB'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (typed != null && answers(typed) && GREPPED.matcher(lines.get(index).strip()).matches()) {
            return lines.extent(index + 1, limit, i -> GREPPED.matcher(lines.get(i).strip()).matches());
        }
        if (!OPENING.matcher(lines.get(index).strip()).matches()) {
            return -1;
        }
        // a record: its handle line, its title, then indented lines; blank lines between records
        return lines.extent(index + 1, limit, i -> {
            String line = lines.get(i);
            return OPENING.matcher(line.strip()).matches() || Character.isWhitespace(line.charAt(0))
                    || i > 0 && HANDLE.matcher(lines.get(i - 1).strip()).matches()
                    || line.strip().matches("(?:Table at 0x[0-9A-Fa-f]+\\.|\\d+ structures occupying \\d+ bytes\\.)");
        });
    }

    @Override
    public void read(Block block, Facts facts) {
        if (GREPPED.matcher(block.line(block.start()).strip()).matches()) {
            grepped(block, facts);
            return;
        }
        processors(block, facts);
        long total = 0;
        int devices = 0;
        int announced = 0;
        int type = -1;
        boolean systemArray = true;
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i).strip();
            Matcher handle = HANDLE.matcher(line);
            if (handle.matches()) {
                type = Integer.parseInt(handle.group(1));
                devices += type == 17 ? 1 : 0;
                systemArray = true;
                continue;
            }
            Matcher announces = DEVICES.matcher(line);
            if (type == 16 && line.startsWith("Use:")) {
                systemArray = line.endsWith("System Memory");
            } else if (type == 16 && systemArray && announces.matches()) {
                announced += Integer.parseInt(announces.group(1));
            }
            Matcher size = SIZE.matcher(line);
            if (type == 17 && size.matches()) {
                Optional<Size> bytes = Size.parse(size.group(1) + size.group(2).charAt(0), 1024);
                total += bytes.map(Size::bytes).orElse(0L);
            }
        }
        if (devices == 0) {
            if (!facts.values.isEmpty()) {
                return;
            }
            facts.notes.add("the dmidecode output at line " + block.firstLine() + " shows no memory device");
            return;
        }
        if (announced > devices) {
            facts.problem(block.lastLine(), "all " + announced + " memory devices the arrays announce; the output"
                    + " stops after " + devices);
            return;
        }
        if (total > 0) {
            facts.put(Field.MEMORY_TOTAL, Size.exact(total), block.firstLine());
        }
    }

    /** {@code dmidecode -t memory | grep Size}: each device's size, empty slots adding nothing. */
    private static void grepped(Block block, Facts facts) {
        long total = 0;
        for (int i = block.start(); i < block.end(); i++) {
            Matcher size = SIZE.matcher(block.line(i).strip());
            if (size.matches()) {
                total += Size.parse(size.group(1) + size.group(2).charAt(0), 1024).map(Size::bytes).orElse(0L);
            }
        }
        if (total == 0) {
            throw new UnreadableOutput(block.firstLine(), "a memory device's size such as 'Size: 8192 MB'");
        }
        facts.put(Field.MEMORY_TOTAL, Size.exact(total), block.firstLine());
    }

    /**
     * Type 4 records: the first populated socket's {@code Version} is the model; cores and threads are summed over
     * the populated sockets, and given only when every one of them shows both (an output cut inside a record does not).
     */
    private static void processors(Block block, Facts facts) {
        int type = -1;
        boolean populated = true;
        int sockets = 0;
        int cores = 0;
        int threads = 0;
        int counted = 0;
        int shown = 0;
        int first = 0;
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i).strip();
            Matcher handle = HANDLE.matcher(line);
            if (handle.matches()) {
                type = Integer.parseInt(handle.group(1));
                populated = true;
                continue;
            }
            if (type != 4) {
                continue;
            }
            Matcher version = VERSION.matcher(line);
            Matcher count = COUNT.matcher(line);
            if (line.startsWith("Status:")) {
                populated = line.contains("Populated") && !line.contains("Unpopulated");
                sockets += populated ? 1 : 0;
            } else if (version.matches() && populated && !facts.values.containsKey(Field.CPU_MODEL)
                    && !version.group(1).matches("(?i)Not Specified|Unknown|None|To Be Filled By O\\.E\\.M\\.")) {
                first = TranscriptLines.number(i);
                facts.put(Field.CPU_MODEL, version.group(1).strip(), first);
            } else if (count.matches() && populated) {
                boolean core = count.group(1).equals("Core");
                cores += core ? Integer.parseInt(count.group(2)) : 0;
                threads += core ? 0 : Integer.parseInt(count.group(2));
                counted += core ? 1 : 0;
                shown += core ? 0 : 1;
            }
        }
        if (sockets > 0 && counted == sockets && shown == sockets && cores > 0 && threads >= cores) {
            facts.put(Field.CPU_PHYSICAL_CORES, cores, first);
            facts.put(Field.CPU_LOGICAL_CORES, threads, first);
        }
    }
}
