package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSV of {@code nvidia-smi --query-gpu=… --format=csv[,noheader][,nounits]}: one row per GPU. Its columns are
 * named by the header when there is one, else by the {@code --query-gpu} list of the command typed before it, else
 * read from the values themselves, conservatively: a GPU name, a driver version with three parts, a bus id and a
 * value in MiB are recognisable, but bare numbers ({@code nounits}) could be any memory figure, power or clock, so
 * then the VRAM stays unknown and a warning says why instead of a guess. {@code [N/A]} and {@code [Not Supported]}
 * are unknown, never 0.
 */
final class NvidiaSmiCsv {

    static final String TOOL = "nvidia-smi";
    /** The column of a row without header whose value is memory but not surely the total. */
    private static final String SOME_MEMORY = "memory (total, used or free)";
    private static final Pattern HEADER_FIELD = Pattern.compile("^[a-z][A-Za-z0-9_.]*(?: \\[[^\\]]{1,10}\\])?$");
    private static final Pattern TYPED = Pattern.compile("--query-gpu[= ](?:\"([^\"]+)\"|'([^']+)'|([\\w.,]+))");
    private static final Pattern MIB = Pattern.compile("^(\\d{1,9})(?:\\s*MiB)?$");
    private static final Pattern MIB_WITH_UNIT = Pattern.compile("^\\d{1,9} MiB$");
    private static final Pattern GPU_NAME = Pattern.compile("^(?:NVIDIA|GeForce|Tesla|Quadro|TITAN|Titan|GRID|RTX"
            + "|GTX|Jetson|(?:A|H|L|B)\\d{1,3}S?(?:\\b|-)|V100|P100|T4\\b|K80\\b).*");
    private static final Pattern VERSION_THREE = Pattern.compile("^\\d{2,3}\\.\\d{1,3}\\.\\d{1,3}$");
    private static final Pattern VERSION_TWO = Pattern.compile("^[1-9]\\d{2}\\.\\d{2,3}$");
    private static final Pattern BUS = Pattern.compile("^[0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\\.\\d$");
    /** Values a query prints besides names, memory and versions: percentages, watts, clocks, states, ids, dates. */
    private static final Pattern OTHER_VALUE = Pattern.compile("^(?:\\d{1,6}(?:\\.\\d{1,3})?(?: ?(?:%|W|MHz|C))?"
            + "|\\[[^\\]]{1,20}\\]|N/A|P\\d{1,2}|Enabled|Disabled|Default|Yes|No|On|Off|GPU-[0-9a-f-]{8,40}"
            + "|MIG-[0-9a-f-]{8,40}|\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?|Exclusive_Process"
            + "|Prohibited|0x[0-9A-Fa-f]{1,16}|[\\w.-]{1,20} \\([\\w. ]{1,20}\\))$");
    private static final long MIB_BYTES = 1024L * 1024;
    /** Other --query-gpu fields: a header of these alone still lists the GPUs (one per index, uuid or bus id). */
    private static final Pattern QUERY_FIELD = Pattern.compile("^(?:index|uuid|gpu_uuid|gpu_bus_id|serial|pstate"
            + "|vbios_version|compute_mode|persistence_mode|(?:temperature|utilization|clocks|power|fan|pcie|ecc"
            + "|enforced\\.power|clocks_throttle_reasons|clocks_event_reasons|mig|encoder|display)[._][\\w.]+)$");

    private NvidiaSmiCsv() {
    }

    /** The field names of a {@code --format=csv} header line, or null. */
    static List<String> header(String line) {
        String[] parts = line.split(",");
        if (parts.length < 2) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        boolean known = false;
        for (String part : parts) {
            String field = part.strip();
            if (!HEADER_FIELD.matcher(field).matches()) {
                return null;
            }
            String name = field.replaceAll(" \\[.*", "");
            known |= name.equals("name") || name.equals("gpu_name") || name.startsWith("memory.")
                    || name.equals("driver_version") || name.equals("pci.bus_id") || QUERY_FIELD.matcher(name).matches();
            fields.add(name);
        }
        return known ? fields : null;
    }

    /** The fields listed after {@code --query-gpu} in the typed command, or null. */
    static List<String> typedFields(String typed) {
        if (typed == null) {
            return null;
        }
        Matcher m = TYPED.matcher(typed);
        if (!m.find()) {
            return null;
        }
        String list = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        List<String> fields = new ArrayList<>();
        for (String field : list.split(",")) {
            if (!field.isBlank()) {
                fields.add(field.strip());
            }
        }
        return fields.isEmpty() ? null : fields;
    }

    /** The fields a row without header holds (those typed after --query-gpu, or read from its values), or null. */
    static List<String> row(String quoted, String typed) {
        String line = unquoted(quoted);
        if (line.startsWith("|") || line.startsWith("+")) {
            return null;
        }
        String[] values = line.split(",", -1);
        List<String> typedFields = typedFields(typed);
        if (typedFields != null) {
            return typedFields.size() == values.length && (values.length > 1 || !line.isBlank()) ? typedFields : null;
        }
        return values.length < 2 ? null : inferred(values);
    }

    /**
     * A row without the {@code > } that quotes it (Markdown's quote, or a chat's way of showing output under the
     * command): {@code > NVIDIA GeForce GTX 1050 Ti, 2131}.
     */
    static String unquoted(String line) {
        return line.startsWith("> ") ? line.substring(2).stripLeading() : line;
    }

    /** Whether a line is one more row of the CSV: as many values as its header has, or a row by itself. */
    static boolean continues(String quoted, List<String> header, String typed) {
        String line = unquoted(quoted);
        if (header == null) {
            return row(line, typed) != null;
        }
        return !line.startsWith("|") && !line.startsWith("+") && line.split(",", -1).length == header.size();
    }

    /**
     * Names the columns of a row seen without header or command: exactly one GPU name, every other value of a kind a
     * query prints. A single value in MiB, or the first of several when it is the largest (total comes before used
     * and free in the orders people type), is the total; other memory values are named but not used.
     */
    private static List<String> inferred(String[] values) {
        List<String> fields = new ArrayList<>();
        int names = 0;
        List<Integer> memory = new ArrayList<>();
        boolean units = false;
        for (String raw : values) {
            String v = raw.strip();
            units |= v.endsWith(" MiB") || v.endsWith(" %") || v.endsWith(" W") || v.endsWith(" MHz");
        }
        for (int i = 0; i < values.length; i++) {
            String v = values[i].strip();
            if (GPU_NAME.matcher(v).matches()) {
                names++;
                fields.add("name");
            } else if (MIB_WITH_UNIT.matcher(v).matches()) {
                memory.add(i);
                fields.add(SOME_MEMORY);
            } else if (VERSION_THREE.matcher(v).matches() || units && VERSION_TWO.matcher(v).matches()) {
                fields.add("driver_version");
            } else if (BUS.matcher(v).matches()) {
                fields.add("pci.bus_id");
            } else if (OTHER_VALUE.matcher(v).matches()) {
                fields.add("other");
            } else {
                return null;
            }
        }
        if (names != 1) {
            return null;
        }
        if (!memory.isEmpty()) {
            long first = mib(values[memory.get(0)]);
            boolean largestFirst = memory.stream().allMatch(i -> mib(values[i]) <= first);
            if (largestFirst) {
                memory.forEach(i -> fields.set(i, "memory.other"));
                fields.set(memory.get(0), "memory.total");
            }
        }
        return fields;
    }

    /** Reads the rows of a block, with or without its header. */
    static void read(Section.Block block, Facts facts) {
        List<String> header = header(block.line(block.start()).strip());
        int start = header == null ? block.start() : block.start() + 1;
        boolean typed = typedFields(block.typed()) != null;
        Set<String> doubts = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = start; i < block.end(); i++) {
            String line = unquoted(block.line(i).strip());
            List<String> fields = header != null ? header : row(line, block.typed());
            String[] values = line.split(",", -1);
            int number = TranscriptLines.number(i);
            if (fields == null || values.length != fields.size()) {
                facts.problem(number, "a CSV row with " + (fields == null ? "the header's" : fields.size())
                        + " values, like 'NVIDIA GeForce RTX 3060, 12288 MiB, 550.54.14'");
                continue;
            }
            // nvidia-smi -l repeats the rows of the same GPUs: its index, uuid or bus id tells them apart
            String identity = identity(values, fields);
            if (identity == null || seen.add(identity)) {
                gpu(values, fields, number, facts, header == null && !typed, doubts);
            }
        }
        if (!doubts.isEmpty()) {
            facts.notes.add("nvidia-smi CSV at line " + block.firstLine() + " has no header and no command naming its "
                    + "columns: " + String.join("; ", doubts) + "; paste the command line, or run it with "
                    + "--format=csv, to read it");
        }
    }

    private static String identity(String[] values, List<String> fields) {
        for (String field : List.of("uuid", "gpu_uuid", "pci.bus_id", "gpu_bus_id", "index")) {
            int column = fields.indexOf(field);
            if (column >= 0 && value(values[column]) != null) {
                return field + "=" + value(values[column]);
            }
        }
        return null;
    }

    private static void gpu(String[] values, List<String> fields, int number, Facts facts, boolean inferred,
                            Set<String> doubts) {
        String name = null;
        Long vram = null;
        String driver = null;
        String bus = null;
        boolean vramShown = false;
        boolean bareNumber = false;
        boolean someMemory = false;
        for (int f = 0; f < values.length; f++) {
            String value = value(values[f]);
            switch (fields.get(f)) {
                case "name", "gpu_name" -> name = value;
                case "memory.total" -> {
                    vramShown = true;
                    vram = value == null ? null : mib(value);
                    if (value != null && vram == null) {
                        facts.problem(number, "memory.total in MiB, found '" + value + "'");
                    }
                }
                case SOME_MEMORY -> someMemory = true;
                case "driver_version" -> driver = value;
                case "pci.bus_id" -> bus = value;
                default -> bareNumber |= value != null && value.matches("\\d{3,9}");
            }
        }
        if (name == null && !vramShown && driver == null && identity(values, fields) == null) {
            return;
        }
        String doubt = someMemory ? "which of its MiB values is the total memory cannot be told"
                : inferred && !vramShown && bareNumber ? "its bare numbers (nounits) could be memory, power or clocks"
                        : null;
        if (doubt != null) {
            doubts.add(doubt + ", so the VRAM is left unknown");
            facts.vramUnknownReasons.put(number, "the nvidia-smi CSV row at line " + number + " has no header and "
                    + "no command naming its columns: " + doubt);
        }
        facts.gpu(new Gpu("NVIDIA", name == null ? "NVIDIA GPU" : name, vram, vram == null ? null : 0L, driver,
                false), TOOL, slot(bus), number);
    }

    /** {@code [N/A]}, {@code [Not Supported]}, {@code N/A} and empty cells are unknown. */
    static String value(String raw) {
        String value = raw.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        return value.isEmpty() || value.startsWith("[") || lower.equals("n/a") || lower.equals("not supported")
                ? null : value;
    }

    static Long mib(String value) {
        Matcher m = MIB.matcher(value.strip());
        return m.matches() ? Long.parseLong(m.group(1)) * MIB_BYTES : null;
    }

    /** nvidia-smi's {@code 00000000:07:00.0} as lspci writes it: {@code 07:00.0}. */
    static String slot(String bus) {
        if (bus == null) {
            return null;
        }
        String lower = bus.toLowerCase(Locale.ROOT);
        return lower.length() > 7 ? lower.substring(lower.length() - 7) : lower;
    }
}
