package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.TranscriptDraft.Command;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code df -h} on Linux (GNU, English or German header) and macOS (with the inode columns). A long device name
 * may stand alone on its line with the numbers wrapped onto the next. Pseudo file systems (tmpfs, devfs, snap
 * loop devices) are counted but not listed: they say nothing about the learner's storage.
 */
final class DfSection implements Section {

    private static final Pattern HEADER = Pattern.compile(
            "^(?:Filesystem|Dateisystem)\\s+(Size|Größe|1K-blocks|1K-Blöcke|1024-blocks|512-blocks)\\s+.*"
                    + "(?:Mounted on|Eingehängt auf)$", Pattern.CASE_INSENSITIVE);
    private static final String SIZE = "(\\d[\\d.,]*(?:[KMGTPE]i?B?|Bi|B)?)";
    private static final String PERCENT = "(\\d{1,3}%|-)";
    private static final String NUMBERS = SIZE + "\\s+" + SIZE + "\\s+" + SIZE + "\\s+" + PERCENT
            + "\\s+(?:\\S+\\s+\\S+\\s+(?:\\d{1,3}%|-)\\s+)?(/.*)";
    private static final Pattern ROW = Pattern.compile("^(\\S.*?)\\s+" + NUMBERS + "$");
    private static final Pattern WRAPPED_NUMBERS = Pattern.compile("^\\s+" + NUMBERS + "$");
    private static final Pattern LONE_DEVICE = Pattern.compile("^(\\S+)$");
    private static final String EXPECTED = "a row like '/dev/sda1  50G  20G  28G  42% /' "
            + "(device, size, used, available, use%, mount point)";

    @Override
    public boolean starts(String line) {
        return HEADER.matcher(line.strip()).matches();
    }

    @Override
    public int read(TranscriptLines lines, int index, TranscriptDraft draft) {
        String header = lines.get(index);
        TranscriptDraft target = draft.begin(Command.DF, TranscriptLines.number(index));
        long bareUnit = header.contains("512-") ? 512 : 1024;
        boolean human = header.contains("Size") || header.contains("Größe") || header.contains("size");
        if (header.contains("Capacity") || header.contains("iused")) {
            target.macDf = true;
        }
        int i = index + 1;
        while (i < lines.size() && !lines.endsOutput(i)) {
            int number = TranscriptLines.number(i);
            Matcher row = ROW.matcher(lines.get(i));
            String device;
            Matcher numbers;
            if (row.matches()) {
                device = row.group(1);
                numbers = row;
            } else {
                Matcher lone = LONE_DEVICE.matcher(lines.get(i).strip());
                Matcher next = i + 1 < lines.size() ? WRAPPED_NUMBERS.matcher(lines.get(i + 1)) : null;
                if (!lone.matches() || next == null || !next.matches()) {
                    throw new InventoryParseException(Command.DF.label, number, EXPECTED);
                }
                device = lone.group(1);
                numbers = next;
                i++;
            }
            int offset = numbers == row ? 1 : 0;
            add(target, device, numbers, offset, human ? 1024 : bareUnit, number);
            i++;
        }
        return i;
    }

    private static void add(TranscriptDraft target, String device, Matcher m, int offset, long bareUnit, int number) {
        Size size = size(m.group(1 + offset), bareUnit, number);
        Size used = size(m.group(2 + offset), bareUnit, number);
        Size available = size(m.group(3 + offset), bareUnit, number);
        String percent = m.group(4 + offset);
        String mount = m.group(5 + offset).strip();
        if (isPseudo(device)) {
            target.pseudoFilesystemsSkipped++;
            return;
        }
        Integer usePercent = percent.equals("-") ? null : Integer.valueOf(percent.substring(0, percent.length() - 1));
        target.filesystemLines.add(number);
        target.filesystems.add(new Filesystem(device, mount, null, size.bytes(), size.precisionBytes(), used.bytes(),
                used.precisionBytes(), available.bytes(), available.precisionBytes(), usePercent, false));
    }

    private static boolean isPseudo(String device) {
        boolean real = device.startsWith("/") || device.contains(":");
        return !real || device.matches("/dev/loop\\d+");
    }

    private static Size size(String token, long bareUnit, int number) {
        return Size.parse(token, bareUnit).orElseThrow(() -> new InventoryParseException(Command.DF.label, number,
                "a size like 50G, 1,9G or 460Gi, found '" + token + "'"));
    }
}
