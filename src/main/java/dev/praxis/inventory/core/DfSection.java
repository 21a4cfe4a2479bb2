package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Filesystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code df} as GNU coreutils (on Linux, WSL and macOS), BSD and macOS print it: {@code -h}, {@code -H},
 * {@code -k}, {@code -P}, {@code -T}, plain 1K or 512-byte blocks, BSD's inode columns, in any language. A row is
 * found by its shape, read from the right: three sizes, a percentage (then, on BSD, inodes used, free and their
 * percentage), then the mount point, which may hold spaces; what stands before the sizes is the device (and the
 * type with {@code -T}). A long device name may stand alone with the numbers wrapped onto the next line. Pseudo
 * file systems (tmpfs, devfs, snap loop devices, ...) are counted but not listed: they say nothing about the
 * learner's storage. {@code df -i} (inodes only) is recognised but gives no sizes.
 */
final class DfSection extends DescribedSection {

    private static final Pattern SIZE = Pattern.compile("^(?:\\d{1,20}(?:[.,]\\d{1,6})?(?:[KMGTPEZkmgtp]i?B?|Bi|B)?|-)$");
    private static final Pattern PERCENT = Pattern.compile("^(?:\\d{1,3}%|-)$");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern BLOCK_UNIT = Pattern.compile("(?<!\\S)(\\d{1,7})([kKMGT]?)(B?)-\\S+");
    private static final Pattern INODE_HEADER = Pattern.compile("(?i)(?:\\binodes\\b|(?-i)\\bI\\p{Lu}\\S*%)");
    private static final Set<String> TYPE_WORDS = Set.of("type", "typ", "tipo", "tipus", "t\u00FCr", "tipe", "ki\u1EC3u",
            "vrsta", "moeta", "tyyppi", "cine\u00E1l", "jenis", "tip", "tipas", "\u0442\u0438\u043F", "\u0432\u0438\u0434",
            "t\u00FCri", "kika", "t\u00FC\u00FCp", "\u7C7B\u578B", "\u985E\u578B", "\u30BF\u30A4\u30D7", "\uD615\uC2DD",
            "t\u00EDp.");
    private static final Set<String> PSEUDO = Set.of("tmpfs", "devtmpfs", "udev", "none", "shm", "devfs", "efivarfs",
            "cgroup", "cgroup2", "proc", "procfs", "sysfs", "run", "dev", "fdescfs", "linprocfs", "linsysfs",
            "drivers", "portal", "fusectl", "mqueue", "hugetlbfs", "securityfs", "pstore", "bpf", "tracefs",
            "debugfs", "configfs", "ramfs", "tmp", "varrun", "varlock", "overlay", "shmfs", "swap", "rootfs",
            "gvfsd-fuse", "lxcfs", "nullfs", "devpts", "squashfs", "snapfuse", "fdesc", "kernfs", "ptyfs",
            "map", "nsfs", "binfmt_misc", "autofs", "zram", "tools", "lib", "unionfs");
    /**
     * AIX's layout: device, size, free, %used, inodes used, %iused, mount point ({@code df -k}, {@code df -g},
     * {@code df -P} aside); the used space is not printed.
     */
    private static final Pattern AIX_ROW = Pattern.compile("^(\\S+)\\s+(\\d{1,20}(?:[.,]\\d{1,6})?|-)\\s+"
            + "(\\d{1,20}(?:[.,]\\d{1,6})?|-)\\s+(\\d{1,3}%|-)\\s+(\\d{1,20}|-)\\s+(\\d{1,3}%|-)\\s+(/.*)$");
    /** AIX's {@code df -g} and {@code df -m} headers: {@code GB blocks}, {@code MB blocks}. */
    private static final Pattern UNIT_BLOCKS = Pattern.compile("(?i)(?<!\\S)([KMG])B blocks(?!\\S)");
    private static final String EXPECTED_ROW = "a row like '/dev/sda1  50G  20G  28G  42% /' "
            + "(device, size, used, available, use%, mount point)";

    /** One df row read from the right; {@code device} is empty for the numbers of a wrapped row. */
    record Row(String device, String type, String size, String used, String available, String percent,
               String mount) {
    }

    DfSection() {
        super(new Descriptor("df",
                typed -> typed.startsWith("df"),
                List.of("filesystems"),
                "a header like 'Filesystem Size Used Avail Use% Mounted on' and rows like "
                        + "'/dev/sda1  50G  20G  28G  42% /'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        String line = lines.get(index);
        int rows;
        if (isHeader(line) && index + 1 < limit && rowAt(lines, index + 1, limit) > 0) {
            rows = index + 1;
        } else if (rowAt(lines, index, limit) > 0
                && (typed != null && answers(typed) || rowAt(lines, index + rowAt(lines, index, limit), limit) > 0
                || humanDeviceRow(lines.get(index)))) {
            rows = index;
        } else {
            return -1;
        }
        int i = rows;
        int step;
        while (i < limit && (step = rowAt(lines, i, limit)) > 0) {
            i += step;
        }
        return i;
    }

    /**
     * A lone row pasted without its header ({@code /dev/sda1  62G  14G  46G  23% /}): read when it cannot be anything
     * else, a device under {@code /dev/} and sizes with their units, as {@code df -h} prints them.
     */
    private static boolean humanDeviceRow(String line) {
        Row row = parse(line, false);
        return row != null && row.device().startsWith("/dev/") && row.size().matches("\\d[\\d.,]*[KMGTP]i?")
                && row.available().matches("\\d[\\d.,]*[KMGTP]i?");
    }

    /** How many lines the row at {@code index} takes: 1, 2 when wrapped, 0 when it is no df row. */
    private static int rowAt(TranscriptLines lines, int index, int limit) {
        if (index >= limit || !lines.isText(index) && !lines.get(index).startsWith("/")) {
            return 0;
        }
        Row row = parse(lines.get(index), false);
        if (row == null) {
            row = parseAix(lines.get(index));
        }
        if (row != null) {
            return row.device().isEmpty() ? 0 : 1;
        }
        String lone = lines.get(index).strip();
        if (index + 1 < limit && !lone.isEmpty() && lone.indexOf(' ') < 0) {
            Row wrapped = parse(lines.get(index + 1), false);
            return wrapped != null && wrapped.device().isEmpty() ? 2 : 0;
        }
        return 0;
    }

    private static boolean isHeader(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || Character.isWhitespace(line.charAt(0)) || stripped.indexOf(':') >= 0) {
            return false;
        }
        String[] words = stripped.split("\\s+");
        if (words.length < 5 || words.length > 14) {
            return false;
        }
        int numeric = 0;
        for (String word : words) {
            if (Character.isDigit(word.charAt(0)) && !BLOCK_UNIT.matcher(word).matches()) {
                numeric++;
            }
        }
        return numeric == 0;
    }

    /**
     * A note the learner wrote after a mount point ({@code /mnt/c <-- SSD with Windows}, {@code /data # raid}): an
     * arrow or a comment sign between spaces, which no mount path contains.
     */
    private static final Pattern NOTE = Pattern.compile("\\s+(?:<-+|<=+|\u2190|#)\\s.*$");

    /**
     * What a container shows on {@code /}: a union or placeholder file system with no device of its own, whose
     * layers lie on the host's disk.
     */
    private static final Set<String> VIRTUAL_ROOTS = Set.of("overlay", "overlayfs", "fuse-overlayfs", "aufs", "none",
            "rootfs");

    /** Reads a row from the right; null when the line is no df row. */
    static Row parse(String line, boolean typed) {
        List<int[]> spans = new ArrayList<>();
        Matcher token = TOKEN.matcher(line);
        while (token.find()) {
            spans.add(new int[] {token.start(), token.end()});
        }
        int n = spans.size();
        for (int p = 3; p < n - 1; p++) {
            if (!PERCENT.matcher(text(line, spans, p)).matches() || !SIZE.matcher(text(line, spans, p - 1)).matches()
                    || !SIZE.matcher(text(line, spans, p - 2)).matches()
                    || !SIZE.matcher(text(line, spans, p - 3)).matches()) {
                continue;
            }
            int mount = p + 1;
            if (mount + 3 < n && SIZE.matcher(text(line, spans, mount)).matches()
                    && SIZE.matcher(text(line, spans, mount + 1)).matches()
                    && PERCENT.matcher(text(line, spans, mount + 2)).matches()) {
                mount += 3;
            }
            String mountPoint = NOTE.matcher(line.substring(spans.get(mount)[0])).replaceFirst("").strip();
            if (!mountPoint.startsWith("/")) {
                continue;
            }
            String before = line.substring(0, spans.get(p - 3)[0]).strip();
            String type = null;
            if (typed && p - 3 >= 2) {
                type = text(line, spans, p - 4);
                before = line.substring(0, spans.get(p - 4)[0]).strip();
            }
            return new Row(before, type, text(line, spans, p - 3), text(line, spans, p - 2), text(line, spans, p - 1),
                    text(line, spans, p), mountPoint);
        }
        return null;
    }

    /** Reads a row of AIX's layout; null when the line is none. */
    static Row parseAix(String line) {
        Matcher m = AIX_ROW.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String mount = NOTE.matcher(m.group(7)).replaceFirst("").strip();
        return new Row(m.group(1), null, m.group(2), "-", m.group(3), m.group(4), mount);
    }

    /** A header pasted on the prompt line after the command ({@code # df -k /home     Filesystem 1024-blocks ...}). */
    private static String headerAfterCommand(String typed) {
        if (typed == null) {
            return null;
        }
        Matcher gap = Pattern.compile("\\s{2,}(?=\\S)").matcher(typed);
        while (gap.find()) {
            String rest = typed.substring(gap.end());
            if (isHeader(rest)) {
                return rest;
            }
        }
        return null;
    }

    private static String text(String line, List<int[]> spans, int index) {
        int[] span = spans.get(index);
        return line.substring(span[0], span[1]);
    }

    @Override
    public void read(Block block, Facts facts) {
        int start = block.start();
        String header = isHeader(block.line(start)) ? block.line(start) : null;
        if (header != null) {
            start++;
        } else {
            header = headerAfterCommand(block.typed());
        }
        if (header != null && INODE_HEADER.matcher(header).find() && !header.contains("%iused")) {
            facts.notes.add("the df output at line " + block.firstLine() + " counts inodes (df -i), not sizes");
            return;
        }
        boolean typeColumn = header != null ? typeColumn(header)
                : block.typedWith("-T") || block.typedWith("--print-type") || block.typed() != null
                        && block.typed().matches("df\\s+-\\w*T.*");
        Units units = units(header, block);
        facts.listsFilesystems = true;
        List<Row> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        int i = start;
        while (i < block.end()) {
            int number = TranscriptLines.number(i);
            Row row = parse(block.line(i), typeColumn);
            if (row == null) {
                row = parseAix(block.line(i));
            }
            if (row == null) {
                Row values = parse(block.line(i + 1), false);
                row = new Row(block.line(i).strip(), null, values.size(), values.used(), values.available(),
                        values.percent(), values.mount());
                i++;
            }
            i++;
            rows.add(row);
            numbers.add(number);
        }
        int root = virtualRoot(rows);
        int upper = root < 0 ? -1 : upperLayer(rows, rows.get(root));
        if (upper >= 0) {
            // an overlay root whose writable layer is mounted too (OpenWrt's overlayfs:/overlay): the layer is the
            // file system, also on a loop device; the root is a view of it
            facts.pseudoFilesystemsSkipped++;
            facts.notes.add("line " + numbers.get(root) + ": '/' is an overlay whose writable layer is "
                    + rows.get(upper).mount() + " (line " + numbers.get(upper) + "), listed instead");
            for (int r = 0; r < rows.size(); r++) {
                if (r == upper) {
                    addReal(facts, rows.get(r), units, numbers.get(r));
                } else if (r != root) {
                    add(facts, rows.get(r), units, numbers.get(r));
                }
            }
            return;
        }
        int host = root < 0 ? -1 : hostDisk(rows, rows.get(root));
        if (host >= 0) {
            // the container's overlay is no disk: the host disk that holds its layers is the learner's system disk
            facts.pseudoFilesystemsSkipped++;
            facts.containerHostDevice = rows.get(host).device();
            facts.notes.add("line " + numbers.get(root) + ": '/' is the container's " + rows.get(root).device()
                    + " file system; the host disk under it, " + rows.get(host).device() + " (line "
                    + numbers.get(host) + "), is taken as the system disk");
            add(facts, rows.get(host), units, numbers.get(host));
        }
        for (int r = 0; r < rows.size(); r++) {
            if (r != root && r != host || host < 0) {
                add(facts, rows.get(r), units, numbers.get(r));
            }
        }
    }

    /** The row of a container's root: {@code overlay}, {@code none} or the like mounted on {@code /}; -1 if none. */
    private static int virtualRoot(List<Row> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            String type = row.type() == null ? "" : row.type().toLowerCase(Locale.ROOT);
            if (row.mount().equals("/") && (VIRTUAL_ROOTS.contains(row.device().toLowerCase(Locale.ROOT))
                    || OVERLAY_OF.matcher(row.device()).matches()
                    || VIRTUAL_ROOTS.contains(type))) {
                return r;
            }
        }
        return -1;
    }

    /** An overlay named after its writable layer's directory: {@code overlayfs:/overlay}. */
    private static final Pattern OVERLAY_OF = Pattern.compile("(?i)(?:fuse-)?overlay(?:fs)?:(/\\S*)");

    /** The row mounted where an overlay root's writable layer lies ({@code overlayfs:/overlay}); -1 if none. */
    private static int upperLayer(List<Row> rows, Row root) {
        Matcher of = OVERLAY_OF.matcher(root.device());
        if (!of.matches()) {
            return -1;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).mount().equals(of.group(1)) && rows.get(r) != root) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The host disk a container's root lies on: a real device in the same df (Docker bind-mounts /etc/hosts from its
     * data directory, dashboards mount the host at /mnt/host), the one of the root's size when sizes tell, else the
     * first; -1 when df shows no real device.
     */
    private static int hostDisk(List<Row> rows, Row root) {
        int first = -1;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            boolean device = row.device().startsWith("/dev/") && !row.device().matches("/dev/loop\\d+(?:p\\d+)?")
                    || row.device().matches("[A-Za-z]:\\\\?");
            if (!device || row == root) {
                continue;
            }
            if (row.size().equals(root.size())) {
                return r;
            }
            if (first < 0) {
                first = r;
            }
        }
        return first;
    }

    private static boolean typeColumn(String header) {
        for (String word : header.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (TYPE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The unit of plain numbers (the header's {@code 1K-blocks}, {@code 512-blocks}) and whether sizes are SI. */
    private record Units(long bare, boolean si) {

        Size size(String token) {
            if (token.equals("-")) {
                return null;
            }
            return (si ? Size.parseSi(token, bare) : Size.parse(token, bare)).orElse(null);
        }
    }

    private static Units units(String header, Block block) {
        long bare = 1024;
        Matcher blocks = header == null ? null : UNIT_BLOCKS.matcher(header);
        if (blocks != null && blocks.find()) {
            bare = 1L << (10 * ("KMG".indexOf(blocks.group(1).toUpperCase(Locale.ROOT)) + 1));
        } else if (header != null) {
            Matcher unit = BLOCK_UNIT.matcher(header);
            if (unit.find()) {
                long base = unit.group(2).equals("k") || !unit.group(3).isEmpty() && !unit.group(2).isEmpty()
                        ? 1000 : 1024;
                int power = unit.group(2).isEmpty() ? 0 : "KMGT".indexOf(unit.group(2).toUpperCase(Locale.ROOT)) + 1;
                bare = Long.parseLong(unit.group(1));
                for (int i = 0; i < power; i++) {
                    bare *= base;
                }
            }
        }
        boolean si = block.typedWith("-H") || block.typedWith("--si") || block.typed() != null
                && block.typed().matches("df\\s+-\\w*H.*");
        return new Units(bare, si);
    }

    /** APFS disk names, the automounter's map and /System/Volumes exist only on macOS. */
    private static boolean macOs(Row row) {
        return row.device().matches("/dev/disk\\d+(?:s\\d+)*") || row.device().startsWith("map ")
                || row.mount().startsWith("/System/Volumes/");
    }

    private static void add(Facts facts, Row row, Units units, int number) {
        if (macOs(row)) {
            facts.put(Facts.Field.OS_NAME, "macOS", number);
        }
        if (isPseudo(row.device(), row.mount(), row.type())) {
            facts.pseudoFilesystemsSkipped++;
            if (row.device().equals("tmpfs") && (row.mount().equals("/tmp") || row.mount().equals("/dev/shm"))) {
                Size size = units.size(row.size());
                if (size != null && (facts.halfMemoryTmpfs == null || size.bytes() > (Long) facts.halfMemoryTmpfs.value())) {
                    facts.halfMemoryTmpfs = new Facts.Fact(size.bytes(), number);
                }
            }
            return;
        }
        addReal(facts, row, units, number);
    }

    /** Adds a row known to be a real file system (the writable layer under an overlay may be a loop device). */
    private static void addReal(Facts facts, Row row, Units units, int number) {
        Size size = units.size(row.size());
        Size used = units.size(row.used());
        Size available = units.size(row.available());
        if (size == null && !row.size().equals("-") || used == null && !row.used().equals("-")
                || available == null && !row.available().equals("-")) {
            facts.problem(number, "sizes like 50G, 1,9G or 460Gi (" + EXPECTED_ROW + ")");
            return;
        }
        Integer percent = row.percent().equals("-") ? null
                : Integer.valueOf(row.percent().substring(0, row.percent().length() - 1));
        facts.filesystem(new Filesystem(row.device(), row.mount(), row.type(), bytes(size), precision(size),
                bytes(used), precision(used), bytes(available), precision(available), percent, false), number);
    }

    private static Long bytes(Size size) {
        return size == null ? null : size.bytes();
    }

    private static Long precision(Size size) {
        return size == null ? null : size.precisionBytes();
    }

    /** What no learner stores projects on: memory and kernel file systems, snap images, automounter maps. */
    static boolean isPseudo(String device, String mount, String type) {
        if (mount.equals("/")) {
            return false;
        }
        if (device.matches("/dev/loop\\d+(?:p\\d+)?") || device.matches("/dev/md\\d+\\.uzip")) {
            return true;
        }
        // OpenWrt and its kin mount the read-only firmware image (squashfs) on /rom, under the overlay root
        if (mount.equals("/rom")) {
            return true;
        }
        // a directory shown as the device is a view of it (FreeBSD's nullfs, AIX's namefs, a bind mount)
        if (device.startsWith("/") && !device.startsWith("/dev/") && !device.startsWith("//")) {
            return true;
        }
        String first = device.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (PSEUDO.contains(first) || type != null && PSEUDO.contains(type.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (device.startsWith("/") || device.contains(":") || device.contains("/")) {
            return false;
        }
        return mount.startsWith("/proc") || mount.startsWith("/sys") || mount.startsWith("/dev")
                || mount.startsWith("/run");
    }
}
