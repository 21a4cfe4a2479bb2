package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lspci}, whole or filtered by {@code grep -Ei 'vga|3d|display'}, plain, {@code -nn}, {@code -k},
 * {@code -v} (indented details under each device), {@code -mm} (quoted fields) and {@code -vmm} (one
 * "Key: value" paragraph per device). Display controllers (VGA, 3D, Display classes) are the GPUs; lspci knows
 * neither VRAM nor the driver version, nvidia-smi fills those in for NVIDIA cards.
 */
final class LspciSection extends DescribedSection {

    private static final String SLOT = "(?:[0-9a-fA-F]{4}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7]";
    private static final Pattern DEVICE = Pattern.compile("^(" + SLOT + ")\\s+(\\S.*)$");
    private static final Pattern CLASS = Pattern.compile("^([A-Za-z3][\\w /-]*?)(?: \\[([0-9a-f]{4})\\])?:\\s+(.+)$");
    private static final Pattern MACHINE = Pattern.compile("^\"([^\"]*)\" \"([^\"]*)\" \"([^\"]*)\".*$");
    private static final Pattern SLOT_LINE = Pattern.compile("^(?:Slot|Device):\\s+(" + SLOT + ")$");
    private static final Pattern GPU_CLASS = Pattern.compile("(?i)^(?:VGA compatible controller|3D controller"
            + "|Display controller)(?: \\[03[0-9a-f]{2}\\])?$|^03(?:00|02|80)$");
    private static final Pattern REVISION = Pattern.compile("\\s*\\((?:rev [0-9a-fA-F]+|prog-if [^)]*)\\)");
    private static final Pattern NUMERIC_ID = Pattern.compile("\\s*\\[[0-9a-fA-F]{4}\\]$");
    private static final Pattern IDS = Pattern.compile("\\s*\\[[0-9a-f]{4}:[0-9a-f]{4}\\]");
    private static final Pattern VENDOR_PREFIX = Pattern.compile("^(?:NVIDIA Corporation|Advanced Micro Devices, Inc\\. "
            + "\\[AMD/ATI\\]|Advanced Micro Devices, Inc\\. \\[AMD\\]|ATI Technologies Inc|Intel Corporation"
            + "|Matrox Electronics Systems Ltd\\.|ASPEED Technology, Inc\\.|VMware|Red Hat, Inc\\.|InnoTek "
            + "Systemberatung GmbH|Microsoft Corporation|Cirrus Logic|Silicon Motion, Inc\\.|Moore Threads"
            + "|Qualcomm(?: Technologies, Inc)?|Huawei Technologies Co\\., Ltd\\.)\\s+");
    private static final Pattern AMD_APU = Pattern.compile(
            "(?i).*\\b(raven|picasso|renoir|cezanne|lucienne|barcelo|rembrandt|mendocino|phoenix|raphael"
                    + "|hawk point|strix|van gogh|kaveri|carrizo|stoney|kabini|mullins|beema|trinity|richland"
                    + "|wani|spectre|sumo|wrestler|palm|devastator|scrapper|beavercreek|vega (?:mobile|series)"
                    + "|krackan|granite ridge|dragon range"
                    + "|radeon (?:\\d{3}m |)graphics|radeon vega \\d+ mobile)\\d*\\b.*");
    private static final Pattern MARKETING_NAME = Pattern.compile("^(.*?)\\s*\\[([^\\]]+)\\]\\s*$");

    LspciSection() {
        super(new Descriptor("lspci",
                typed -> typed.startsWith("lspci"),
                List.of("gpus"),
                "lines like '01:00.0 VGA compatible controller: NVIDIA Corporation GA104 [GeForce RTX 3070] (rev a1)'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        String first = lines.get(index);
        if (!DEVICE.matcher(first).matches() && !SLOT_LINE.matcher(first).matches()) {
            return -1;
        }
        return lines.extent(index + 1, limit, i -> {
            String line = lines.get(i);
            KeyValue kv = KeyValue.parse(line);
            return DEVICE.matcher(line).matches() || SLOT_LINE.matcher(line).matches()
                    || Character.isWhitespace(line.charAt(0)) || kv != null && kv.key().matches("[A-Z][A-Za-z]{1,12}");
        });
    }

    @Override
    public void read(Block block, Facts facts) {
        facts.listsGpus = true;
        int found = 0;
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i);
            Matcher device = DEVICE.matcher(line);
            Matcher slot = SLOT_LINE.matcher(line);
            if (device.matches()) {
                found++;
                gpu(device.group(1), device.group(2), TranscriptLines.number(i), facts);
            } else if (slot.matches()) {
                found++;
                paragraph(block, i, slot.group(1), facts);
            }
        }
        if (found == 0) {
            throw new UnreadableOutput(block.firstLine(), expected());
        }
    }

    /** One device of {@code lspci -vmm}: Slot, Class, Vendor, Device, ... up to the next blank line. */
    private static void paragraph(Block block, int index, String slot, Facts facts) {
        String deviceClass = null;
        String vendor = "";
        String device = "";
        for (int i = index + 1; i < block.end() && !block.lines().isBlank(i); i++) {
            KeyValue kv = KeyValue.parse(block.line(i));
            if (kv == null) {
                continue;
            }
            // lspci -vmmnn writes the numeric ids after the names: "NVIDIA Corporation [10de]"
            String value = NUMERIC_ID.matcher(kv.value()).replaceFirst("");
            switch (kv.key()) {
                case "Class" -> deviceClass = value;
                case "Vendor" -> vendor = value;
                case "Device" -> device = value;
                default -> {
                }
            }
        }
        if (deviceClass != null && GPU_CLASS.matcher(IDS.matcher(deviceClass).replaceAll("")).matches()) {
            add(slot, vendor + " " + device, TranscriptLines.number(index), facts);
        }
    }

    private static void gpu(String slot, String rest, int number, Facts facts) {
        Matcher quoted = MACHINE.matcher(rest);
        if (quoted.matches()) {
            if (GPU_CLASS.matcher(quoted.group(1).replaceAll(" \\[.*", "")).matches()
                    || GPU_CLASS.matcher(quoted.group(1)).matches()) {
                add(slot, quoted.group(2) + " " + quoted.group(3), number, facts);
            }
            return;
        }
        Matcher m = CLASS.matcher(rest);
        if (m.matches() && (GPU_CLASS.matcher(m.group(1)).matches()
                || m.group(2) != null && GPU_CLASS.matcher(m.group(2)).matches())) {
            add(slot, m.group(3), number, facts);
        }
    }

    private static void add(String slot, String rawDescription, int number, Facts facts) {
        String withIds = REVISION.matcher(rawDescription).replaceAll("").strip();
        String description = IDS.matcher(withIds).replaceAll("").strip();
        String vendor = vendor(withIds);
        String bare = VENDOR_PREFIX.matcher(description).replaceFirst("");
        Matcher marketing = MARKETING_NAME.matcher(bare);
        String name = marketing.matches() && !marketing.group(2).matches("AMD(?:/ATI)?") ? marketing.group(2) : bare;
        facts.gpu(new Gpu(vendor, name, null, null, null, integrated(vendor, withIds)), "lspci",
                slot.length() > 7 ? slot.substring(slot.length() - 7) : slot, number);
    }

    static String vendor(String description) {
        String lower = description.toLowerCase(Locale.ROOT);
        if (lower.contains("nvidia")) {
            return "NVIDIA";
        }
        if (lower.contains("advanced micro devices") || lower.startsWith("amd") || lower.startsWith("ati ")
                || lower.contains("[amd/ati]")) {
            return "AMD";
        }
        if (lower.startsWith("intel")) {
            return "Intel";
        }
        if (lower.startsWith("innotek") || lower.contains("virtualbox")) {
            return "VirtualBox";
        }
        if (lower.startsWith("device 1234:1111") || lower.contains("[1234:1111]") || lower.contains("qemu")) {
            return "QEMU";
        }
        if (lower.startsWith("red hat") || lower.contains("virtio")) {
            return "Red Hat";
        }
        if (lower.startsWith("microsoft")) {
            return "Microsoft";
        }
        int end = description.indexOf(' ');
        return end > 0 ? description.substring(0, end).replace(",", "") : description;
    }

    /** Intel's non-Arc graphics share system memory; virtual and BMC adapters have no usable VRAM either. */
    /** Whether an AMD graphics name is an APU's integrated GPU by its codename or marketing name. */
    static boolean amdApu(String description) {
        return AMD_APU.matcher(description).matches();
    }

    static Boolean integrated(String vendor, String description) {
        String lower = description.toLowerCase(Locale.ROOT);
        if (vendor.equals("Intel")) {
            return !(lower.contains("arc") && !lower.contains("arc graphics") || lower.contains("dg1")
                    || lower.contains("dg2"));
        }
        if (vendor.equals("NVIDIA")) {
            return lower.contains("tegra") || lower.contains("orin") ? Boolean.TRUE : Boolean.FALSE;
        }
        if (vendor.equals("AMD")) {
            if (AMD_APU.matcher(description).matches()) {
                return true;
            }
            // every AMD graphics chip that is not one of the APUs above is a card with its own memory
            return Boolean.FALSE;
        }
        if (lower.contains("aspeed") || lower.contains("matrox") || lower.contains("vmware") || lower.contains("qxl")
                || lower.contains("virtio") || lower.contains("cirrus") || lower.contains("red hat")
                || lower.contains("virtualbox") || lower.contains("innotek") || lower.contains("1234:1111")
                || lower.contains("hyper-v") || lower.contains("bochs") || vendor.equals("QEMU")) {
            return true;
        }
        return null;
    }
}
