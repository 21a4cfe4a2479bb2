package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last resort for lines no reader knows (or a block its reader could not read): whole lines whose label names
 * one fact beyond doubt are read by that label, so a transcript holding a figure Praxis understands is never refused
 * for the shape around it. Conservative by design, since a wrong fact is worse than a missing one: {@code MemTotal:
 * 16318412 kB}; a total memory labelled as such with one size and a unit ({@code Total Memory: 16 GB},
 * {@code Memory: 16 GB}, {@code Memory Size: 8192 MB}; megabytes and gigabytes counted in powers of 1024, as the
 * system reports that print them mean); a CPU model after {@code model name}, {@code Processor Name} or {@code CPU
 * Model}; and {@code Size: 8192 MB} lines summed only under a {@code Memory Device} heading or after a typed
 * {@code dmidecode}. Counts whose meaning varies ({@code Number Of Processors} counts an LPAR's virtual processors,
 * not cores) are not read.
 */
final class LabelledFacts {

    private static final Pattern MEM_TOTAL = Pattern.compile("^MemTotal:\\s*(\\d{1,12})\\s*kB$");
    private static final Pattern MEMORY = Pattern.compile("^(?:Total (?:Physical |Installed )?(?:Memory|RAM)"
            + "|Installed (?:Memory|RAM)|Physical Memory|Memory|RAM|Memory Size)\\s*[:=]\\s*(\\d{1,7}(?:[.,]\\d{1,2})?)"
            + "\\s*(GB|MB|GiB|MiB|Gigabytes|Megabytes)(?:\\s+(?:LP)?DDR\\d[A-Z]?(?:[- ]\\d{3,4})?)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MODEL = Pattern.compile("^(?:model name|processor name|cpu model)\\s*:\\s*(\\S.{2,120})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEVICE_SIZE = Pattern.compile("^Size:\\s*(\\d{1,9})\\s*(MB|GB)$");
    /** A Markdown bullet with a bold label ({@code - **RAM:** 62Gi total}): read as the line {@code RAM: 62Gi total}. */
    private static final Pattern BOLD_BULLET = Pattern.compile("^(?:[-*+]\\s+)?\\*\\*([^*]{1,40}?):\\*\\*\\s*(.*)$");
    private static final String SIZE = "(\\d{1,7}(?:[.,]\\d{1,3})?\\s?(?:[KMGT]i?B?))";
    /** free -h's figures written out: {@code RAM: 62Gi total, 41Gi available}. */
    private static final Pattern RAM_TOTAL = Pattern.compile("^(?:RAM|Memory|Mem):\\s*" + SIZE + "\\s+total"
            + "(?:,\\s*" + SIZE + "\\s+available)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SWAP = Pattern.compile("^Swap:\\s*" + SIZE + "(?:\\s+total)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OS = Pattern.compile("^OS:\\s*(\\S.{1,80})$");
    private static final Pattern KERNEL = Pattern.compile("^Kernel:\\s*(?:Linux\\s+)?(\\d{1,2}\\.\\d{1,3}(?:\\.\\d{1,4})?[-+.\\w]{0,40})$");
    /** {@code CPU: AMD Ryzen 7 5800X 8-Core Processor (12 threads)}. */
    private static final Pattern CPU_THREADS = Pattern.compile("^CPU:\\s*(\\S.{2,100}?)\\s*\\((\\d{1,4}) threads\\)$");
    /** {@code GPU 0: NVIDIA GeForce RTX 3090 | 24576 MiB | driver 595.71.05 | …}: name, memory and driver fields. */
    private static final Pattern GPU_FIELDS = Pattern.compile("^GPU\\s?\\d{0,2}:\\s*([^|]{3,80}?)\\s*\\|\\s*(\\d{1,7})\\s*MiB\\s*"
            + "(?:\\|\\s*driver\\s+(\\d{2,4}(?:\\.\\d{1,3}){1,2})\\b)?.*$");

    /** amd-smi static's ASIC name ({@code MARKET_NAME: AMD Instinct MI350X}), upper-case as the tool prints it. */
    private static final Pattern MARKET_NAME = Pattern.compile("^MARKET_NAME:\\s*(\\S.{2,80})$");
    /** amd-smi static's DRIVER section: {@code OS_KERNEL_VERSION: 5.15.0-164-generic}, a Linux kernel. */
    private static final Pattern OS_KERNEL_VERSION = Pattern.compile(
            "^OS_KERNEL_VERSION:\\s*(\\d{1,2}\\.\\d{1,3}(?:\\.\\d{1,4})?[-+.\\w]{0,40})$");
    private static final String DF_SIZE = "(\\d{1,6}(?:[.,]\\d{1,2})?[KMGTP]i?|0)";
    /**
     * One df -h row pasted without its header, often as inline code: a device under /dev, size, used, available
     * in df -h's units (or 0), the use percentage and an absolute mount point.
     */
    private static final Pattern DF_ROW = Pattern.compile("^`?(/dev/\\S{1,60})\\s+" + DF_SIZE + "\\s+" + DF_SIZE
            + "\\s+" + DF_SIZE + "\\s+(\\d{1,3})%\\s+(/\\S{0,200})`?$");

    private LabelledFacts() {
    }

    /**
     * The labelled facts of lines {@code first} to {@code last} (indexes, both included), with the labels read, or
     * empty when none of the lines is one.
     */
    static Optional<Found> read(TranscriptLines lines, int first, int last, String typed) {
        Facts facts = new Facts();
        List<String> labels = new ArrayList<>();
        boolean memoryDevices = typed != null && typed.matches("(?:sudo\\s+)?dmidecode\\b.*");
        for (int i = first; i <= last && !memoryDevices; i++) {
            memoryDevices = lines.get(i).strip().equals("Memory Device");
        }
        fastfetchGpus(lines, first, last, facts, labels);
        long deviceTotal = 0;
        int deviceLine = 0;
        for (int i = first; i <= last; i++) {
            String line = lines.get(i).strip();
            Matcher bold = BOLD_BULLET.matcher(line);
            if (bold.matches()) {
                line = bold.group(1).strip() + ": " + bold.group(2).strip();
            }
            int number = TranscriptLines.number(i);
            if (summary(line, number, facts, labels) || tools(line, number, facts, labels)) {
                continue;
            }
            Matcher memTotal = MEM_TOTAL.matcher(line);
            Matcher memory = MEMORY.matcher(line);
            Matcher model = MODEL.matcher(line);
            Matcher device = DEVICE_SIZE.matcher(line);
            if (memTotal.matches()) {
                put(facts, labels, Field.MEMORY_TOTAL, Size.exact(Long.parseLong(memTotal.group(1)) * 1024), number,
                        "MemTotal");
            } else if (memory.matches()) {
                String unit = memory.group(2).toUpperCase(Locale.ROOT).substring(0, 1);
                Optional<Size> size = Size.parse(memory.group(1) + unit, 1);
                if (size.isPresent()) {
                    put(facts, labels, Field.MEMORY_TOTAL, size.get(), number, line.substring(0, line.indexOf(
                            line.contains(":") ? ':' : '=')).strip());
                }
            } else if (model.matches()) {
                put(facts, labels, Field.CPU_MODEL, model.group(1).strip(), number,
                        line.substring(0, line.indexOf(':')).strip());
            } else if (device.matches() && memoryDevices) {
                deviceTotal += Size.parse(device.group(1) + device.group(2).charAt(0), 1).map(Size::bytes).orElse(0L);
                deviceLine = deviceLine == 0 ? number : deviceLine;
            }
        }
        if (deviceTotal > 0) {
            put(facts, labels, Field.MEMORY_TOTAL, Size.exact(deviceTotal), deviceLine, "Size (memory devices)");
        }
        return labels.isEmpty() ? Optional.empty() : Optional.of(new Found(facts, String.join(", ", labels)));
    }

    /**
     * The labels of a written-out system summary (a Markdown report, a benchmark's rig report): the OS a
     * distribution name shows, a kernel version, a CPU with its thread count, RAM and swap in free -h's units, and a
     * GPU line whose fields a '|' separates (name, MiB, driver).
     */
    private static boolean summary(String line, int number, Facts facts, List<String> labels) {
        Matcher m;
        if ((m = RAM_TOTAL.matcher(line)).matches()) {
            Optional<Size> total = Size.parse(m.group(1).replace(" ", "").replace(',', '.'), 1);
            total.ifPresent(size -> put(facts, labels, Field.MEMORY_TOTAL, size, number, "RAM"));
            if (m.group(2) != null) {
                Size.parse(m.group(2).replace(" ", "").replace(',', '.'), 1)
                        .ifPresent(size -> put(facts, labels, Field.MEMORY_AVAILABLE, size, number, "RAM available"));
            }
            return total.isPresent();
        }
        if ((m = SWAP.matcher(line)).matches()) {
            Optional<Size> swap = Size.parse(m.group(1).replace(" ", "").replace(',', '.'), 1);
            swap.ifPresent(size -> put(facts, labels, Field.SWAP_TOTAL, size, number, "Swap"));
            return swap.isPresent();
        }
        if ((m = OS.matcher(line)).matches() && FetchSection.system(m.group(1)) != null) {
            put(facts, labels, Field.OS_NAME, FetchSection.system(m.group(1)), number, "OS");
            return true;
        }
        if ((m = KERNEL.matcher(line)).matches()) {
            put(facts, labels, Field.OS_KERNEL, m.group(1), number, "Kernel");
            return true;
        }
        if ((m = CPU_THREADS.matcher(line)).matches()) {
            put(facts, labels, Field.CPU_MODEL, m.group(1).strip(), number, "CPU");
            put(facts, labels, Field.CPU_LOGICAL_CORES, Integer.valueOf(m.group(2)), number, "CPU threads");
            return true;
        }
        if ((m = GPU_FIELDS.matcher(line)).matches()) {
            String name = m.group(1).strip();
            String vendor = LshwSection.vendor(name);
            long vram = Long.parseLong(m.group(2)) * 1024 * 1024;
            facts.listsGpus = true;
            facts.gpu(new Gpu(vendor, name, vram, 0L, m.group(3),
                    vendor == null ? null : LspciSection.integrated(vendor, name)), "labelled facts", null, number);
            labels.add("'GPU' (line " + number + ")");
            return true;
        }
        return false;
    }

    /**
     * Lines of a GPU tool or a system command whose shape names the fact without a header: amd-smi static's
     * {@code MARKET_NAME} and {@code OS_KERNEL_VERSION}, and one df -h row.
     */
    private static boolean tools(String line, int number, Facts facts, List<String> labels) {
        Matcher m;
        if ((m = MARKET_NAME.matcher(line)).matches()) {
            String name = m.group(1).strip();
            String vendor = LshwSection.vendor(name);
            facts.listsGpus = true;
            facts.gpu(new Gpu(vendor, name, null, null, null,
                    vendor == null ? null : LspciSection.integrated(vendor, name), null), "labelled facts", null,
                    number);
            labels.add("'MARKET_NAME' (line " + number + ")");
            return true;
        }
        if ((m = OS_KERNEL_VERSION.matcher(line)).matches()) {
            put(facts, labels, Field.OS_KERNEL, m.group(1), number, "OS_KERNEL_VERSION");
            put(facts, labels, Field.OS_NAME, "Linux", number, "OS_KERNEL_VERSION (Linux)");
            return true;
        }
        if ((m = DF_ROW.matcher(line)).matches()) {
            Size size = dfSize(m.group(2));
            Size used = dfSize(m.group(3));
            Size available = dfSize(m.group(4));
            if (size == null || used == null || available == null) {
                return false;
            }
            facts.filesystem(new Inventory.Filesystem(m.group(1), m.group(6), null, size.bytes(), size.precisionBytes(),
                    used.bytes(), used.precisionBytes(), available.bytes(), available.precisionBytes(),
                    Integer.valueOf(m.group(5)), false), number);
            labels.add("a df row without its header (line " + number + ")");
            return true;
        }
        return false;
    }

    private static final Pattern JSON_GPU_MODULE = Pattern.compile("^\\{?\\s*\"type\":\\s*\"GPU\",?$");
    private static final Pattern JSON_STRING = Pattern.compile("^\"(index|name|type|vendor|total)\":\\s*(?:\"([^\"]{0,120})\"|(\\d{1,16}|null)),?$");

    /**
     * fastfetch's JSON GPU module pasted alone ({@code "type": "GPU"} and its {@code result} list), often cut: each
     * entry from its {@code "index"}, with its name, vendor, {@code "type": "Integrated"} and its dedicated memory's
     * total as VRAM (shared memory is system memory, not VRAM).
     */
    private static void fastfetchGpus(TranscriptLines lines, int first, int last, Facts facts, List<String> labels) {
        int i = first;
        while (i <= last && !JSON_GPU_MODULE.matcher(lines.get(i).strip()).matches()) {
            i++;
        }
        if (i > last) {
            return;
        }
        String name = null;
        String vendor = null;
        Boolean integrated = null;
        Long vram = null;
        int entryLine = 0;
        boolean dedicated = false;
        for (i++; i <= last; i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("\"dedicated\"")) {
                dedicated = true;
                continue;
            }
            Matcher m = JSON_STRING.matcher(line);
            if (!m.matches()) {
                continue;
            }
            switch (m.group(1)) {
                case "index" -> {
                    fastfetchGpu(facts, labels, name, vendor, integrated, vram, entryLine);
                    name = vendor = null;
                    integrated = null;
                    vram = null;
                    entryLine = TranscriptLines.number(i);
                }
                case "name" -> name = m.group(2);
                case "vendor" -> vendor = m.group(2);
                case "type" -> integrated = m.group(2) == null ? null : m.group(2).equalsIgnoreCase("Integrated")
                        ? Boolean.TRUE : m.group(2).equalsIgnoreCase("Discrete") ? Boolean.FALSE : null;
                default -> {
                    if (dedicated && m.group(3) != null && !m.group(3).equals("null")) {
                        vram = Long.valueOf(m.group(3));
                    }
                    dedicated = false;
                }
            }
        }
        fastfetchGpu(facts, labels, name, vendor, integrated, vram, entryLine);
    }

    private static void fastfetchGpu(Facts facts, List<String> labels, String name, String vendor, Boolean integrated,
            Long vram, int line) {
        if (name == null || name.isBlank()) {
            return;
        }
        String maker = vendor != null && !vendor.isBlank() ? vendor : LshwSection.vendor(name);
        Boolean shared = integrated != null ? integrated : maker == null ? null : LspciSection.integrated(maker, name);
        facts.listsGpus = true;
        facts.gpu(new Gpu(maker, name, Boolean.TRUE.equals(shared) ? null : vram, null, null, shared, null),
                "fastfetch JSON", null, line);
        labels.add("fastfetch's JSON GPU entry (line " + line + ")");
    }

    private static Size dfSize(String text) {
        return text.equals("0") ? Size.exact(0) : Size.parse(text.replace(',', '.'), 1).orElse(null);
    }

    private static void put(Facts facts, List<String> labels, Field field, Object value, int line, String label) {
        if (!facts.has(field)) {
            facts.put(field, value, line);
            labels.add("'" + label + "' (line " + line + ")");
        }
    }

    /** The facts found and the labels they were read by. */
    record Found(Facts facts, String labels) {
    }
}
