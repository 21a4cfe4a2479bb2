package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code intel_gpu_top -L}: one line per DRM card, {@code card1  Intel Dg2 (Gen12)  pci:vendor=8086,device=56A5,card=0},
 * each followed by its render node ({@code └─renderD129}). It lists every GPU the kernel drives, not only Intel's:
 * the PCI vendor id tells whose ({@code 8086} Intel, {@code 10de} NVIDIA, {@code 1002} AMD); a card it cannot name is
 * shown as {@code 10de:2204} and is listed as the vendor's GPU.
 */
final class IntelGpuTopSection extends DescribedSection {

    private static final Pattern CARD = Pattern.compile(
            "^card\\d{1,2}\\s+(.{1,80}?)\\s+pci:vendor=([0-9A-Fa-f]{4}),device=[0-9A-Fa-f]{4}(?:,card=\\d{1,2})?\\s*$");
    private static final Pattern RENDER = Pattern.compile("^\\s*\\W{0,3}\\s*renderD\\d{1,4}\\s*$");
    private static final Pattern BARE_IDS = Pattern.compile("^[0-9a-fA-F]{4}:[0-9a-fA-F]{4}$");

    IntelGpuTopSection() {
        super(new Descriptor("intel_gpu_top",
                typed -> typed.matches("(?:sudo\\s+)?intel_gpu_top\\b.*"),
                List.of("gpus"),
                "intel_gpu_top -L's lines like 'card0  Intel Alderlake_p (Gen12)  pci:vendor=8086,device=46A6,card=0'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        String first = lines.get(index);
        if (!first.startsWith("card") || !CARD.matcher(first).matches()) {
            return -1;
        }
        int end = index + 1;
        while (end < limit && (CARD.matcher(lines.get(end)).matches() || RENDER.matcher(lines.get(end)).matches())) {
            end++;
        }
        return end;
    }

    @Override
    public void read(Block block, Facts facts) {
        for (int i = block.start(); i < block.end(); i++) {
            Matcher m = CARD.matcher(block.line(i));
            if (!m.matches()) {
                continue;
            }
            String vendor = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "8086" -> "Intel";
                case "10de" -> "NVIDIA";
                case "1002" -> "AMD";
                default -> LspciSection.vendor(m.group(1));
            };
            String name = BARE_IDS.matcher(m.group(1)).matches() ? vendor + " GPU" : m.group(1);
            facts.listsGpus = true;
            facts.gpu(new Gpu(vendor, name, null, null, null, LspciSection.integrated(vendor, name)),
                    "intel_gpu_top", null, TranscriptLines.number(i));
        }
        if (facts.gpus.isEmpty()) {
            throw new UnreadableOutput(block.firstLine(), expected());
        }
    }
}
