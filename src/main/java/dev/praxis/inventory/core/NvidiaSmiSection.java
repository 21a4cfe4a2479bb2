package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code nvidia-smi} in each of its shapes: the CSV of {@code --query-gpu} (any fields in any order, with or
 * without header and units), the default table (several GPUs, MIG devices), {@code -L} and {@code -q}. A value
 * nvidia-smi cannot read prints as {@code [N/A]} or {@code [Not Supported]}: unknown, never 0. When the driver is
 * not loaded, nvidia-smi prints a single "has failed" sentence instead.
 */
final class NvidiaSmiSection extends DescribedSection {

    private static final String TOOL = NvidiaSmiCsv.TOOL;
    private static final Pattern FAILURE = Pattern.compile("^(?:NVIDIA-SMI has failed|No devices were found"
            + "|Failed to initialize NVML|NVML library version|Unable to determine the device handle).*$");
    private static final Pattern DATE = Pattern.compile("^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \\d]\\d \\d{2}:\\d{2}:\\d{2} \\d{4}$");
    private static final Pattern WINDOWS_DRIVER_MODEL = Pattern.compile("^\\|\\s+\\d{1,2}\\s+.+?\\s(?:WDDM|TCC)\\s+\\|");
    private static final Pattern TABLE_GPU = Pattern.compile("^\\|\\s+(\\d{1,2})\\s+(.+?)\\s+(?:On|Off|WDDM|TCC|N/A)\\s*\\|"
            + "\\s*(?:([0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\\.\\d)|[0-9A-Fa-f]{0,8}:?)\\s.*$");
    private static final Pattern TABLE_MEMORY = Pattern.compile("\\|\\s*(?:\\d+|N/A)MiB\\s*/\\s*(\\d+)MiB\\s*\\|");
    private static final Pattern DRIVER = Pattern.compile("(?:Driver|KMD) Version:\\s*([\\d.]+)");
    private static final Pattern LIST_GPU = Pattern.compile("^GPU (\\d{1,2}): (.+?)(?: \\(UUID: [^)]+\\)?)?$");
    private static final Pattern LIST_MIG = Pattern.compile("^\\s+MIG \\S+\\s+Device\\s+\\d+: .*$");
    /** nvidia-smi -q starts with this banner; a paste may start further down, at "Attached GPUs". */
    private static final Pattern QUERY_LOG = Pattern.compile("^(?:=+\\s*NVSMI LOG\\s*=+|Attached GPUs\\s+: \\d+)$");
    /**
     * The lines nvidia-smi -q prints between its banner and "Attached GPUs" (a paste often starts there): the time, the
     * driver and CUDA versions, and driver 610's "KMD Version" and "CUDA UMD Version".
     */
    private static final Pattern QUERY_HEAD = Pattern.compile(
            "^(?:Timestamp|Driver Version|KMD Version|CUDA Version|CUDA UMD Version)\\s+: \\S.*$");
    private static final Pattern QUERY_GPU = Pattern.compile("^GPU ([0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\\.\\d)$");

    NvidiaSmiSection() {
        super(new Descriptor(TOOL,
                typed -> typed.startsWith(TOOL),
                List.of("gpus", "gpuTooling.nvidiaSmi"),
                "the CSV of nvidia-smi --query-gpu (like 'NVIDIA GeForce RTX 3060, 12288 MiB, 550.54.14') or "
                        + "nvidia-smi's table"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (typed != null && APPS_QUERY.matcher(typed).find() && answers(typed)) {
            // a process or page query: its rows up to the next prompt or blank line
            int i = index;
            while (i < limit && !lines.endsOutput(i)) {
                i++;
            }
            return i;
        }
        String line = lines.get(index).strip();
        if (FAILURE.matcher(line).matches()) {
            return index + 1;
        }
        List<String> header = NvidiaSmiCsv.header(line);
        if (header != null || NvidiaSmiCsv.row(line, typed) != null) {
            int i = index + 1;
            while (i < limit && !lines.endsOutput(i) && NvidiaSmiCsv.continues(lines.get(i).strip(), header, typed)) {
                i++;
            }
            return i > index + 1 || header == null ? i : -1;
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
        if (QUERY_HEAD.matcher(line).matches()) {
            // the report's head lines count when "Attached GPUs" follows them
            int i = index + 1;
            while (i < limit && i < index + 8 && (lines.get(i).isBlank() || QUERY_HEAD.matcher(lines.get(i).strip()).matches())) {
                i++;
            }
            return i < limit && QUERY_LOG.matcher(lines.get(i).strip()).matches() ? end(lines, i, limit, typed) : -1;
        }
        if (QUERY_LOG.matcher(line).matches()) {
            // a section title at the margin ("vGPU Driver Capability") is followed by its indented values
            return lines.extent(index + 1, limit, i -> Character.isWhitespace(lines.get(i).charAt(0))
                    || KeyValue.parse(lines.get(i)) != null || QUERY_GPU.matcher(lines.get(i)).matches()
                    || i + 1 < limit && !lines.get(i + 1).isEmpty() && Character.isWhitespace(lines.get(i + 1).charAt(0))
                            && KeyValue.parse(lines.get(i + 1)) != null);
        }
        return -1;
    }

    /** Queries whose rows are processes or pages, not GPUs. */
    private static final Pattern APPS_QUERY = Pattern.compile("--query-(?:compute-apps|accounted-apps|retired-pages"
            + "|remapped-rows)\\b");

    private static int tableEnd(TranscriptLines lines, int from, int limit) {
        return lines.extent(from, limit, i -> lines.get(i).startsWith("+") || lines.get(i).startsWith("|"));
    }

    @Override
    public void read(Block block, Facts facts) {
        String first = block.line(block.start()).strip();
        if (block.typed() != null && APPS_QUERY.matcher(block.typed()).find()) {
            // --query-compute-apps and the like list processes on the GPUs, one row per process, not the GPUs
            facts.notes.add("the nvidia-smi output at line " + block.firstLine() + " lists processes, not GPUs");
            return;
        }
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
        if (NvidiaSmiCsv.header(first) != null || NvidiaSmiCsv.row(first, block.typed()) != null) {
            NvidiaSmiCsv.read(block, facts);
        } else if (LIST_GPU.matcher(first).matches()) {
            list(block, facts);
        } else if (QUERY_LOG.matcher(first).matches() || QUERY_HEAD.matcher(first).matches()) {
            query(block, facts);
        } else {
            table(block, facts);
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
            // WDDM and TCC are Windows' driver models: the table's Driver-Model column shows them only there
            if (line.contains("Driver-Model") || line.contains("TCC/WDDM") || line.startsWith("|")
                    && WINDOWS_DRIVER_MODEL.matcher(line).find()) {
                facts.put(Field.OS_NAME, "Windows", TranscriptLines.number(i));
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
                    vram = memory.find() ? NvidiaSmiCsv.mib(memory.group(1)) : null;
                }
                String name = gpu.group(2).strip();
                facts.gpu(new Gpu("NVIDIA", name, vram, vram == null ? null : 0L, null, false), TOOL,
                        gpu.group(3) == null ? null : NvidiaSmiCsv.slot(gpu.group(3)), TranscriptLines.number(i));
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
                // a GPU section names its bus id even when the report (-q -d MEMORY) leaves out the product name
                if (name != null || bus != null) {
                    facts.gpu(new Gpu("NVIDIA", name == null ? "NVIDIA GPU" : name, vram, vram == null ? null : 0L, null, false), TOOL, NvidiaSmiCsv.slot(bus),
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
                // driver 610 marks 'Driver Version' deprecated in a bracket after the value and adds 'KMD Version'
                case "Driver Version", "KMD Version" -> driver = driver != null ? driver
                        : kv.value().replaceFirst("\\s*\\[[^\\]]*\\]?\\s*$", "");
                case "Product Name" -> name = kv.value();
                case "Total" -> {
                    if (frameBuffer && vram == null) {
                        vram = NvidiaSmiCsv.mib(kv.value());
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
                        gpu.vramPrecisionBytes(), driver, gpu.integrated(), gpu.cores()), fact.tool(), fact.busId(), fact.line()));
            }
        }
    }
}
