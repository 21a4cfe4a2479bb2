package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code nvidia-smi} in each of its shapes: the CSV of {@code --query-gpu} (any fields in any order, with or
 * without header and units), the default table (several GPUs, MIG devices), {@code -L} and {@code -q}. A value
 * nvidia-smi cannot read prints as {@code [N/A]} or {@code [Not Supported]}: unknown, never 0. When the driver is
 * not loaded, nvidia-smi prints a single "has failed" sentence instead.
 */
final class NvidiaSmiSection implements Section {

    private static final String TOOL = "nvidia-smi";
    private static final Pattern CSV_FIELD = Pattern.compile("^[a-z][a-z_.]*(?: \\[[^\\]]{1,10}\\])?$");
    private static final Pattern FAILURE = Pattern.compile("^(?:NVIDIA-SMI has failed|No devices were found"
            + "|Failed to initialize NVML|NVML library version|Unable to determine the device handle).*$");
    private static final Pattern DATE = Pattern.compile("^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \\d]\\d \\d{2}:\\d{2}:\\d{2} \\d{4}$");
    private static final Pattern TABLE_GPU = Pattern.compile("^\\|\\s+(\\d{1,2})\\s+(.+?)\\s+(?:On|Off|WDDM|TCC|N/A)\\s*\\|"
            + "\\s*([0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\\.\\d)\\s.*$");
    private static final Pattern TABLE_MEMORY = Pattern.compile("\\|\\s*(?:\\d+|N/A)MiB\\s*/\\s*(\\d+)MiB\\s*\\|");
    private static final Pattern DRIVER = Pattern.compile("Driver Version:\\s*([\\d.]+)");
    private static final Pattern LIST_GPU = Pattern.compile("^GPU (\\d{1,2}): (.+?)(?: \\(UUID: [^)]+\\))?$");
    private static final Pattern LIST_MIG = Pattern.compile("^\\s+MIG \\S+\\s+Device\\s+\\d+: .*$");
    /** nvidia-smi -q starts with this banner; a paste may start further down, at "Attached GPUs". */
    private static final Pattern QUERY_LOG = Pattern.compile("^(?:=+\\s*NVSMI LOG\\s*=+|Attached GPUs\\s+: \\d+)$");
    private static final Pattern QUERY_GPU = Pattern.compile("^GPU ([0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\\.\\d)$");
    private static final Pattern MIB = Pattern.compile("^(\\d{1,9})(?:\\s*MiB)?$");
    private static final Pattern GPU_NAME = Pattern.compile("^(?:NVIDIA|GeForce|Tesla|Quadro|TITAN|GRID|RTX|Jetson)\\b.*");
    private static final long MIB_BYTES = 1024L * 1024;

    @Override
    public String command() {
        return TOOL;
    }

    @Override
    public boolean answers(String typed) {
        return typed.startsWith(TOOL);
    }

    @Override
    public List<String> gives() {
        return List.of("gpus", "gpuTooling.nvidiaSmi");
    }

    @Override
    public String expected() {
        return "the CSV of nvidia-smi --query-gpu (like 'NVIDIA GeForce RTX 3060, 12288 MiB, 550.54.14') or "
                + "nvidia-smi's table";
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        String line = lines.get(index).strip();
        if (FAILURE.matcher(line).matches()) {
            return index + 1;
        }
        if (csvHeader(line) != null || csvRow(line, typed) != null) {
            int i = index + 1;
            while (i < limit && !lines.endsOutput(i) && csvRow(lines.get(i).strip(), typed) != null) {
                i++;
            }
            return i > index + 1 || csvHeader(line) == null ? i : -1;
        }
        boolean table = line.startsWith("| NVIDIA-SMI") || line.startsWith("+-") && index + 1 < limit
                && lines.get(index + 1).contains("NVIDIA-SMI") || DATE.matcher(line).matches() && index + 2 < limit
                && lines.get(index + 1).startsWith("+-") && lines.get(index + 2).contains("NVIDIA-SMI");
        if (table) {
            return tableEnd(lines, index + 1, limit);
        }
        if (LIST_GPU.matcher(line).matches()) {
            int i = index + 1;
            while (i < limit && (LIST_GPU.matcher(lines.get(i)).matches() || LIST_MIG.matcher(lines.get(i)).matches())) {
                i++;
            }
            return i;
        }
        if (QUERY_LOG.matcher(line).matches()) {
            return lines.extent(index + 1, limit, i -> Character.isWhitespace(lines.get(i).charAt(0))
                    || KeyValue.parse(lines.get(i)) != null || QUERY_GPU.matcher(lines.get(i)).matches());
        }
        return -1;
    }

    private static int tableEnd(TranscriptLines lines, int from, int limit) {
        return lines.extent(from, limit, i -> lines.get(i).startsWith("+") || lines.get(i).startsWith("|"));
    }

    /** The field names of a {@code --format=csv} header, or null. */
    private static List<String> csvHeader(String line) {
        String[] parts = line.split(",");
        if (parts.length < 2) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        boolean known = false;
        for (String part : parts) {
            String field = part.strip();
            if (!CSV_FIELD.matcher(field).matches()) {
                return null;
            }
            String name = field.replaceAll(" \\[.*", "");
            known |= name.equals("name") || name.equals("gpu_name") || name.startsWith("memory.")
                    || name.equals("driver_version") || name.equals("pci.bus_id");
            fields.add(name);
        }
        return known ? fields : null;
    }

    /** The fields a row without header holds: those typed after --query-gpu=, or guessed from the values. */
    private static List<String> csvRow(String line, String typed) {
        String[] values = line.split(",\\s*");
        if (values.length < 2 || line.startsWith("|")) {
            return null;
        }
        List<String> typedFields = typedFields(typed);
        if (typedFields != null && typedFields.size() == values.length) {
            return typedFields;
        }
        if (!GPU_NAME.matcher(values[0].strip()).matches()) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        boolean memory = false;
        for (String value : values) {
            String v = value.strip();
            if (fields.isEmpty()) {
                fields.add("name");
            } else if (!memory && (v.matches("\\d+ MiB") || v.startsWith("[N/A]") || v.startsWith("[Not Supported]"))) {
                fields.add("memory.total");
                memory = true;
            } else if (v.matches("\\d{2,3}\\.\\d{1,3}(?:\\.\\d{1,3})?")) {
                fields.add("driver_version");
            } else if (v.matches("[0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\\.\\d")) {
                fields.add("pci.bus_id");
            } else {
                fields.add("other");
            }
        }
        return memory || fields.contains("driver_version") ? fields : null;
    }

    private static List<String> typedFields(String typed) {
        if (typed == null) {
            return null;
        }
        Matcher m = Pattern.compile("--query-gpu[= ]([\\w.,]+)").matcher(typed);
        return m.find() ? List.of(m.group(1).split(",")) : null;
    }

    @Override
    public void read(Block block, Facts facts) {
        String first = block.line(block.start()).strip();
        facts.listsGpus = true;
        if (FAILURE.matcher(first).matches()) {
            facts.listsGpus = false;
            if (!first.startsWith("No devices")) {
                facts.nvidiaSmiFailureLine = block.firstLine();
            } else {
                facts.listsGpus = true;
            }
            return;
        }
        List<String> header = csvHeader(first);
        if (header != null || csvRow(first, block.typed()) != null) {
            csv(block, header, facts);
        } else if (LIST_GPU.matcher(first).matches()) {
            list(block, facts);
        } else if (QUERY_LOG.matcher(first).matches()) {
            query(block, facts);
        } else {
            table(block, facts);
        }
    }

    private static void csv(Block block, List<String> header, Facts facts) {
        int start = header == null ? block.start() : block.start() + 1;
        for (int i = start; i < block.end(); i++) {
            String line = block.line(i).strip();
            List<String> fields = header != null ? header : csvRow(line, block.typed());
            String[] values = line.split(",", -1);
            int number = TranscriptLines.number(i);
            if (fields == null || values.length != fields.size()) {
                facts.problem(number, "a CSV row with " + (fields == null ? "the header's" : fields.size())
                        + " values, like 'NVIDIA GeForce RTX 3060, 12288 MiB, 550.54.14'");
                continue;
            }
            String name = null;
            Long vram = null;
            String driver = null;
            String bus = null;
            boolean vramShown = false;
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
                    case "driver_version" -> driver = value;
                    case "pci.bus_id" -> bus = value;
                    default -> {
                    }
                }
            }
            if (name == null && !vramShown && driver == null) {
                continue;
            }
            facts.gpu(new Gpu("NVIDIA", name == null ? "NVIDIA GPU" : name, vram, vram == null ? null : 0L, driver,
                    false), TOOL, slot(bus), number);
        }
    }

    private static void table(Block block, Facts facts) {
        String driver = null;
        boolean mig = false;
        int migDevices = 0;
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i);
            Matcher d = DRIVER.matcher(line);
            if (driver == null && d.find()) {
                driver = d.group(1);
            }
            if (line.contains("MIG devices:")) {
                mig = true;
            } else if (line.contains("Processes:")) {
                mig = false;
            } else if (mig && line.matches("^\\|\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\|.*")) {
                migDevices++;
            }
            Matcher gpu = TABLE_GPU.matcher(line);
            if (gpu.matches()) {
                Long vram = null;
                if (i + 1 < block.end()) {
                    Matcher memory = TABLE_MEMORY.matcher(block.line(i + 1));
                    vram = memory.find() ? mib(memory.group(1)) : null;
                }
                String name = gpu.group(2).strip();
                facts.gpu(new Gpu("NVIDIA", name, vram, vram == null ? null : 0L, null, false), TOOL,
                        slot(gpu.group(3)), TranscriptLines.number(i));
            }
        }
        if (facts.gpus.isEmpty() && driver == null) {
            throw new UnreadableOutput(block.firstLine(), "GPU rows like '|   0  NVIDIA GeForce RTX 3060   Off | "
                    + "00000000:07:00.0  On |' in nvidia-smi's table");
        }
        withDriver(facts, driver);
        if (migDevices > 0) {
            facts.notes.add("nvidia-smi at line " + block.firstLine() + " shows " + migDevices
                    + " MIG devices: the GPUs are partitioned, each instance gets a slice of the VRAM");
        }
    }

    private static void list(Block block, Facts facts) {
        int mig = 0;
        for (int i = block.start(); i < block.end(); i++) {
            Matcher gpu = LIST_GPU.matcher(block.line(i));
            if (gpu.matches()) {
                facts.gpu(new Gpu("NVIDIA", gpu.group(2).strip(), null, null, null, false), TOOL, null,
                        TranscriptLines.number(i));
            } else {
                mig++;
            }
        }
        if (mig > 0) {
            facts.notes.add("nvidia-smi -L at line " + block.firstLine() + " lists " + mig + " MIG devices");
        }
    }

    private static void query(Block block, Facts facts) {
        String driver = null;
        String bus = null;
        String name = null;
        Long vram = null;
        int line = block.firstLine();
        boolean frameBuffer = false;
        for (int i = block.start(); i <= block.end(); i++) {
            String text = i < block.end() ? block.line(i) : "GPU end";
            Matcher gpu = QUERY_GPU.matcher(text.strip());
            if (gpu.matches() || i == block.end()) {
                if (name != null) {
                    facts.gpu(new Gpu("NVIDIA", name, vram, vram == null ? null : 0L, null, false), TOOL, slot(bus),
                            line);
                }
                bus = gpu.matches() ? gpu.group(1) : null;
                name = null;
                vram = null;
                line = TranscriptLines.number(i);
                continue;
            }
            KeyValue kv = KeyValue.parse(text);
            if (kv == null) {
                frameBuffer = text.strip().equals("FB Memory Usage");
                continue;
            }
            switch (kv.key()) {
                case "Driver Version" -> driver = kv.value();
                case "Product Name" -> name = kv.value();
                case "Total" -> {
                    if (frameBuffer && vram == null) {
                        vram = mib(kv.value());
                    }
                }
                default -> {
                }
            }
            if (!kv.key().equals("Total") && !kv.key().equals("Used") && !kv.key().equals("Free")
                    && !kv.key().equals("Reserved")) {
                frameBuffer = false;
            }
        }
        withDriver(facts, driver);
    }

    private static void withDriver(Facts facts, String driver) {
        for (int i = 0; i < facts.gpus.size(); i++) {
            Facts.GpuFact fact = facts.gpus.get(i);
            Gpu gpu = fact.gpu();
            if (gpu.driverVersion() == null && driver != null) {
                facts.gpus.set(i, new Facts.GpuFact(new Gpu(gpu.vendor(), gpu.name(), gpu.vramBytes(),
                        gpu.vramPrecisionBytes(), driver, gpu.integrated()), fact.tool(), fact.busId(), fact.line()));
            }
        }
    }

    /** {@code [N/A]}, {@code [Not Supported]}, {@code N/A} and empty cells are unknown. */
    private static String value(String raw) {
        String value = raw.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        return value.isEmpty() || value.startsWith("[") || lower.equals("n/a") || lower.equals("not supported")
                ? null : value;
    }

    private static Long mib(String value) {
        Matcher m = MIB.matcher(value.strip());
        return m.matches() ? Long.parseLong(m.group(1)) * MIB_BYTES : null;
    }

    /** nvidia-smi's {@code 00000000:07:00.0} as lspci writes it: {@code 07:00.0}. */
    private static String slot(String bus) {
        if (bus == null) {
            return null;
        }
        String lower = bus.toLowerCase(Locale.ROOT);
        return lower.length() > 7 ? lower.substring(lower.length() - 7) : lower;
    }
}
