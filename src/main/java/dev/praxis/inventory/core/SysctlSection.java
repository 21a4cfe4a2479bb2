package dev.praxis.inventory.core;

import dev.praxis.inventory.core.TranscriptDraft.Command;
import java.util.regex.Pattern;

/**
 * The two bare values of the macOS block: {@code sysctl -n machdep.cpu.brand_string} (e.g. "Apple M2 Pro" or
 * "Intel(R) Core(TM) i9-9880H CPU @ 2.30GHz") and {@code sysctl -n hw.memsize} (the exact memory in bytes).
 */
final class SysctlSection implements Section {

    private static final Pattern BRAND = Pattern.compile(
            "^(?!.*:)(?:Apple M\\d+(?: (?:Pro|Max|Ultra))?|(?:Genuine)?Intel\\(R\\) .+|.+ CPU @ \\d+(?:\\.\\d+)?GHz)$");
    private static final Pattern MEMSIZE = Pattern.compile("^\\d{9,19}$");

    @Override
    public boolean starts(String line) {
        String stripped = line.strip();
        return BRAND.matcher(stripped).matches() || MEMSIZE.matcher(stripped).matches();
    }

    @Override
    public int read(TranscriptLines lines, int index, TranscriptDraft draft) {
        int number = TranscriptLines.number(index);
        String value = lines.get(index).strip();
        if (MEMSIZE.matcher(value).matches()) {
            TranscriptDraft target = draft.begin(Command.SYSCTL_MEMSIZE, number);
            long bytes;
            try {
                bytes = Long.parseLong(value);
            } catch (NumberFormatException tooLarge) {
                throw new InventoryParseException(Command.SYSCTL_MEMSIZE.label, number,
                        "the memory size in bytes, found a number too large to be one");
            }
            target.memoryTotal = Size.exact(bytes);
            target.from("memory.totalBytes", number);
        } else {
            TranscriptDraft target = draft.begin(Command.SYSCTL_BRAND, number);
            target.cpuModel = value;
            target.cpuVendor = value.startsWith("Apple") ? "Apple" : "Intel";
            target.from("cpu.model", number);
        }
        return index + 1;
    }
}
