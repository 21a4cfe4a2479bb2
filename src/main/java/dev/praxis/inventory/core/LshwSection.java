package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Disk;
import dev.praxis.inventory.core.Inventory.Gpu;
import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lshw -short} (also with {@code -c}): a header {@code H/W path  Device  Class  Description}, a rule of
 * {@code =}, then one row per device, its columns at the header's positions. The {@code System Memory} row is the
 * installed memory, the first {@code processor} row the CPU model, each {@code display} row a GPU (named by its
 * product only, so its vendor comes from the product name), each {@code disk} row with a size a disk (decimal units,
 * as lshw prints them for disks).
 */
final class LshwSection extends DescribedSection {

    private static final Pattern HEADER = Pattern.compile("^H/W path\\s+(?:Device\\s+)?Class\\s+Description$");
    private static final Pattern SYSTEM_MEMORY = Pattern.compile("^(\\d{1,6}(?:\\.\\d{1,3})?[KMGT]iB) System Memory$");
    private static final Pattern DISK_SIZE = Pattern.compile("^(\\d{1,6}(?:\\.\\d{1,3})?)([MGT])B\\s+\\S.*");

    LshwSection() {
        super(new Descriptor("lshw",
                typed -> typed.matches("(?:sudo\\s+)?lshw\\b.*"),
                List.of("memory.totalBytes", "cpu.model", "gpus", "disks"),
                "a header 'H/W path  Device  Class  Description', a rule of '=' and one row per device"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!lines.get(index).strip().startsWith("H/W path") || !HEADER.matcher(lines.get(index).strip()).matches()
                || index + 1 >= limit
                || !lines.get(index + 1).strip().matches("={10,}")) {
            return -1;
        }
        return lines.extent(index + 2, limit, i -> !lines.get(i).isBlank());
    }

    @Override
    public void read(Block block, Facts facts) {
        String header = block.line(block.start());
        int device = header.indexOf("Device");
        int kind = header.indexOf("Class");
        int description = header.indexOf("Description");
        for (int i = block.start() + 2; i < block.end(); i++) {
            String line = block.line(i);
            if (line.length() <= description) {
                continue;
            }
            String type = line.substring(kind, description).strip();
            String text = line.substring(description).strip();
            int number = TranscriptLines.number(i);
            Matcher m;
            switch (type) {
                case "memory" -> {
                    if ((m = SYSTEM_MEMORY.matcher(text)).matches()) {
                        Size.parse(m.group(1).replace("iB", ""), 1)
                                .ifPresent(size -> facts.put(Field.MEMORY_TOTAL, size, number));
                    }
                }
                case "processor" -> {
                    if (!text.matches("(?i)cpu(?: \\[empty])?")) {
                        facts.put(Field.CPU_MODEL, text, number);
                    }
                }
                case "display" -> {
                    String vendor = vendor(text);
                    facts.listsGpus = true;
                    facts.gpu(new Gpu(vendor, text, null, null, null, LspciSection.integrated(vendor, text)), "lshw",
                            null, number);
                }
                case "disk" -> {
                    String name = device < 0 ? "" : line.substring(device, kind).strip();
                    if (name.startsWith("/dev/") && (m = DISK_SIZE.matcher(text)).matches()) {
                        disk(name.substring(5), m, facts, number);
                    }
                }
                default -> {
                }
            }
        }
        if (facts.values.isEmpty() && facts.gpus.isEmpty() && facts.disks.isEmpty()) {
            throw new UnreadableOutput(block.firstLine(), expected());
        }
    }

    private static void disk(String name, Matcher size, Facts facts, int number) {
        Size.parseDecimal(size.group(1), size.group(2) + "B").ifPresent(bytes -> facts.disk(new Disk(name, null,
                bytes.bytes(), bytes.precisionBytes(), name.startsWith("nvme") ? DiskType.NVME : null), number));
    }

    /** lshw names a display adapter by its product only ({@code Oland XT [Radeon HD 8670 / R7 250/350]}). */
    static String vendor(String product) {
        String lower = product.toLowerCase(Locale.ROOT);
        if (lower.matches(".*\\b(?:radeon|firepro|instinct|navi|vega|polaris)\\b.*")) {
            return "AMD";
        }
        if (lower.matches(".*\\b(?:geforce|quadro|tesla|gtx|rtx|titan)\\b.*")) {
            return "NVIDIA";
        }
        if (lower.matches(".*\\b(?:uhd|iris|hd graphics|arc)\\b.*")) {
            return "Intel";
        }
        if (lower.matches(".*\\b(?:qualcomm|adreno)\\b.*")) {
            return "Qualcomm";
        }
        return LspciSection.vendor(product);
    }
}
