package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.CpuInfo;
import dev.praxis.inventory.core.Inventory.Disk;
import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.Inventory.Gpu;
import dev.praxis.inventory.core.Inventory.GpuTooling;
import dev.praxis.inventory.core.Inventory.MemoryInfo;
import dev.praxis.inventory.core.Inventory.OsInfo;
import dev.praxis.inventory.core.Inventory.Sensors;
import dev.praxis.inventory.core.Inventory.Unknown;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * The JSON the Praxis agent writes ({@code praxis-inventory.json}): the normalized inventory itself with
 * {@code "source": "agent"}. Read field by field: a key Praxis does not know, or a value of the wrong type, is a
 * warning naming its line (the value then counts as unknown), never a reason to refuse the whole file. Only JSON
 * that is not well formed, not an object, or holds none of the inventory's facts is refused.
 */
final class AgentJsonReader {

    private static final String SECTION = "agent-json";

    private final Map<String, Integer> lines;
    private final List<String> warnings = new ArrayList<>();
    private final List<Unknown> unknowns = new ArrayList<>();
    private int facts;

    private AgentJsonReader(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** A prompt like {@code [user@host ~]$} also opens with a bracket; only real JSON counts. */
    static boolean isJsonArray(String text) {
        if (!text.startsWith("[")) {
            return false;
        }
        try {
            InventoryJson.MAPPER.readTree(text);
            return true;
        } catch (JacksonException notJson) {
            return false;
        }
    }

    static Inventory read(String json) {
        JsonNode root;
        Map<String, Integer> lines;
        try {
            root = InventoryJson.MAPPER.readTree(json);
            lines = lines(json);
        } catch (JacksonException e) {
            throw new InventoryParseException(SECTION, line(e), "well-formed JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InventoryParseException(SECTION, 1, "a JSON object written by the Praxis agent");
        }
        return new AgentJsonReader(lines).inventory(root);
    }

    /** The line of every key, by JSON pointer ({@code /cpu/logicalCores}, {@code /gpus/0/name}). */
    private static Map<String, Integer> lines(String json) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = InventoryJson.MAPPER.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.PROPERTY_NAME && token != JsonToken.END_OBJECT
                        && token != JsonToken.END_ARRAY) {
                    lines.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
                            parser.currentTokenLocation().getLineNr());
                }
            }
        }
        return lines;
    }

    private Inventory inventory(JsonNode root) {
        Node top = new Node(root, "");
        String source = top.text("source", false);
        if (source != null && !Source.AGENT.id().equals(source)) {
            top.warn("source", "\"source\" is \"" + source + "\", not \"agent\"; the facts are read as the agent's");
        } else if (source == null && !root.has("source")) {
            warnings.add("line 1: no \"source\"; the facts are read as the agent's");
        }
        Integer schema = top.integer("schemaVersion", false);
        if (schema != null && (schema < 1 || schema > Inventory.SCHEMA_VERSION)) {
            top.warn("schemaVersion", "\"schemaVersion\" " + schema + " is not " + Inventory.SCHEMA_VERSION
                    + "; the keys of version " + Inventory.SCHEMA_VERSION + " are read, the others ignored");
        }
        top.text("parserVersion", false);
        OsInfo os = os(top.object("os"));
        CpuInfo cpu = cpu(top.object("cpu"));
        MemoryInfo memory = memory(top.object("memory"));
        List<Disk> disks = top.list("disks", this::disk);
        List<Filesystem> filesystems = top.list("filesystems", this::filesystem);
        List<Gpu> gpus = top.list("gpus", this::gpu);
        GpuTooling tooling = tooling(top.object("gpuTooling"));
        Boolean battery = top.bool("battery", true);
        Sensors sensors = sensors(top.object("sensors"));
        top.list("unknowns", node -> {
            String field = node.text("field", false);
            String reason = node.text("reason", false);
            if (field != null) {
                unknowns.add(new Unknown(field, reason == null ? "not determined" : reason));
            }
            node.done();
            return field;
        });
        List<String> agentWarnings = top.list("warnings", null);
        top.ignore("provenance");
        top.ignore("blocks");
        top.done();
        if (facts == 0) {
            throw new InventoryParseException(SECTION, 1, "the JSON the Praxis agent writes (\"source\": \"agent\" "
                    + "with \"os\", \"cpu\", \"memory\", ...); this JSON holds none of its facts");
        }
        List<String> allWarnings = new ArrayList<>(agentWarnings);
        allWarnings.addAll(warnings);
        return new Inventory(Inventory.SCHEMA_VERSION, Source.AGENT, InventoryReader.PARSER_VERSION, os, cpu, memory,
                disks, filesystems, gpus, tooling, battery, sensors, new ArrayList<>(new LinkedHashSet<>(unknowns)),
                allWarnings, Map.of());
    }

    private OsInfo os(Node node) {
        OsInfo os = new OsInfo(node.text("name", true), node.text("version", true), node.text("kernel", true),
                node.text("architecture", true));
        node.done();
        return os;
    }

    private CpuInfo cpu(Node node) {
        CpuInfo cpu = new CpuInfo(node.text("model", true), node.text("vendor", true),
                node.integer("physicalCores", true), node.integer("logicalCores", true),
                node.number("maxFrequencyHz", true));
        node.done();
        return cpu;
    }

    private MemoryInfo memory(Node node) {
        MemoryInfo memory = new MemoryInfo(node.number("totalBytes", true), node.number("totalPrecisionBytes", false),
                node.number("availableBytes", true), node.number("availablePrecisionBytes", false),
                node.number("swapTotalBytes", true), node.number("swapTotalPrecisionBytes", false),
                node.number("swapUsedBytes", false), node.number("swapUsedPrecisionBytes", false));
        node.done();
        return memory;
    }

    private Disk disk(Node node) {
        Disk disk = new Disk(node.text("name", true), node.text("model", false), node.number("sizeBytes", true),
                node.number("sizePrecisionBytes", false), node.enumeration("type", DiskType::fromId));
        node.done();
        return disk.name() == null ? null : disk;
    }

    private Filesystem filesystem(Node node) {
        Boolean project = node.bool("projectDisk", false);
        Filesystem fs = new Filesystem(node.text("device", false), node.text("mount", true), node.text("type", false),
                node.number("sizeBytes", true), node.number("sizePrecisionBytes", false),
                node.number("usedBytes", true), node.number("usedPrecisionBytes", false),
                node.number("availableBytes", true), node.number("availablePrecisionBytes", false),
                node.integer("usePercent", false), Boolean.TRUE.equals(project));
        node.done();
        return fs.mount() == null ? null : fs;
    }

    private Gpu gpu(Node node) {
        Gpu gpu = new Gpu(node.text("vendor", true), node.text("name", true), node.number("vramBytes", true),
                node.number("vramPrecisionBytes", false), node.text("driverVersion", false),
                node.bool("integrated", false), node.integer("cores", false));
        node.done();
        return gpu.name() == null && gpu.vendor() == null ? null : gpu;
    }

    private GpuTooling tooling(Node node) {
        GpuTooling tooling = new GpuTooling(tool(node, "nvidiaSmi"), tool(node, "rocmSmi"), tool(node, "lspci"),
                tool(node, "systemProfiler"));
        node.done();
        return tooling;
    }

    private static ToolStatus tool(Node node, String key) {
        ToolStatus status = node.enumeration(key, ToolStatus::fromId);
        return status == null ? ToolStatus.NOT_RUN : status;
    }

    private Sensors sensors(Node node) {
        if (node.missing()) {
            node.done();
            return null;
        }
        Double temperature = node.decimal("cpuTemperatureCelsius");
        List<Integer> fans = node.list("fanRpm", null).stream().filter(v -> v instanceof Integer)
                .map(Integer.class::cast).toList();
        node.done();
        return new Sensors(temperature, fans);
    }

    private static int line(JacksonException e) {
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    }

    /** One JSON object being read; remembers the keys it read so the others can be reported. */
    private final class Node {
        private final JsonNode json;
        private final String pointer;
        private final Set<String> read = new LinkedHashSet<>();

        Node(JsonNode json, String pointer) {
            this.json = json;
            this.pointer = pointer;
        }

        boolean missing() {
            return json == null || json.isNull() || json.isMissingNode();
        }

        private String path(String key) {
            return (pointer + "/" + key).substring(1).replace('/', '.').replaceAll("\\.(\\d+)(?=\\.|$)", "[$1]");
        }

        void warn(String key, String message) {
            warnings.add("line " + lines.getOrDefault(pointer + "/" + key, lines.getOrDefault(pointer, 1)) + ": "
                    + message);
        }

        private JsonNode value(String key) {
            read.add(key);
            if (missing() || !json.isObject()) {
                return null;
            }
            JsonNode value = json.get(key);
            return value == null || value.isNull() ? null : value;
        }

        /** A value of the wrong type: a warning, and for a fact an unknown. */
        private <T> T wrong(String key, JsonNode value, String expected, boolean fact) {
            warn(key, path(key) + ": expected " + expected + ", found " + value + "; read as unknown");
            if (fact) {
                unknowns.add(new Unknown(path(key), "the agent JSON holds " + value + ", not " + expected));
            }
            return null;
        }

        String text(String key, boolean fact) {
            JsonNode value = value(key);
            if (value == null) {
                return null;
            }
            if (!value.isString()) {
                return wrong(key, value, "a string", fact);
            }
            facts += fact ? 1 : 0;
            String text = TextInput.withoutControls(value.asString());
            if (text.length() != value.asString().length()) {
                warn(key, path(key) + ": control characters (such as \\u0000) dropped from the value");
            }
            return text;
        }

        Integer integer(String key, boolean fact) {
            JsonNode value = value(key);
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
                return wrong(key, value, "a whole number", fact);
            }
            facts += fact ? 1 : 0;
            return value.intValue();
        }

        Long number(String key, boolean fact) {
            JsonNode value = value(key);
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
                return wrong(key, value, "a whole number of bytes (or hertz)", fact);
            }
            facts += fact ? 1 : 0;
            return value.longValue();
        }

        Double decimal(String key) {
            JsonNode value = value(key);
            if (value == null) {
                return null;
            }
            return value.isNumber() ? value.doubleValue() : wrong(key, value, "a number", false);
        }

        Boolean bool(String key, boolean fact) {
            JsonNode value = value(key);
            if (value == null) {
                return null;
            }
            if (!value.isBoolean()) {
                return wrong(key, value, "true or false", fact);
            }
            facts += fact ? 1 : 0;
            return value.booleanValue();
        }

        <E> E enumeration(String key, Function<String, E> parse) {
            JsonNode value = value(key);
            if (value == null) {
                return null;
            }
            try {
                return value.isString() ? parse.apply(TextInput.withoutControls(value.asString()))
                        : wrong(key, value, "a string", false);
            } catch (IllegalArgumentException e) {
                return wrong(key, value, "one of the documented values (" + e.getMessage() + ")", false);
            }
        }

        Node object(String key) {
            JsonNode value = value(key);
            if (value != null && !value.isObject()) {
                wrong(key, value, "an object", false);
                value = null;
            }
            if (value == null && (key.equals("os") || key.equals("cpu") || key.equals("memory"))) {
                unknowns.add(new Unknown(key, "the agent JSON has no \"" + key + "\" object"));
            }
            return new Node(value, pointer + "/" + key);
        }

        /** Reads each element of an array with {@code reader} (null for plain values); bad elements are skipped. */
        @SuppressWarnings("unchecked")
        <T> List<T> list(String key, Function<Node, T> reader) {
            JsonNode value = value(key);
            List<T> result = new ArrayList<>();
            if (value == null) {
                return result;
            }
            if (!value.isArray()) {
                wrong(key, value, "an array", false);
                return result;
            }
            for (int i = 0; i < value.size(); i++) {
                JsonNode element = value.get(i);
                String elementPointer = pointer + "/" + key + "/" + i;
                if (reader == null) {
                    if (element.isString()) {
                        result.add((T) TextInput.withoutControls(element.asString()));
                    } else if (element.isInt()) {
                        result.add((T) Integer.valueOf(element.intValue()));
                    } else {
                        new Node(value, pointer + "/" + key).wrong(String.valueOf(i), element, "a string or number",
                                false);
                    }
                    continue;
                }
                if (!element.isObject()) {
                    new Node(value, pointer + "/" + key).wrong(String.valueOf(i), element, "an object", false);
                    continue;
                }
                T item = reader.apply(new Node(element, elementPointer));
                if (item == null) {
                    warnings.add("line " + lines.getOrDefault(elementPointer, 1) + ": " + path(key) + "[" + i
                            + "] lacks its name; left out");
                } else {
                    result.add(item);
                }
            }
            return result;
        }

        void ignore(String key) {
            read.add(key);
        }

        /** Reports every key of this object that was not read. */
        void done() {
            if (missing() || !json.isObject()) {
                return;
            }
            Map<String, JsonNode> extra = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : json.properties()) {
                if (!read.contains(entry.getKey())) {
                    extra.put(entry.getKey(), entry.getValue());
                }
            }
            extra.keySet().forEach(key -> warn(key, "unknown key \"" + path(key) + "\" ignored"));
        }
    }
}
