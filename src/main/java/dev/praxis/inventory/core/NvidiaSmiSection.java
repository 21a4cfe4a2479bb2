package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Gpu;
import dev.praxis.inventory.core.TranscriptDraft.Command;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv}: a CSV header then one row per GPU.
 * A value nvidia-smi cannot read prints as {@code [N/A]} or {@code [Not Supported]}. When the driver is not
 * loaded, nvidia-smi prints a single "has failed" sentence instead.
 */
final class NvidiaSmiSection implements Section {

    private static final Pattern HEADER = Pattern.compile("^name,\\s*memory\\.total \\[MiB\\],\\s*driver_version$");
    private static final Pattern FAILURE = Pattern.compile("^(?:NVIDIA-SMI has failed|No devices were found|"
            + "Failed to initialize NVML).*$");
    private static final Pattern ROW = Pattern.compile("^(.+?),\\s*(\\d{1,9}) MiB,\\s*(\\S+)$");
    private static final Pattern ROW_NOT_AVAILABLE = Pattern.compile("^(.+?),\\s*(\\[N/A\\]|\\[Not Supported\\]),\\s*(\\S+)$");
    private static final long MIB = 1024L * 1024;

    @Override
    public boolean starts(String line) {
        String stripped = line.strip();
        return HEADER.matcher(stripped).matches() || FAILURE.matcher(stripped).matches();
    }

    @Override
    public int read(TranscriptLines lines, int index, TranscriptDraft draft) {
        int headerNumber = TranscriptLines.number(index);
        TranscriptDraft target = draft.begin(Command.NVIDIA_SMI, headerNumber);
        target.from("gpuTooling.nvidiaSmi", headerNumber);
        String first = lines.get(index).strip();
        if (FAILURE.matcher(first).matches()) {
            if (!first.startsWith("No devices")) {
                target.nvidiaSmiFailureLine = headerNumber;
            }
            return index + 1;
        }
        int i = index + 1;
        while (i < lines.size() && !lines.endsOutput(i)) {
            int number = TranscriptLines.number(i);
            String line = lines.get(i).strip();
            Matcher row = ROW.matcher(line);
            Matcher notAvailable = ROW_NOT_AVAILABLE.matcher(line);
            if (row.matches()) {
                target.smiGpus.add(new Gpu("NVIDIA", row.group(1), Long.parseLong(row.group(2)) * MIB, 0L,
                        value(row.group(3)), false));
            } else if (notAvailable.matches()) {
                target.smiGpus.add(new Gpu("NVIDIA", notAvailable.group(1), null, null, value(notAvailable.group(3)),
                        false));
            } else {
                throw new InventoryParseException(Command.NVIDIA_SMI.label, number,
                        "a CSV row like 'NVIDIA GeForce RTX 3060, 12288 MiB, 550.54.14'");
            }
            target.smiLines.add(number);
            i++;
        }
        return i;
    }

    private static String value(String raw) {
        return raw.startsWith("[") ? null : raw;
    }
}
