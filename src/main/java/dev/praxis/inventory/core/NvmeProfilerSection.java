package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Disk;
import dev.praxis.inventory.core.ProfilerBlocks.Block;
import dev.praxis.inventory.core.TranscriptDraft.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code system_profiler SPNVMeDataType}: one block per NVMe drive with its model, BSD name and capacity. The
 * capacity line carries the exact byte count in parentheses, e.g. {@code 500.28 GB (500,277,790,720 bytes)}.
 * Macs without NVMe print nothing at all.
 */
final class NvmeProfilerSection implements Section {

    private static final Pattern TITLE = Pattern.compile("^NVMExpress:$");
    private static final Pattern EXACT = Pattern.compile(".*\\(([\\d,.\u00A0 ]{1,40}) (?:bytes|Byte|octets)\\).*");
    private static final Pattern ROUNDED = Pattern.compile("^(\\d{1,6}(?:[.,]\\d{1,3})?)\\s*([KMGTP]?B)\\b.*$");

    @Override
    public boolean starts(String line) {
        return TITLE.matcher(line.strip()).matches();
    }

    @Override
    public int read(TranscriptLines lines, int index, TranscriptDraft draft) {
        TranscriptDraft target = draft.begin(Command.SP_NVME, TranscriptLines.number(index));
        List<Block> blocks = new ArrayList<>();
        int end = ProfilerBlocks.read(lines, index, blocks);
        for (Block block : blocks) {
            String capacity = block.values().get("Capacity");
            if (capacity == null) {
                continue;
            }
            Size size = capacity(capacity).orElseThrow(() -> new InventoryParseException(Command.SP_NVME.label,
                    block.line(), "a capacity like '500.28 GB (500,277,790,720 bytes)'"));
            String name = block.values().getOrDefault("BSD Name", block.heading());
            String model = block.values().getOrDefault("Model", block.heading());
            target.disks.add(new Disk(name, model, size.bytes(), size.precisionBytes(), DiskType.NVME));
            target.diskLines.add(block.line());
        }
        return end;
    }

    private static Optional<Size> capacity(String text) {
        Matcher exact = EXACT.matcher(text);
        if (exact.matches()) {
            String digits = exact.group(1).replaceAll("[,.\u00A0 ]", "");
            if (!digits.isEmpty() && digits.length() <= 18) {
                return Optional.of(Size.exact(Long.parseLong(digits)));
            }
            return Optional.empty();
        }
        Matcher rounded = ROUNDED.matcher(text.strip());
        return rounded.matches() ? Size.parseDecimal(rounded.group(1), rounded.group(2)) : Optional.empty();
    }
}
