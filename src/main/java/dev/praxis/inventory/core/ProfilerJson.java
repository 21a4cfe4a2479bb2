package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import dev.praxis.inventory.core.Inventory.Disk;
import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code system_profiler -json}: the same facts as the outline, under the keys macOS writes ({@code chip_type},
 * {@code number_processors "proc 10:8:2"}, {@code sppci_model}, {@code spdisplays_vram}, {@code size_in_bytes}).
 * Like the outline, each item is read by the keys it holds, wherever it sits, so one data type, several, a full
 * report or a {@code jq} excerpt of one item all read the same. A paste cut before its closing braces still gives
 * what it holds, with a problem naming the line where it stops.
 */
final class ProfilerJson {

    /** Keys only system_profiler writes (osquery's cpu_type or logstash's free_space_in_bytes do not count). */
    private static final Pattern MARKER = Pattern.compile("\"(?:SP[A-Za-z0-9]+DataType|chip_type|sppci_model"
            + "|number_processors|spnvme_trim_support)\"\\s*:|\"_name\"\\s*:\\s*\"hardware_overview\"");
    private static final Pattern PROC = Pattern.compile("^(?:proc\\s+)?(\\d{1,4})\\b.*");
    private static final Pattern WHOLE_DISK = Pattern.compile("^disk\\d+$");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProfilerJson() {
    }

    /** Whether the text of a JSON value (or its first lines) holds keys that only system_profiler writes. */
    static boolean looksLikeProfiler(CharSequence text) {
        return MARKER.matcher(text).find();
    }

    /**
     * The end of a {@code system_profiler -json} value opening at this line (a line starting with its brace), or
     * -1. The value ends at its closing brace, or, when the paste was cut, at the last line before {@code limit}.
     */
    static int end(TranscriptLines lines, int index, int limit) {
        return jsonEnd(lines, index, limit, MARKER);
    }

    /**
     * The end of a JSON object opening at this line whose text holds {@code marker}, or -1: the line after its
     * closing brace, or, when the paste was cut, after the last line before {@code limit}.
     */
    static int jsonEnd(TranscriptLines lines, int index, int limit, Pattern marker) {
        if (!opensObject(lines.get(index))) {
            return -1;
        }
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean marked = false;
        int last = index;
        for (int i = index; i < limit; i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                last = i;
            }
            marked |= marker.matcher(line).find();
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (inString) {
                    escaped = !escaped && ch == '\\';
                    inString = escaped || ch != '"';
                } else if (ch == '"') {
                    inString = true;
                } else if (ch == '{' || ch == '[') {
                    depth++;
                } else if (ch == '}' || ch == ']') {
                    depth--;
                    if (depth == 0) {
                        return marked ? i + 1 : -1;
                    }
                }
            }
            inString = false;
        }
        return marked ? last + 1 : -1;
    }

    /** Whether the line's first character other than a space is an opening brace. */
    static boolean opensObject(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{';
            }
        }
        return false;
    }

    /** Reads the value in lines {@code start} to {@code end} into the facts. */
    static void read(Section.Block block, Facts facts) {
        Parsed parsed = parse(block);
        if (parsed.root == null) {
            throw new Section.UnreadableOutput(block.firstLine(), "system_profiler -json output, a JSON object like "
                    + "'{ \"SPHardwareDataType\" : [ ... ] }'");
        }
        if (parsed.stoppedAt != null) {
            facts.problem(parsed.stoppedAt, "the rest of the JSON (" + parsed.stoppedReason + "); what comes before "
                    + "it was read");
        }
        read(parsed, facts);
    }

    /**
     * The JSON as far as it is well formed, with the line where each object opens; {@code stoppedAt} is the line where
     * it stops being well formed (a paste cut before its closing braces), null when it is whole.
     */
    record Parsed(JsonNode root, Map<JsonNode, Integer> lines, Integer stoppedAt, String stoppedReason,
            java.util.Set<JsonNode> unclosed) {

        Parsed(JsonNode root, Map<JsonNode, Integer> lines, Integer stoppedAt, String stoppedReason) {
            this(root, lines, stoppedAt, stoppedReason, java.util.Set.of());
        }
    }

    static Parsed parse(Section.Block block) {
        StringBuilder text = new StringBuilder();
        for (int i = block.start(); i < block.end(); i++) {
            text.append(block.line(i)).append('\n');
        }
        int offset = block.firstLine() - 1;
        Map<JsonNode, Integer> lines = new IdentityHashMap<>();
        Deque<JsonNode> open = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        JsonNode root = null;
        String name = null;
        try (JsonParser parser = InventoryJson.MAPPER.createParser(text.toString())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int line = offset + parser.currentTokenLocation().getLineNr();
                if (token == JsonToken.PROPERTY_NAME) {
                    name = parser.currentName();
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                    name = names.pop();
                    if (open.isEmpty()) {
                        break;
                    }
                    continue;
                }
                JsonNode node = switch (token) {
                    case START_OBJECT -> NODES.objectNode();
                    case START_ARRAY -> NODES.arrayNode();
                    case VALUE_STRING -> NODES.stringNode(parser.getString());
                    case VALUE_NUMBER_INT -> NODES.numberNode(parser.getLongValue());
                    case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
                    case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                    default -> NODES.nullNode();
                };
                if (open.isEmpty()) {
                    root = node;
                } else if (open.peek() instanceof ObjectNode object) {
                    object.set(name, node);
                } else {
                    ((ArrayNode) open.peek()).add(node);
                }
                if (node.isContainer()) {
                    lines.put(node, line);
                    open.push(node);
                    names.push(name == null ? "" : name);
                    name = null;
                } else if (root == node) {
                    break;
                }
            }
            if (!open.isEmpty()) {
                return new Parsed(root, lines, block.lastLine(), "its closing braces are missing", unclosed(open));
            }
        } catch (JacksonException e) {
            int line = offset + (e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr()));
            return new Parsed(root, lines, Math.min(line, block.lastLine()), e.getOriginalMessage(), unclosed(open));
        }
        return new Parsed(root, lines, null, null);
    }

    /** The containers still open where a paste stops: what they hold may be only part of what was printed. */
    static java.util.Set<JsonNode> unclosed(java.util.Collection<JsonNode> open) {
        java.util.Set<JsonNode> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(open);
        return set;
    }

    /** Reads a tree of system_profiler's items (from -json, or from -xml turned into the same tree). */
    static void read(Parsed parsed, Facts facts) {
        new ProfilerJson.Visit(parsed.lines(), parsed.unclosed(), facts).node(parsed.root(), null);
    }

    /** Walks the JSON and reads each item by the keys it holds. */
    private record Visit(Map<JsonNode, Integer> lines, java.util.Set<JsonNode> unclosed, Facts facts) {

        void node(JsonNode node, String key) {
            if (node.isArray()) {
                node.forEach(child -> node(child, key));
                return;
            }
            if (!node.isObject()) {
                return;
            }
            dataType(key);
            item(node, key);
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                dataType(entry.getKey());
                if (entry.getValue().isContainer()) {
                    node(entry.getValue(), entry.getKey().equals("_items") ? key : entry.getKey());
                }
            }
        }

        /** A data type shown empty still says "no GPU" or "no drive", not "not shown". */
        private void dataType(String key) {
            if ("SPDisplaysDataType".equals(key)) {
                facts.listsGpus = true;
            } else if ("SPNVMeDataType".equals(key) || "SPSerialATADataType".equals(key)) {
                facts.listsDisks = true;
            } else if ("SPStorageDataType".equals(key)) {
                facts.listsFilesystems = true;
            }
        }

        private void item(JsonNode item, String key) {
            int line = lines.getOrDefault(item, 1);
            if (item.has("chip_type") || (item.has("cpu_type") || item.has("machine_model"))
                    && (item.has("number_processors") || item.has("machine_name"))) {
                hardware(item, line);
            } else if (item.has("sppci_model") && (item.has("spdisplays_vendor") || item.has("sppci_bus")
                    || item.has("spdisplays_vram") || item.has("sppci_cores") || "SPDisplaysDataType".equals(key))) {
                gpu(item, line);
            } else if (item.has("mount_point") && item.has("size_in_bytes")) {
                volume(item, line);
            } else if (item.has("size_in_bytes") && WHOLE_DISK.matcher(text(item, "bsd_name")).matches()) {
                drive(item, key, line);
            } else if (item.has("os_version")) {
                facts.put(Field.OS_NAME, "macOS", line);
                facts.put(Field.OS_VERSION, text(item, "os_version").replaceFirst("\\s*\\([^)]*\\)$", ""), line);
                facts.put(Field.OS_KERNEL, blankToNull(text(item, "kernel_version")), line);
            } else if ("SPMemoryDataType".equals(key)) {
                memory(item, line);
            } else if ("SPDisplaysDataType".equals(key) && unclosed.contains(item) && !item.has("sppci_model")
                    && text(item, "_name").matches("[A-Z][A-Za-z0-9 ()-]{2,60}")) {
                // cut before its sppci_model: the item's own name is the GPU's (as macOS names it in its outline)
                ObjectNode named = ((ObjectNode) item).deepCopy();
                named.put("sppci_model", text(item, "_name"));
                gpu(named, line);
            }
        }

        private void hardware(JsonNode item, int line) {
            String chip = known(text(item, "chip_type"));
            String model = chip != null ? chip : known(text(item, "cpu_type"));
            if (model == null) {
                model = known(text(item, "processor_name"));
            }
            boolean apple = item.has("chip_type") || model != null && model.startsWith("Apple");
            boolean intel = model != null && model.toLowerCase(Locale.ROOT).contains("intel");
            facts.put(Field.OS_NAME, "macOS", line);
            facts.put(Field.CPU_MODEL, model, line);
            facts.put(Field.CPU_VENDOR, model == null ? null : apple ? "Apple" : intel ? "Intel" : null, line);
            facts.put(Field.OS_ARCHITECTURE, model == null ? null : apple ? "arm64" : intel ? "x86_64" : null, line);
            facts.put(Field.MACHINE_MODEL, blankToNull(text(item, "machine_model")), line);
            facts.put(Field.MEMORY_TOTAL, ProfilerSection.memory(text(item, "physical_memory")), line);
            Matcher cores = PROC.matcher(text(item, "number_processors"));
            if (cores.matches()) {
                int physical = Integer.parseInt(cores.group(1));
                facts.put(Field.CPU_PHYSICAL_CORES, physical, line);
                String threading = text(item, "platform_cpu_htt");
                if (apple || threading.endsWith("disabled")) {
                    facts.put(Field.CPU_LOGICAL_CORES, physical, line);
                } else if (threading.endsWith("enabled")) {
                    facts.put(Field.CPU_LOGICAL_CORES, physical * 2, line);
                }
            }
        }

        private void gpu(JsonNode item, int line) {
            facts.listsGpus = true;
            String name = text(item, "sppci_model");
            String vendorText = text(item, "spdisplays_vendor");
            String vendor = ProfilerSection.vendor(!vendorText.isEmpty() ? vendorText
                    : item.has("sppci_vendor") ? text(item, "sppci_vendor") : name);
            boolean builtIn = text(item, "sppci_bus").endsWith("builtin") || vendor.equals("Apple")
                    || vendor.equals("Intel") || item.has("spdisplays_vram_shared");
            String total = item.has("spdisplays_vram") ? text(item, "spdisplays_vram") : text(item, "_spdisplays_vram");
            Long vram = builtIn ? null : ProfilerSection.vram(total);
            Matcher cores = PROC.matcher(text(item, "sppci_cores"));
            facts.gpu(new Gpu(vendor, name, vram, vram == null ? null : 0L, null, builtIn,
                    cores.matches() ? Integer.valueOf(cores.group(1)) : null), "system_profiler", null, line);
        }

        private void volume(JsonNode item, int line) {
            facts.listsFilesystems = true;
            // macOS mounts system assets (Cryptexes) from disk images under /System: not the learner's storage
            if ("Disk Image".equals(text(item.path("physical_drive"), "protocol"))
                    && text(item, "mount_point").startsWith("/System/")) {
                facts.pseudoFilesystemsSkipped++;
                return;
            }
            long size = item.path("size_in_bytes").asLong();
            Long free = item.has("free_space_in_bytes") ? item.path("free_space_in_bytes").asLong() : null;
            Long used = free == null ? null : size - free;
            Integer percent = used == null || size == 0 ? null : (int) Math.ceil(used * 100.0 / size);
            String bsd = blankToNull(text(item, "bsd_name"));
            facts.filesystem(new Filesystem(bsd == null ? text(item, "_name") : "/dev/" + bsd,
                    text(item, "mount_point"), blankToNull(text(item, "file_system")), size, 0L, used,
                    used == null ? null : 0L, free, free == null ? null : 0L, percent, false), line);
        }

        private void drive(JsonNode item, String key, int line) {
            facts.listsDisks = true;
            String medium = (text(item, "spsata_medium_type") + text(item, "medium_type")).toLowerCase(Locale.ROOT);
            DiskType type = "SPNVMeDataType".equals(key) || item.has("spnvme_trim_support") ? DiskType.NVME
                    : medium.contains("solid") || medium.contains("ssd") ? DiskType.SSD
                            : medium.contains("rotational") || medium.contains("hdd") ? DiskType.HDD : null;
            String model = blankToNull(text(item, "device_model"));
            facts.disk(new Disk(text(item, "bsd_name"), model == null ? blankToNull(text(item, "_name")) : model,
                    item.path("size_in_bytes").asLong(), 0L, type), line);
        }

        /** Apple Silicon states the total in one value; Intel Macs list each memory slot ("empty" when unused). */
        private void memory(JsonNode item, int line) {
            Size total = ProfilerSection.memory(text(item, "SPMemoryDataType"));
            if (total == null && item.has("_items") && unclosed.contains(item.get("_items"))) {
                facts.problem(line, "every memory slot: the paste stops inside the list of slots, so their sum is "
                        + "not the installed memory");
                return;
            }
            if (total == null && item.has("_items")) {
                long bytes = 0;
                for (JsonNode slot : item.path("_items")) {
                    Size size = ProfilerSection.memory(text(slot, "dimm_size"));
                    bytes += size == null ? 0 : size.bytes();
                }
                total = bytes > 0 ? Size.exact(bytes) : null;
            }
            facts.put(Field.MEMORY_TOTAL, total, line);
        }

        private static String text(JsonNode item, String key) {
            JsonNode value = item.get(key);
            return value == null || value.isContainer() || value.isNull() ? ""
                    : TextInput.withoutControls(value.asString()).strip();
        }

        /** "Unknown" is what a virtual Mac reports as its chip. */
        private static String known(String value) {
            return value.isEmpty() || value.equalsIgnoreCase("unknown") ? null : value;
        }

        private static String blankToNull(String value) {
            return value.isEmpty() ? null : value;
        }
    }
}
