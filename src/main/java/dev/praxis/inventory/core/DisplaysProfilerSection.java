package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Gpu;
import dev.praxis.inventory.core.ProfilerBlocks.Block;
import dev.praxis.inventory.core.TranscriptDraft.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code system_profiler SPDisplaysDataType}: one block per GPU. Apple Silicon GPUs share the unified memory and
 * print no VRAM; Intel Macs print {@code VRAM (Total)} for a discrete GPU and {@code VRAM (Dynamic, Max)} for
 * the integrated one. macOS does not show a driver version.
 */
final class DisplaysProfilerSection implements Section {

    private static final Pattern TITLE = Pattern.compile("^Graphics/Displays:$");
    private static final Pattern VRAM = Pattern.compile("^(\\d{1,7})\\s*(MB|GB)$");
    private static final Pattern VENDOR = Pattern.compile("^(?:sppci_vendor_)?([A-Za-z]+).*$");

    @Override
    public boolean starts(String line) {
        return TITLE.matcher(line.strip()).matches();
    }

    @Override
    public int read(TranscriptLines lines, int index, TranscriptDraft draft) {
        TranscriptDraft target = draft.begin(Command.SP_DISPLAYS, TranscriptLines.number(index));
        List<Block> blocks = new ArrayList<>();
        int end = ProfilerBlocks.read(lines, index, blocks);
        for (Block block : blocks) {
            String name = block.values().getOrDefault("Chipset Model", block.heading());
            String vendor = vendor(block.values().getOrDefault("Vendor", name));
            String vramText = block.values().getOrDefault("VRAM (Total)", block.values().get("VRAM (Dynamic, Max)"));
            Long vram = vramText == null ? null : vram(vramText, block.line());
            boolean builtIn = "Built-In".equalsIgnoreCase(block.values().get("Bus")) || vendor.equals("Apple")
                    || block.values().containsKey("VRAM (Dynamic, Max)");
            boolean shared = vendor.equals("Apple") || block.values().containsKey("VRAM (Dynamic, Max)");
            target.profilerGpus.add(new Gpu(vendor, name, shared ? null : vram, shared || vram == null ? null : 0L,
                    null, builtIn));
            target.profilerLines.add(block.line());
        }
        return end;
    }

    private static String vendor(String text) {
        Matcher m = VENDOR.matcher(text.strip());
        String word = m.matches() ? m.group(1) : text;
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "apple" -> "Apple";
            case "amd", "ati" -> "AMD";
            case "intel" -> "Intel";
            case "nvidia" -> "NVIDIA";
            default -> word;
        };
    }

    private static long vram(String text, int line) {
        Matcher m = VRAM.matcher(text.strip());
        if (!m.matches()) {
            throw new InventoryParseException(Command.SP_DISPLAYS.label, line, "a VRAM size like '8 GB' or '1536 MB'");
        }
        long mib = Long.parseLong(m.group(1)) * (m.group(2).equals("GB") ? 1024 : 1);
        return mib * 1024 * 1024;
    }
}
