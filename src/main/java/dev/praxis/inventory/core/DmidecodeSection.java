package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dmidecode -t memory} (or the memory part of a full dump): the installed memory is the sum of the
 * {@code Size} of each populated {@code Memory Device}. When the arrays announce more devices ({@code Number Of
 * Devices}) than the output shows, the output was cut and the total is not given. Other DMI records are recognised
 * and left unread.
 */
final class DmidecodeSection implements Section {

    private static final Pattern OPENING = Pattern.compile("^(?:#\\s*dmidecode\\s+[\\d.]+|Getting SMBIOS data from .*"
            + "|SMBIOS [\\d.]+ present\\.?|Handle 0x[0-9A-Fa-f]{4}, DMI type \\d{1,3}, \\d{1,4} bytes)$");
    private static final Pattern HANDLE = Pattern.compile("^Handle 0x[0-9A-Fa-f]{4}, DMI type (\\d{1,3}), .*");
    private static final Pattern SIZE = Pattern.compile("^Size:\\s*(\\d{1,9})\\s*([kKMGT]B)$");
    private static final Pattern DEVICES = Pattern.compile("^Number Of Devices:\\s*(\\d{1,4})$");

    @Override
    public String command() {
        return "dmidecode";
    }

    @Override
    public boolean answers(String typed) {
        return typed.matches("dmidecode\\b.*");
    }

    @Override
    public List<String> gives() {
        return List.of("memory.totalBytes");
    }

    @Override
    public String expected() {
        return "dmidecode's Memory Device records with lines like 'Size: 8192 MB'";
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
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
}
