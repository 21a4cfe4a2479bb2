package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Gpu;
import dev.praxis.inventory.core.TranscriptDraft.Command;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lspci | grep -Ei 'vga|3d|display'}: one line per display controller, e.g.
 * {@code 01:00.0 VGA compatible controller: NVIDIA Corporation GA104 [GeForce RTX 3070] (rev a1)}. lspci knows
 * neither VRAM nor the driver; nvidia-smi fills those in for NVIDIA cards.
 */
final class LspciSection implements Section {

    private static final Pattern DEVICE = Pattern.compile("^(?:[0-9a-fA-F]{4}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7]\\s+"
            + "(?:VGA compatible controller|3D controller|Display controller)(?: \\[[0-9a-fA-F]{4}\\])?:\\s+(.+)$");
    private static final Pattern REVISION = Pattern.compile("\\s*\\(rev [0-9a-fA-F]+\\)$");
    private static final Pattern VENDOR_PREFIX = Pattern.compile(
            "^(?:NVIDIA Corporation|Advanced Micro Devices, Inc\\. \\[AMD/ATI\\]|Intel Corporation)\\s+");
    private static final Pattern AMD_APU = Pattern.compile(
            "(?i).*\\b(raven|picasso|renoir|cezanne|lucienne|barcelo|rembrandt|mendocino|phoenix|raphael"
                    + "|hawk point|strix|vega (?:mobile|series)|radeon graphics)\\b.*");
    private static final Pattern MARKETING_NAME = Pattern.compile(".*\\[([^\\]]+)\\]\\s*$");

    @Override
    public boolean starts(String line) {
        return DEVICE.matcher(line.strip()).matches();
    }

    @Override
    public int read(TranscriptLines lines, int index, TranscriptDraft draft) {
        TranscriptDraft target = draft.begin(Command.LSPCI, TranscriptLines.number(index));
        int i = index;
        while (i < lines.size()) {
            Matcher m = DEVICE.matcher(lines.get(i).strip());
            if (!m.matches()) {
                break;
            }
            String description = REVISION.matcher(m.group(1)).replaceFirst("");
            String vendor = vendor(description);
            Matcher marketing = MARKETING_NAME.matcher(description);
            String name = marketing.matches() && !marketing.group(1).equals("AMD/ATI") ? marketing.group(1)
                    : VENDOR_PREFIX.matcher(description).replaceFirst("");
            target.lspciGpus.add(new Gpu(vendor, name, null, null, null, integrated(vendor, description)));
            target.lspciLines.add(TranscriptLines.number(i));
            i++;
        }
        return i;
    }

    static String vendor(String description) {
        String lower = description.toLowerCase(Locale.ROOT);
        if (lower.contains("nvidia")) {
            return "NVIDIA";
        }
        if (lower.contains("advanced micro devices") || lower.contains("amd") || lower.contains("ati ")) {
            return "AMD";
        }
        if (lower.startsWith("intel")) {
            return "Intel";
        }
        int end = description.indexOf(' ');
        return end > 0 ? description.substring(0, end).replace(",", "") : description;
    }

    /** Intel's non-Arc graphics share system memory; virtual and BMC adapters have no usable VRAM either. */
    private static Boolean integrated(String vendor, String description) {
        String lower = description.toLowerCase(Locale.ROOT);
        if (vendor.equals("Intel")) {
            return !lower.contains("arc");
        }
        if (vendor.equals("NVIDIA")) {
            return false;
        }
        if (vendor.equals("AMD")) {
            if (AMD_APU.matcher(description).matches()) {
                return true;
            }
            return lower.contains("navi") || lower.contains("radeon rx") || lower.contains("radeon pro")
                    || lower.contains("instinct") ? Boolean.FALSE : null;
        }
        if (lower.contains("aspeed") || lower.contains("matrox") || lower.contains("vmware") || lower.contains("qxl")
                || lower.contains("virtio") || lower.contains("cirrus") || lower.contains("red hat")) {
            return true;
        }
        return null;
    }
}
