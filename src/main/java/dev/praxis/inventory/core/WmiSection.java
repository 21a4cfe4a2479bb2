package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Windows' WMI properties as {@code wmic} and PowerShell print them: {@code wmic … get A, B} tables (columns under
 * their names, a blank line between rows), {@code /Value} lines ({@code TotalPhysicalMemory=17080623104}),
 * {@code Get-CimInstance} tables (names underlined with dashes) and lists ({@code Name : NVIDIA GeForce RTX 3060}),
 * and {@code echo %NUMBER_OF_PROCESSORS%}. Which class a row describes comes from the typed command
 * ({@code wmic cpu}, {@code Win32_VideoController}) or, without one, from the properties it has. A block is
 * recognised only when it names a property no Linux or macOS output has, so {@code Name}, {@code Model} or
 * {@code Version} alone are left to the other readers.
 */
final class WmiSection extends DescribedSection {

    /** Properties of Win32_ComputerSystem, _Processor, _PhysicalMemory, _VideoController, _OperatingSystem. */
    private static final Set<String> PROPERTIES = Set.of("TotalPhysicalMemory", "NumberOfLogicalProcessors",
            "NumberOfCores", "NumberOfProcessors", "NumberOfEnabledCore", "Name", "Caption", "Capacity",
            "MaxClockSpeed", "CurrentClockSpeed", "Manufacturer", "AdapterRAM", "DriverVersion", "VideoProcessor",
            "Version", "BuildNumber", "OSArchitecture", "DeviceID", "Model", "BankLabel", "DeviceLocator", "Speed",
            "PartNumber", "SystemType", "TotalVisibleMemorySize", "FreePhysicalMemory", "Description", "Status",
            "ProcessorId", "SocketDesignation", "L2CacheSize", "L3CacheSize", "AddressWidth", "DataWidth",
            "VideoModeDescription", "CurrentHorizontalResolution", "CurrentVerticalResolution", "CurrentRefreshRate",
            "AdapterCompatibility", "AdapterDACType", "PNPDeviceID", "SerialNumber", "MemoryType", "SMBIOSMemoryType",
            "FormFactor", "ConfiguredClockSpeed", "ThreadCount", "Domain", "UserName", "PSComputerName",
            "VideoArchitecture", "Size", "InterfaceType", "MediaType", "Partitions", "BytesPerSector", "TotalSectors",
            "TotalCylinders", "TotalHeads", "TotalTracks", "TracksPerCylinder", "SectorsPerTrack", "FirmwareRevision",
            "Index", "Availability", "ConfigManagerErrorCode", "CreationClassName", "CsTotalPhysicalMemory",
            "CsProcessors", "CsNumberOfLogicalProcessors", "CsNumberOfProcessors", "OsName", "OsVersion",
            "OsTotalVisibleMemorySize", "OsArchitecture", "WindowsProductName");
    /** What PowerShell's {@code Get-ComputerInfo} prints: the computer, its OS and its processors in one record. */
    private static final Set<String> COMPUTER_INFO = Set.of("CsTotalPhysicalMemory", "CsProcessors",
            "CsNumberOfLogicalProcessors", "CsNumberOfProcessors", "OsName", "OsVersion", "OsTotalVisibleMemorySize",
            "OsArchitecture", "WindowsProductName");
    /** Properties only WMI prints: one of them makes a block WMI's. */
    private static final Set<String> DISTINCT = Set.of("TotalPhysicalMemory", "NumberOfLogicalProcessors",
            "NumberOfCores", "NumberOfProcessors", "NumberOfEnabledCore", "MaxClockSpeed", "CurrentClockSpeed",
            "AdapterRAM", "DriverVersion", "VideoProcessor", "OSArchitecture", "BankLabel", "DeviceLocator",
            "TotalVisibleMemorySize", "FreePhysicalMemory", "ProcessorId", "SocketDesignation", "AdapterCompatibility",
            "AdapterDACType", "CurrentHorizontalResolution", "VideoModeDescription", "SMBIOSMemoryType",
            "ConfiguredClockSpeed", "PSComputerName", "VideoArchitecture", "BytesPerSector", "TotalCylinders",
            "TotalSectors", "TracksPerCylinder", "SectorsPerTrack", "CreationClassName", "CsTotalPhysicalMemory",
            "CsProcessors", "CsNumberOfLogicalProcessors", "OsTotalVisibleMemorySize", "WindowsProductName");
    private static final Pattern VALUE_LINE = Pattern.compile("^([A-Z_][A-Za-z0-9_]{1,40})=(.*)$");
    private static final Pattern LIST_LINE = Pattern.compile("^([A-Z_][A-Za-z0-9_]{1,40})\\s*: ?(.*)$");
    private static final Pattern DASHES = Pattern.compile("^-+(?:\\s+-+)*$");
    private static final Pattern TYPED = Pattern.compile("(?i)^(?:wmic\\b|get-ciminstance\\b|get-wmiobject\\b|gcim\\b"
            + "|gwmi\\b|echo\\s+%number_of_processors%|\\$env:number_of_processors).*");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,20}$");
    /** AdapterRAM is a 32-bit count: 4 GiB and more all read as about 4 GiB. */
    private static final long ADAPTER_RAM_CEILING = 4293918720L;

    private enum Kind { CPU, MEMORY_CHIP, VIDEO, COMPUTER, OS, DISK, COMPUTER_INFO, UNKNOWN }

    /** A word of a table header: a property name as WMI spells them ({@code AdapterRAM}, {@code NumberOfCores}). */
    private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*");

    WmiSection() {
        super(new Descriptor("wmic",
                typed -> TYPED.matcher(typed.strip()).matches(),
                List.of("os.name", "cpu.model", "cpu.logicalCores", "cpu.physicalCores", "memory.totalBytes", "gpus"),
                "WMI properties: a table under 'TotalPhysicalMemory' or 'Name  NumberOfCores', 'Key=Value' lines "
                        + "or 'Key : Value' lines"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        String line = lines.get(index).strip();
        boolean typedWmi = typed != null && answers(typed);
        if (typedWmi && environmentCount(typed) && NUMBER.matcher(line).matches()) {
            return index + 1;
        }
        Shape shape = shape(line);
        if (shape == null) {
            return -1;
        }
        List<String> names = shape == Shape.TABLE ? List.of(line.split("\\s+")) : List.of(key(line, shape));
        if (!typedWmi && names.stream().noneMatch(DISTINCT::contains)
                && (shape == Shape.TABLE || !distinctKeyFollows(lines, index, limit, shape))
                && !(names.equals(List.of("Capacity")) && modulesFollow(lines, index, limit))) {
            return -1;
        }
        return lines.extent(index + 1, limit, i -> belongs(lines.get(i).strip(), shape));
    }

    private static boolean environmentCount(String typed) {
        return typed.toLowerCase(Locale.ROOT).contains("number_of_processors");
    }

    private enum Shape { TABLE, VALUES, LIST }

    private static Shape shape(String line) {
        Matcher value = VALUE_LINE.matcher(line);
        if (value.matches() && PROPERTIES.contains(value.group(1))) {
            return Shape.VALUES;
        }
        Matcher list = LIST_LINE.matcher(line);
        if (list.matches() && PROPERTIES.contains(list.group(1))) {
            return Shape.LIST;
        }
        return tableHeader(line) ? Shape.TABLE : null;
    }

    /** Every word a property name, one of them known: wmic and PowerShell print the properties asked for. */
    private static boolean tableHeader(String line) {
        if (line.isEmpty()) {
            return false;
        }
        boolean known = false;
        for (String word : line.split("\\s+")) {
            if (!PROPERTY_NAME.matcher(word).matches()) {
                return false;
            }
            known |= PROPERTIES.contains(word);
        }
        return known;
    }

    private static String key(String line, Shape shape) {
        Matcher m = (shape == Shape.VALUES ? VALUE_LINE : LIST_LINE).matcher(line);
        return m.matches() ? m.group(1) : "";
    }

    /**
     * A list or value record opening with a common name ({@code Name : …}) counts when a WMI-only key follows, or when
     * it holds both {@code Caption} and {@code Description}, the pair every WMI class prints and no other output has.
     */
    private static boolean distinctKeyFollows(TranscriptLines lines, int index, int limit, Shape shape) {
        Set<String> keys = new java.util.HashSet<>(Set.of(key(lines.get(index).strip(), shape)));
        for (int i = index + 1; i < limit && i < index + 40; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!(shape == Shape.VALUES ? VALUE_LINE : LIST_LINE).matcher(line).matches()) {
                return false;
            }
            keys.add(key(line, shape));
            if (DISTINCT.contains(key(line, shape)) || keys.containsAll(CIM_ELEMENT)) {
                return true;
            }
        }
        return false;
    }

    /** What every WMI class prints first in a {@code Format-List}: a caption and a description. */
    private static final Set<String> CIM_ELEMENT = Set.of("Caption", "Description");

    /** A display adapter's name ({@code NVIDIA GeForce GTX 1070 Ti}, {@code Intel(R) UHD Graphics}). */
    private static final Pattern GRAPHICS_NAME = Pattern.compile("(?i).*\\b(?:graphics|geforce|quadro|tesla|radeon"
            + "|firepro|rtx|gtx|iris|arc a\\d+|display adapter)\\b.*");

    /** After a known property opened the record, any property follows ({@code fl *} prints a hundred). */
    private static boolean belongs(String line, Shape shape) {
        return switch (shape) {
            case VALUES -> VALUE_LINE.matcher(line).matches();
            case LIST -> LIST_LINE.matcher(line).matches();
            // rows of a table: anything but another header or record
            case TABLE -> shape(line) == null;
        };
    }

    @Override
    public void read(Block block, Facts facts) {
        String first = block.line(block.start()).strip();
        int firstNumber = block.firstLine();
        if (block.typed() != null && environmentCount(block.typed()) && NUMBER.matcher(first).matches()) {
            facts.put(Field.OS_NAME, "Windows", firstNumber);
            facts.put(Field.CPU_LOGICAL_CORES, Integer.valueOf(first), firstNumber);
            return;
        }
        Shape shape = shape(first);
        List<Row> rows = shape == Shape.TABLE ? table(block) : records(block, shape);
        if (rows.isEmpty()) {
            throw new UnreadableOutput(firstNumber, expected());
        }
        facts.put(Field.OS_NAME, "Windows", firstNumber);
        Kind typedKind = kind(block.typed());
        long chips = 0;
        int chipLine = 0;
        long cores = 0;
        long logical = 0;
        int cpuLine = 0;
        for (Row row : rows) {
            Kind kind = typedKind != Kind.UNKNOWN ? typedKind : kind(row.values());
            Map<String, String> v = row.values();
            switch (kind) {
                case CPU -> {
                    cpuLine = cpuLine == 0 ? row.line() : cpuLine;
                    cores += number(v.get("NumberOfCores"));
                    logical += number(v.get("NumberOfLogicalProcessors"));
                    facts.put(Field.CPU_MODEL, v.get("Name"), row.line());
                    facts.put(Field.CPU_VENDOR, v.get("Manufacturer"), row.line());
                    long mhz = number(v.get("MaxClockSpeed"));
                    if (mhz > 0) {
                        facts.put(Field.CPU_MAX_HZ, mhz * 1_000_000, row.line());
                    }
                }
                case MEMORY_CHIP -> {
                    String where = (v.getOrDefault("DeviceLocator", "") + " " + v.getOrDefault("BankLabel", ""))
                            .toUpperCase(Locale.ROOT);
                    if (!where.contains("ROM")) {
                        chips += number(v.get("Capacity"));
                        chipLine = chipLine == 0 ? row.line() : chipLine;
                    }
                }
                case VIDEO -> gpu(v, row.line(), facts);
                case COMPUTER_INFO -> computerInfo(v, row.line(), facts);
                case DISK -> disk(v, row.line(), facts);
                case COMPUTER -> {
                    long total = number(v.get("TotalPhysicalMemory"));
                    if (total > 0) {
                        facts.put(Field.MEMORY_TOTAL, Size.exact(total), row.line());
                    }
                    long count = number(v.get("NumberOfLogicalProcessors"));
                    if (count > 0) {
                        facts.put(Field.CPU_LOGICAL_CORES, (int) count, row.line());
                    }
                }
                case OS -> {
                    facts.put(Field.OS_VERSION, v.get("Caption"), row.line());
                    facts.put(Field.OS_KERNEL, v.get("Version"), row.line());
                    long visible = number(v.get("TotalVisibleMemorySize"));
                    if (visible > 0) {
                        facts.put(Field.MEMORY_TOTAL, Size.exact(visible * 1024), row.line());
                    }
                    // KiB like the total; what systeminfo calls 'Available Physical Memory' is this figure
                    long free = number(v.get("FreePhysicalMemory"));
                    if (free > 0) {
                        facts.put(Field.MEMORY_AVAILABLE, Size.exact(free * 1024), row.line());
                    }
                }
                default -> {
                }
            }
        }
        if (cores > 0) {
            facts.put(Field.CPU_PHYSICAL_CORES, (int) cores, cpuLine);
        }
        if (logical > 0) {
            facts.put(Field.CPU_LOGICAL_CORES, (int) logical, cpuLine);
        }
        if (chips > 0) {
            facts.put(Field.MEMORY_TOTAL, Size.exact(chips), chipLine);
        }
    }

    /**
     * A {@code Get-ComputerInfo} record: {@code CsTotalPhysicalMemory} in bytes (else {@code OsTotalVisibleMemorySize}
     * in KiB), the logical processors, the OS's name and version, and the first of {@code CsProcessors} (a list in
     * braces, {@code {AMD EPYC 7R32}}) as the CPU model.
     */
    private static void computerInfo(Map<String, String> v, int line, Facts facts) {
        long total = number(v.get("CsTotalPhysicalMemory"));
        long visible = number(v.get("OsTotalVisibleMemorySize"));
        if (total > 0 || visible > 0) {
            facts.put(Field.MEMORY_TOTAL, Size.exact(total > 0 ? total : visible * 1024), line);
        }
        long logical = number(v.get("CsNumberOfLogicalProcessors"));
        if (logical > 0) {
            facts.put(Field.CPU_LOGICAL_CORES, (int) logical, line);
        }
        facts.put(Field.OS_VERSION, v.getOrDefault("OsName", v.get("WindowsProductName")), line);
        facts.put(Field.OS_KERNEL, v.get("OsVersion"), line);
        String processors = v.getOrDefault("CsProcessors", "").replaceAll("^\\{|\\}$", "").strip();
        String model = processors.split(",\\s*")[0].strip();
        if (!model.isEmpty() && !model.contains("...") && !model.contains("\u2026")) {
            facts.put(Field.CPU_MODEL, model, line);
        }
    }

    /** A Win32_DiskDrive: its size in bytes and its model (the caption when the model is not shown). */
    private static void disk(Map<String, String> v, int line, Facts facts) {
        long size = number(v.get("Size"));
        if (size <= 0) {
            return;
        }
        facts.listsDisks = true;
        String model = v.getOrDefault("Model", v.get("Caption"));
        String id = v.getOrDefault("DeviceID", v.getOrDefault("Name", ""));
        String name = id.substring(id.lastIndexOf('\\') + 1);
        facts.disk(new Inventory.Disk(name.isBlank() ? "disk" + facts.disks.size() : name,
                model == null || model.isBlank() ? null : model, size, 0L, null), line);
    }

    private static void gpu(Map<String, String> v, int line, Facts facts) {
        String name = v.getOrDefault("Name", v.get("Caption"));
        if (name == null || name.isBlank()) {
            name = v.get("VideoProcessor");
        }
        if (name == null || name.isBlank()) {
            return;
        }
        facts.listsGpus = true;
        String vendor = LspciSection.vendor(name);
        long ram = number(v.get("AdapterRAM"));
        Long vram = ram > 0 && ram < ADAPTER_RAM_CEILING ? ram : null;
        if (ram >= ADAPTER_RAM_CEILING) {
            facts.vramUnknownReasons.put(line, "AdapterRAM at line " + line + " is a 32-bit count that stops at "
                    + "4 GB: the card has 4 GB or more");
        }
        Boolean integrated = LspciSection.integrated(vendor, name);
        facts.gpu(new Gpu(vendor, name, Boolean.TRUE.equals(integrated) ? null : vram,
                Boolean.TRUE.equals(integrated) || vram == null ? null : 0L, v.get("DriverVersion"), integrated),
                "wmic", null, line);
    }

    private static Kind kind(String typed) {
        if (typed == null) {
            return Kind.UNKNOWN;
        }
        String lower = typed.toLowerCase(Locale.ROOT);
        if (lower.contains("videocontroller")) {
            return Kind.VIDEO;
        }
        if (lower.contains("computersystem")) {
            return Kind.COMPUTER;
        }
        if (lower.contains("diskdrive")) {
            return Kind.DISK;
        }
        if (lower.contains("memorychip") || lower.contains("win32_physicalmemory")) {
            return Kind.MEMORY_CHIP;
        }
        if (lower.contains("operatingsystem") || lower.matches("wmic\\s+os\\b.*")) {
            return Kind.OS;
        }
        if (lower.matches("wmic\\s+cpu\\b.*") || lower.contains("win32_processor")) {
            return Kind.CPU;
        }
        return Kind.UNKNOWN;
    }

    /** The class a row describes, from the properties it has. */
    private static Kind kind(Map<String, String> values) {
        Set<String> keys = values.keySet();
        if (keys.stream().anyMatch(COMPUTER_INFO::contains)) {
            return Kind.COMPUTER_INFO;
        }
        if (keys.contains("AdapterRAM") || keys.contains("VideoProcessor") || keys.contains("AdapterCompatibility")
                || keys.contains("CurrentHorizontalResolution")) {
            return Kind.VIDEO;
        }
        if (keys.contains("BankLabel") || keys.contains("DeviceLocator") || keys.contains("SMBIOSMemoryType")) {
            return Kind.MEMORY_CHIP;
        }
        if (keys.equals(Set.of("Capacity")) && moduleSized(values.get("Capacity"))) {
            // wmic memorychip get capacity: a volume's capacity (Win32_Volume) is not a whole number of 256 MiB
            return Kind.MEMORY_CHIP;
        }
        if (keys.contains("BytesPerSector") || keys.contains("InterfaceType") || keys.contains("TotalCylinders")
                || values.getOrDefault("CreationClassName", "").equals("Win32_DiskDrive")) {
            return Kind.DISK;
        }
        if (keys.contains("TotalVisibleMemorySize") || keys.contains("OSArchitecture")
                || values.getOrDefault("Caption", "").startsWith("Microsoft Windows")) {
            return Kind.OS;
        }
        if (keys.contains("NumberOfCores") || keys.contains("MaxClockSpeed") || keys.contains("ProcessorId")
                || keys.contains("SocketDesignation")) {
            return Kind.CPU;
        }
        if (keys.contains("TotalPhysicalMemory") || keys.contains("NumberOfLogicalProcessors")) {
            return Kind.COMPUTER;
        }
        if (GRAPHICS_NAME.matcher(values.getOrDefault("Name", values.getOrDefault("Caption", ""))).matches()) {
            return Kind.VIDEO;
        }
        return Kind.UNKNOWN;
    }

    /** A lone {@code Capacity} column (wmic memorychip get capacity) whose rows are all memory modules' sizes. */
    private static boolean modulesFollow(TranscriptLines lines, int index, int limit) {
        int rows = 0;
        for (int i = index + 1; i < limit && !lines.endsOutputKeepingBlanks(i); i++) {
            if (lines.isBlank(i)) {
                continue;
            }
            if (!moduleSized(lines.get(i).strip())) {
                return false;
            }
            rows++;
        }
        return rows > 0;
    }

        /** Whether a capacity is a memory module's: a positive whole number of 256 MiB. */
    private static boolean moduleSized(String value) {
        long bytes = value == null || !NUMBER.matcher(value.strip()).matches() ? 0 : number(value.strip());
        return bytes > 0 && bytes % (256L << 20) == 0;
    }

        /** Properties WMI prints as plain numbers. */
    private static final Set<String> COUNTS = Set.of("AdapterRAM", "Capacity", "Size", "TotalPhysicalMemory",
            "NumberOfCores", "NumberOfLogicalProcessors", "NumberOfProcessors", "MaxClockSpeed", "CurrentClockSpeed",
            "VideoArchitecture", "TotalVisibleMemorySize", "FreePhysicalMemory", "BytesPerSector");

    private static boolean countsAreNumbers(Map<String, String> values) {
        for (Map.Entry<String, String> cell : values.entrySet()) {
            if (COUNTS.contains(cell.getKey()) && !cell.getValue().isEmpty()
                    && !NUMBER.matcher(cell.getValue()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static long number(String value) {
        return value != null && NUMBER.matcher(value.strip()).matches() && value.strip().length() < 19
                ? Long.parseLong(value.strip()) : 0;
    }

    /** One instance: its properties and the line it starts on. */
    private record Row(Map<String, String> values, int line) {
    }

    /** Key=Value or Key : Value records; a blank line or a key seen again starts the next one. */
    private static List<Row> records(Block block, Shape shape) {
        List<Row> rows = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        int line = 0;
        for (int i = block.start(); i < block.end(); i++) {
            String text = block.line(i).strip();
            Matcher m = (shape == Shape.VALUES ? VALUE_LINE : LIST_LINE).matcher(text);
            if (text.isEmpty() || !m.matches() || current.containsKey(m.group(1))) {
                if (!current.isEmpty() && (text.isEmpty() || m.matches())) {
                    rows.add(new Row(current, line));
                    current = new LinkedHashMap<>();
                }
                if (!m.matches()) {
                    continue;
                }
            }
            if (current.isEmpty()) {
                line = TranscriptLines.number(i);
            }
            current.put(m.group(1), m.group(2).strip());
        }
        if (!current.isEmpty()) {
            rows.add(new Row(current, line));
        }
        return rows;
    }

    /** A table: columns where wmic puts each name, or under PowerShell's dashes (numbers there are right-aligned). */
    private static List<Row> table(Block block) {
        String header = block.line(block.start());
        int rowsFrom = block.start() + 1;
        while (rowsFrom < block.end() && block.line(rowsFrom).isBlank()) {
            rowsFrom++;
        }
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher word = Pattern.compile("\\S+").matcher(header);
        while (word.find()) {
            names.add(word.group());
            spans.add(new int[] {word.start(), word.end()});
        }
        boolean dashed = rowsFrom < block.end() && DASHES.matcher(block.line(rowsFrom).strip()).matches();
        if (dashed) {
            spans.clear();
            Matcher dash = Pattern.compile("-+").matcher(block.line(rowsFrom));
            while (dash.find()) {
                spans.add(new int[] {dash.start(), dash.end()});
            }
            rowsFrom++;
            if (spans.size() != names.size()) {
                throw new UnreadableOutput(TranscriptLines.number(rowsFrom - 1),
                        "one run of dashes under each of " + names.size() + " column names");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = rowsFrom; i < block.end(); i++) {
            String line = block.line(i);
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            String[] cells = cells(line, spans);
            for (int c = 0; c < names.size(); c++) {
                values.put(names.get(c), cells[c]);
            }
            if (!countsAreNumbers(values)) {
                // words where a count belongs: the table has ended and a sentence follows
                break;
            }
            rows.add(new Row(values, TranscriptLines.number(i)));
        }
        return rows;
    }

    /**
     * The cells of a row: each word goes to the column whose name (or dashes) it lies under, a word under no name
     * to the column on its left (wmic and PowerShell left-align text, which runs on to the right; PowerShell
     * right-aligns numbers, which end under their dashes).
     */
    static String[] cells(String line, List<int[]> spans) {
        StringBuilder[] cells = new StringBuilder[spans.size()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = new StringBuilder();
        }
        Matcher word = Pattern.compile("\\S+").matcher(line);
        while (word.find()) {
            int column = 0;
            int overlap = 0;
            for (int c = 0; c < spans.size(); c++) {
                int[] span = spans.get(c);
                int shared = Math.min(word.end(), span[1]) - Math.max(word.start(), span[0]);
                if (shared > overlap) {
                    overlap = shared;
                    column = c;
                } else if (overlap == 0 && span[0] <= word.start()) {
                    column = c;
                }
            }
            if (!cells[column].isEmpty()) {
                cells[column].append(' ');
            }
            cells[column].append(word.group());
        }
        String[] values = new String[cells.length];
        for (int c = 0; c < cells.length; c++) {
            values[c] = cells[c].toString();
        }
        return values;
    }
}
