package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Disk;
import dev.praxis.inventory.core.TranscriptDraft.Command;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lsblk -o NAME,SIZE,TYPE,MOUNTPOINT}: whole disks are the rows of type {@code disk}; partitions hang under
 * them behind tree glyphs ({@code ├─ └─}, or {@code |- `-} with {@code -i}). These columns show neither the model
 * nor whether a disk rotates, so only NVMe (by its name) gets a type.
 */
final class LsblkSection implements Section {

    private static final Pattern HEADER = Pattern.compile("^NAME\\s+SIZE\\s+TYPE(?:\\s+MOUNTPOINTS?)?$");
    private static final Pattern ROW = Pattern.compile(
            "^([\\s\u2502\u251C\u2514\u2500|`-]*)(\\S+)\\s+(\\S+)\\s+([a-z0-9-]+)(?:\\s+(.*))?$");
    private static final Pattern EXTRA_MOUNTPOINT = Pattern.compile("^[\\s\u2502]+(/\\S*|\\[SWAP\\])$");
    private static final Pattern VIRTUAL = Pattern.compile("^(zram|ram|loop)\\d+$");

    @Override
    public boolean starts(String line) {
        return HEADER.matcher(line.strip()).matches();
    }

    @Override
    public int read(TranscriptLines lines, int index, TranscriptDraft draft) {
        TranscriptDraft target = draft.begin(Command.LSBLK, TranscriptLines.number(index));
        int i = index + 1;
        while (i < lines.size() && !lines.endsOutput(i)) {
            int number = TranscriptLines.number(i);
            String line = lines.get(i);
            if (!EXTRA_MOUNTPOINT.matcher(line).matches()) {
                Matcher m = ROW.matcher(line);
                if (!m.matches()) {
                    throw new InventoryParseException(Command.LSBLK.label, number,
                            "a row like 'nvme0n1  476.9G disk' (name, size, type, optional mount point)");
                }
                addDisk(target, m, number);
            }
            i++;
        }
        return i;
    }

    private static void addDisk(TranscriptDraft target, Matcher m, int number) {
        String name = m.group(2);
        if (!m.group(4).equals("disk") || VIRTUAL.matcher(name).matches()) {
            return;
        }
        Size size = Size.parse(m.group(3), 1).orElseThrow(() -> new InventoryParseException(Command.LSBLK.label,
                number, "a size like 476.9G in the SIZE column, found '" + m.group(3) + "'"));
        target.diskLines.add(number);
        target.disks.add(new Disk(name, null, size.bytes(), size.precisionBytes(),
                name.startsWith("nvme") ? DiskType.NVME : null));
    }
}
