package dev.praxis.inventory.core;

import dev.praxis.inventory.core.TranscriptDraft.Command;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code free -h}: a header of column names, then labelled rows. The new procps format has an {@code available}
 * column; the old one (procps before 3.3.10) has a {@code -/+ buffers/cache} row whose free value is what
 * applications can still use. German labels ({@code gesamt}, {@code Speicher:}, {@code Auslager:}) and decimal
 * commas are read too.
 */
final class FreeSection implements Section {

    private static final Pattern HEADER = Pattern.compile("^\\s+(total|gesamt)\\s+(used|benutzt)\\s+(free|frei)\\b.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROW = Pattern.compile("^(Mem|Speicher|Swap|Auslager|Total|Gesamt|Low|High"
            + "|-/\\+ buffers/cache|-/\\+ Puffer/Cache):(.*)$", Pattern.CASE_INSENSITIVE);
    private static final String EXPECTED_ROW = "a row like 'Mem:  15Gi  4.2Gi ...' with sizes such as 4.2Gi, 512M or 0B";

    @Override
    public boolean starts(String line) {
        return HEADER.matcher(line).matches();
    }

    @Override
    public int read(TranscriptLines lines, int index, TranscriptDraft draft) {
        int headerNumber = TranscriptLines.number(index);
        TranscriptDraft target = draft.begin(Command.FREE, headerNumber);
        List<String> columns = List.of(lines.get(index).strip().toLowerCase(Locale.ROOT).split("\\s+"));
        int available = Math.max(columns.indexOf("available"), columns.indexOf("verfügbar"));
        int i = index + 1;
        boolean sawMemory = false;
        while (i < lines.size() && !lines.isBlank(i) && !lines.opensSection(i)) {
            var row = ROW.matcher(lines.get(i).strip());
            if (!row.matches()) {
                break;
            }
            String label = row.group(1).toLowerCase(Locale.ROOT);
            String[] values = row.group(2).strip().split("\\s+");
            int number = TranscriptLines.number(i);
            if (label.equals("mem") || label.equals("speicher")) {
                sawMemory = true;
                target.memoryTotal = size(values, 0, number);
                target.from("memory.totalBytes", number);
                if (available >= 0) {
                    target.memoryAvailable = size(values, available, number);
                    target.from("memory.availableBytes", number);
                }
            } else if (label.startsWith("-/+")) {
                target.memoryAvailable = size(values, 1, number);
                target.from("memory.availableBytes", number);
            } else if (label.equals("swap") || label.equals("auslager")) {
                target.swapTotal = size(values, 0, number);
                target.from("memory.swapTotalBytes", number);
            }
            i++;
        }
        if (!sawMemory) {
            throw new InventoryParseException(Command.FREE.label, TranscriptLines.number(Math.min(i, lines.size() - 1)),
                    "a 'Mem:' row after the header at line " + headerNumber);
        }
        return i;
    }

    private static Size size(String[] values, int column, int number) {
        if (column >= values.length) {
            throw new InventoryParseException(Command.FREE.label, number, EXPECTED_ROW);
        }
        return Size.parse(values[column], 1024)
                .orElseThrow(() -> new InventoryParseException(Command.FREE.label, number, EXPECTED_ROW));
    }
}
