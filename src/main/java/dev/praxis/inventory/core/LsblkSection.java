package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Disk;
import dev.praxis.inventory.core.Inventory.Filesystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * {@code lsblk} with any columns in any order: the default ({@code NAME MAJ:MIN RM SIZE RO TYPE MOUNTPOINTS}),
 * {@code -o} subsets, {@code -f}, {@code -b}, {@code -d}, {@code -l}, {@code -r}, tree glyphs ({@code ├─ └─},
 * or {@code |- `-} with {@code -i}), continuation lines holding a second mount point, and the key="value" pairs of
 * {@code -P}. Cells are found under their header: text columns start where their header starts, numbers end where
 * theirs ends, so empty cells (a disk with no file system) do not shift the others. Whole disks are the rows of
 * type {@code disk} (or, without a TYPE column, the rows at the top of the tree), without loop, zram, ram, optical
 * and eMMC boot areas. The type comes from ROTA and TRAN where shown, NVMe from the name.
 */
final class LsblkSection extends DescribedSection {

    private static final Pattern PAIRS_LINE = Pattern.compile("(?:NAME|KNAME|PATH)=\"[^\"]*\"\\s+[A-Z][A-Z:-]*=\"");
    private static final Set<String> COLUMNS = Set.of("NAME", "KNAME", "PATH", "MAJ:MIN", "FSAVAIL", "FSSIZE",
            "FSTYPE", "FSUSED", "FSUSE%", "FSROOTS", "FSVER", "MOUNTPOINT", "MOUNTPOINTS", "LABEL", "UUID", "PTUUID",
            "PTTYPE", "PARTTYPE", "PARTTYPENAME", "PARTLABEL", "PARTUUID", "PARTFLAGS", "PARTN", "RA", "RO", "RM",
            "HOTPLUG", "MODEL", "SERIAL", "SIZE", "STATE", "OWNER", "GROUP", "MODE", "ALIGNMENT", "MIN-IO", "OPT-IO",
            "PHY-SEC", "LOG-SEC", "ROTA", "SCHED", "RQ-SIZE", "TYPE", "DISC-ALN", "DISC-GRAN", "DISC-MAX",
            "DISC-ZERO", "WSAME", "WWN", "RAND", "PKNAME", "HCTL", "TRAN", "SUBSYSTEMS", "REV", "VENDOR", "ZONED",
            "ZONE-SZ", "ZONE-WGRAN", "ZONE-APP", "ZONE-NR", "ZONE-OMAX", "ZONE-AMAX", "DAX", "ID-LINK", "ID",
            "DISK-SEQ", "START", "MQ", "FSUSE");
    private static final Set<String> RIGHT_ALIGNED = Set.of("MAJ:MIN", "FSAVAIL", "FSSIZE", "FSUSED", "FSUSE%", "RA",
            "RO", "RM", "HOTPLUG", "SIZE", "ALIGNMENT", "MIN-IO", "OPT-IO", "PHY-SEC", "LOG-SEC", "ROTA", "RQ-SIZE",
            "DISC-ALN", "DISC-GRAN", "DISC-MAX", "DISC-ZERO", "WSAME", "RAND", "ZONE-SZ", "ZONE-WGRAN", "ZONE-APP",
            "ZONE-NR", "ZONE-OMAX", "ZONE-AMAX", "DAX", "DISK-SEQ", "START", "PARTN");
    private static final Pattern TREE = Pattern.compile("^[\\s\u2502\u251C\u2514\u2500|`-]+");
    private static final Pattern PAIR = Pattern.compile("([A-Z][A-Z:%_-]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NOT_A_DISK = Pattern.compile(
            "^(?:loop\\d+|mtdblock\\d+|zram\\d+|ram\\d+|sr\\d+|fd\\d+|nbd\\d+|mmcblk\\d+(?:boot\\d+|rpmb)|md\\d+|dm-\\d+)$");

    private static List<String> header(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        List<String> words = List.of(stripped.split("\\s+"));
        int known = 0;
        for (String word : words) {
            if (!COLUMNS.contains(word)) {
                return null;
            }
            known++;
        }
        boolean named = words.contains("NAME") || words.contains("KNAME") || words.contains("PATH");
        return named && known >= 2 ? words : null;
    }

    /** {@code NAME="sda" SIZE="…"}: a lone {@code NAME="Ubuntu"} is /etc/os-release, not lsblk -P. */
    private static boolean pairs(String line) {
        return PAIRS_LINE.matcher(line).lookingAt();
    }

    /**
     * {@code lsblk -J}: its JSON opens with the "blockdevices" array; an excerpt of one device is known by the key
     * {@code "maj:min"}, which only lsblk writes.
     */
    static final Pattern JSON_MARKER = Pattern.compile("\"(?:blockdevices|maj:min)\"\\s*:");

    LsblkSection() {
        super(new Descriptor("lsblk",
                typed -> typed.startsWith("lsblk"),
                List.of("disks"),
                "a header like 'NAME MAJ:MIN RM SIZE RO TYPE MOUNTPOINTS' and one row per device"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        int json = ProfilerJson.jsonEnd(lines, index, limit, JSON_MARKER);
        if (json > index) {
            return json;
        }
        String line = lines.get(index);
        if (pairs(line)) {
            int i = index + 1;
            while (i < limit && pairs(lines.get(i))) {
                i++;
            }
            return i;
        }
        if (header(line) == null || index + 1 >= limit || lines.endsOutput(index + 1)) {
            return -1;
        }
        List<Column> columns = columns(line);
        // a table pasted indented (inside a report) keeps its rows at the header's indentation
        int base = columns.get(0).start();
        boolean nameFirst = !columns.get(0).right();
        int i = index + 1;
        while (i < limit && !lines.endsOutput(i) && lines.kind(i) != TranscriptLines.Kind.MISSING_TOOL
                && header(lines.get(i)) == null && !UnameSection.opens(lines.get(i)) && !fence(lines.get(i))
                && (!nameFirst || ProfilerOutline.indent(lines.get(i)) == base || nested(lines.get(i), base)
                        || continuation(lines.get(i), columns))) {
            i++;
        }
        return i > index + 1 ? i : -1;
    }

    /** A Markdown fence closing the paste ({@code ```}, {@code ~~~}): never a device row. */
    private static boolean fence(String line) {
        String stripped = line.strip();
        return stripped.startsWith("```") || stripped.startsWith("~~~");
    }

    /** A row deeper in the tree ({@code   ├─md126p1}): indented further, then a tree glyph. */
    private static boolean nested(String line, int base) {
        String stripped = line.strip();
        return ProfilerOutline.indent(line) > base && !stripped.isEmpty()
                && "\u2502\u251C\u2514|`".indexOf(stripped.charAt(0)) >= 0;
    }

    @Override
    public void read(Block block, Facts facts) {
        facts.listsDisks = true;
        if (ProfilerJson.opensObject(block.line(block.start()))) {
            json(block, facts);
            return;
        }
        if (pairs(block.line(block.start()))) {
            for (int i = block.start(); i < block.end(); i++) {
                Map<String, String> cells = new HashMap<>();
                Matcher pair = PAIR.matcher(block.line(i));
                while (pair.find()) {
                    cells.put(pair.group(1), pair.group(2));
                }
                disk(cells, true, facts, TranscriptLines.number(i));
            }
            return;
        }
        String header = block.line(block.start());
        List<Column> columns = columns(header);
        boolean raw = block.typedWith("-r") || block.typedWith("--raw");
        for (int i = block.start() + 1; i < block.end(); i++) {
            String line = block.line(i);
            if (line.isBlank() || continuation(line, columns)) {
                continue;
            }
            Map<String, String> cells = raw || simple(line, columns) ? sequential(line, columns) : cells(line, columns);
            String name = cells.getOrDefault("NAME", cells.getOrDefault("KNAME", cells.get("PATH")));
            if (name == null || name.isEmpty()) {
                facts.problem(TranscriptLines.number(i), "a device row under the header at line " + block.firstLine());
                continue;
            }
            boolean top = !TREE.matcher(line.substring(Math.min(line.length(), columns.get(0).start()))).find();
            disk(cells, top, facts, TranscriptLines.number(i));
            filesystem(cells, facts, TranscriptLines.number(i));
        }
    }

    private record Column(String name, int start, int end, boolean right) {
    }

    private static List<Column> columns(String header) {
        List<Column> columns = new ArrayList<>();
        Matcher word = Pattern.compile("\\S+").matcher(header);
        while (word.find()) {
            columns.add(new Column(word.group(), word.start(), word.end(), RIGHT_ALIGNED.contains(word.group())));
        }
        return columns;
    }

    /** A line holding only a further mount point of the device above. */
    private static boolean continuation(String line, List<Column> columns) {
        Column last = columns.get(columns.size() - 1);
        if (!last.name().startsWith("MOUNTPOINT") && !last.name().equals("FSROOTS")) {
            return false;
        }
        String stripped = TREE.matcher(line).replaceFirst("");
        int at = line.length() - stripped.length();
        return at >= last.start() - 1 && !stripped.isEmpty();
    }

    /** Every cell filled and none with spaces: the words are the cells, in order (plus an empty last cell). */
    private static boolean simple(String line, List<Column> columns) {
        String[] words = TREE.matcher(line).replaceFirst("").strip().split("\\s+");
        boolean lastIsText = !columns.get(columns.size() - 1).right();
        return words.length == columns.size() || lastIsText && words.length == columns.size() - 1
                && line.length() <= columns.get(columns.size() - 1).start();
    }

    private static Map<String, String> sequential(String line, List<Column> columns) {
        String[] words = TREE.matcher(line).replaceFirst("").strip().split("\\s+");
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < words.length && i < columns.size(); i++) {
            cells.put(columns.get(i).name(), words[i].replace("\\x20", " "));
        }
        return cells;
    }

    /** Each word goes to the column whose header it lies under, or to the text column it overflows from. */
    private static Map<String, String> cells(String line, List<Column> columns) {
        Map<String, StringBuilder> cells = new HashMap<>();
        Matcher word = Pattern.compile("\\S+").matcher(line);
        while (word.find()) {
            int start = word.start();
            int end = word.end();
            String text = word.group();
            if (start == columns.get(0).start()) {
                text = TREE.matcher(text).replaceFirst("");
            }
            Column owner = null;
            for (Column column : columns) {
                if (start < column.end() && end > column.start()) {
                    owner = column;
                    if (column.right() ? end == column.end() : start == column.start()) {
                        break;
                    }
                }
            }
            if (owner == null) {
                for (Column column : columns) {
                    if (column.start() <= start) {
                        owner = column;
                    }
                }
            }
            if (owner == null) {
                owner = columns.get(0);
            }
            cells.computeIfAbsent(owner.name(), name -> new StringBuilder())
                    .append(cells.containsKey(owner.name()) && !cells.get(owner.name()).isEmpty() ? " " : "")
                    .append(text);
        }
        Map<String, String> result = new HashMap<>();
        cells.forEach((name, text) -> result.put(name, text.toString()));
        return result;
    }

    /**
     * The top-level devices of {@code lsblk -J} (or {@code -bJ}, {@code -OJ}): their fields as the table's cells
     * (a number, as {@code -b} writes sizes, is bytes as in the table). A paste cut before the JSON's closing braces
     * gives the devices it holds (the last one with the fields it got to) and names the line where it stops.
     */
    private static void json(Block block, Facts facts) {
        ProfilerJson.Parsed parsed = ProfilerJson.parse(block);
        JsonNode root = parsed.root();
        JsonNode devices = root == null ? null
                : root.has("blockdevices") ? root.path("blockdevices")
                : root.has("name") || root.has("kname") || root.has("path")
                        ? InventoryJson.MAPPER.createArrayNode().add(root) : null;
        if (devices == null || !devices.isArray()) {
            throw new UnreadableOutput(block.firstLine(), "lsblk -J output, a whole JSON object like "
                    + "'{\"blockdevices\": [ {\"name\": \"sda\", \"size\": \"465.8G\", \"type\": \"disk\"} ]}'");
        }
        if (parsed.stoppedAt() != null) {
            facts.problem(parsed.stoppedAt(), "the rest of the lsblk -J output (" + parsed.stoppedReason()
                    + "); the devices before it were read");
        }
        for (JsonNode device : devices) {
            Map<String, String> cells = new HashMap<>();
            for (Map.Entry<String, JsonNode> field : device.properties()) {
                JsonNode value = field.getValue();
                String cell = value.isBoolean() ? (value.asBoolean() ? "1" : "0")
                        : value.isValueNode() && !value.isNull() ? value.asString() : null;
                if (cell != null) {
                    cells.put(field.getKey().toUpperCase(Locale.ROOT), cell);
                }
            }
            disk(cells, true, facts, line(block, cells.get("NAME")));
        }
    }

    /** The line of the JSON where the device's name is, or the block's first line. */
    private static int line(Block block, String name) {
        for (int i = block.start(); name != null && i < block.end(); i++) {
            if (block.line(i).contains("\"" + name + "\"")) {
                return TranscriptLines.number(i);
            }
        }
        return block.firstLine();
    }

    private static void disk(Map<String, String> cells, boolean top, Facts facts, int number) {
        String name = cells.getOrDefault("NAME", cells.getOrDefault("KNAME", cells.getOrDefault("PATH", "")));
        name = TREE.matcher(name).replaceFirst("");
        String type = cells.get("TYPE");
        String bare = name.substring(name.lastIndexOf('/') + 1);
        boolean whole = type != null ? type.equals("disk") : top;
        // "..." or "…" stands for rows the learner left out
        if (!whole || NOT_A_DISK.matcher(bare).matches() || !bare.matches(".*[A-Za-z0-9].*")) {
            return;
        }
        String sizeText = cells.get("SIZE");
        if (sizeText != null && sizeText.isEmpty() && cells.containsKey("TYPE")) {
            return; // a removable slot without a medium (a card reader): lsblk -P leaves its SIZE empty
        }
        Size size = sizeText == null || sizeText.isEmpty() ? null : Size.parse(sizeText.replace(',', '.'), 1)
                .orElse(null);
        if (sizeText != null && !sizeText.isEmpty() && size == null) {
            facts.problem(number, "a size like 476.9G in the SIZE column, found '" + sizeText + "'");
            return;
        }
        if (size != null && size.bytes() == 0) {
            return;
        }
        String model = cells.get("MODEL");
        facts.disk(new Disk(bare, model == null || model.isBlank() ? null : model.strip(),
                size == null ? null : size.bytes(), size == null ? null : size.precisionBytes(),
                type(bare, cells)), number);
    }

    /**
     * A mounted file system of {@code lsblk -f} or {@code -o …,FSAVAIL,FSUSE%,MOUNTPOINT}: its space as df would
     * show it. Snap and other read-only image mounts (squashfs, always full) are no space a learner can use.
     */
    private static void filesystem(Map<String, String> cells, Facts facts, int number) {
        String mount = cells.getOrDefault("MOUNTPOINT", cells.getOrDefault("MOUNTPOINTS", "")).strip();
        String available = cells.getOrDefault("FSAVAIL", "").strip();
        String percent = cells.getOrDefault("FSUSE%", "").strip();
        String fsSize = cells.getOrDefault("FSSIZE", "").strip();
        if (!mount.startsWith("/") || mount.startsWith("/snap/") || available.isEmpty() && fsSize.isEmpty()
                || "squashfs".equals(cells.get("FSTYPE"))) {
            return;
        }
        Size free = Size.parse(available.replace(',', '.'), 1).orElse(null);
        Size size = Size.parse(fsSize.replace(',', '.'), 1).orElse(null);
        Size used = Size.parse(cells.getOrDefault("FSUSED", "").strip().replace(',', '.'), 1).orElse(null);
        Integer use = percent.matches("\\d{1,3}%") ? Integer.valueOf(percent.substring(0, percent.length() - 1)) : null;
        if (free == null && size == null) {
            return;
        }
        String name = TREE.matcher(cells.getOrDefault("NAME", cells.getOrDefault("KNAME",
                cells.getOrDefault("PATH", "")))).replaceFirst("");
        String device = name.startsWith("/") ? name : name.isEmpty() ? null : "/dev/" + name;
        String type = cells.get("FSTYPE");
        facts.filesystem(new Filesystem(device, mount, type == null || type.isBlank() ? null : type,
                size == null ? null : size.bytes(), size == null ? null : size.precisionBytes(),
                used == null ? null : used.bytes(), used == null ? null : used.precisionBytes(),
                free == null ? null : free.bytes(), free == null ? null : free.precisionBytes(), use, false), number);
    }

    private static DiskType type(String name, Map<String, String> cells) {
        String transport = cells.getOrDefault("TRAN", "").toLowerCase(Locale.ROOT);
        if (name.startsWith("nvme") || transport.equals("nvme")) {
            return DiskType.NVME;
        }
        String rotational = cells.get("ROTA");
        if ("0".equals(rotational)) {
            return DiskType.SSD;
        }
        return "1".equals(rotational) ? DiskType.HDD : null;
    }
}
