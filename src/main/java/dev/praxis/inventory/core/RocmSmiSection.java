package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AMD's {@code rocm-smi}: the report between its "ROCm System Management Interface" banner and "End of ROCm SMI Log"
 * (or, after a typed {@code rocm-smi}, its lines without the banner). Every generation names its GPUs the same two
 * ways, which is what is read: table rows that start with the GPU's index (the old {@code GPU Temp AvgPwr …} table
 * and the newer "Concise Info" {@code Device Node IDs …} one), and {@code GPU[0] : key: value} lines
 * ({@code -a}, {@code --showproductname}, {@code --showmeminfo vram}). A GPU's name comes from its card series or
 * marketing name, its VRAM from "VRAM Total Memory (B)", the driver from "Driver version". The same keys are read from
 * {@code --csv} (a header {@code device,…} naming rocm-smi's columns, then one {@code card0,…} row per GPU) and from
 * {@code --json} ({@code { "card0": { "Card Series": …, … } }}). rocm-smi reports only AMD GPUs; whether one is an APU
 * it does not say.
 */
final class RocmSmiSection extends DescribedSection {

    private static final String TOOL = "rocm-smi";
    /** GFX targets of APUs only: Raven, Renoir/Cezanne, Van Gogh, Rembrandt, Raphael, Mendocino, Phoenix, Strix. */
    private static final Pattern APU_GFX = Pattern.compile("(?i)^gfx(?:902|909|90c|1033|1035|1036|1037|1103|115\\d)$");
    private static final Pattern BANNER = Pattern.compile("^[=\\s]*ROCm System Management Interface[=\\s]*$");
    private static final Pattern END = Pattern.compile("^[=\\s]*End of ROCm SMI Log[=\\s]*$");
    /** {@code GPU[0]  : VBIOS version: 111}, also after {@code ERROR: } or {@code WARNING: }. */
    private static final Pattern KEYED = Pattern.compile("^(?:[A-Z]+:\\s*)?GPU\\[(\\d{1,2})]\\s*:\\s*(.*)$");
    /** A table row: the GPU's index, then the columns (temperature, power, clocks, …). */
    private static final Pattern ROW = Pattern.compile("^\\s*(\\d{1,2})\\s+\\S+.*\\s\\S+$");
    private static final Pattern TABLE_HEADER = Pattern.compile("^\\s*(?:GPU|Device)\\s+(?:Temp|Node)\\b.*$");
    /** A table header only rocm-smi prints: GPU or Device first, clocks or VRAM% after. */
    private static final Pattern OWN_HEADER = Pattern.compile("^\\s*(?:GPU|Device)\\s+(?:Temp|Node)\\b.*"
            + "\\b(?:SCLK|AvgPwr|VRAM%)\\s.*$");
    private static final Pattern DRIVER = Pattern.compile("(?i)^Driver version:\\s*(\\S+)\\s*$");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]+)]\\s*$");
    /** A --csv header: the device column, then at least one column only rocm-smi names. */
    private static final Pattern CSV_HEADER = Pattern.compile("^device,(?:[^,]{1,60},){0,60}?(?:VRAM Total Memory \\(B\\)"
            + "|Card [Ss]eries|GPU use \\(%\\)|Temperature \\(Sensor [a-z]{1,12}\\) \\(C\\)|Driver version)(?:,.*)?$");
    private static final Pattern CSV_ROW = Pattern.compile("^card(\\d{1,2}),.*$");
    private static final Pattern CARD_KEY = Pattern.compile("^card(\\d{1,2})$");
    /** A --json value: "card0" objects holding rocm-smi's keys. */
    private static final Pattern JSON_MARKER = Pattern.compile("\"card\\d{1,2}\"\\s*:\\s*\\{|\"(?:VRAM Total Memory \\(B\\)"
            + "|Card [Ss]eries|GPU use \\(%\\))\"\\s*:");

    RocmSmiSection() {
        super(new Descriptor(TOOL,
                typed -> typed.startsWith(TOOL) || typed.startsWith("/opt/rocm") && typed.contains(TOOL)
                        || typed.startsWith("./" + TOOL),
                List.of("gpus", "gpuTooling.rocmSmi"),
                "rocm-smi's report between its 'ROCm System Management Interface' banner and 'End of ROCm SMI Log'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        String line = lines.get(index);
        if (line.startsWith("device,") && CSV_HEADER.matcher(line).matches()) {
            int end = index + 1;
            while (end < limit && CSV_ROW.matcher(lines.get(end)).matches()) {
                end++;
            }
            return end;
        }
        int json = ProfilerJson.jsonEnd(lines, index, limit, JSON_MARKER);
        if (json > index && jsonOfCards(lines, index, json)) {
            return json;
        }
        if (BANNER.matcher(line).matches()) {
            for (int i = index + 1; i < limit; i++) {
                if (END.matcher(lines.get(i)).matches()) {
                    return i + 1;
                }
                if (lines.endsOutputKeepingBlanks(i)) {
                    return i;
                }
            }
            return limit;
        }
        boolean afterTyped = typed != null && answers(typed);
        // without banner or command, rocm-smi is known by what no other tool prints: "GPU[0]  : …" lines and its
        // table headers with clock and VRAM% columns; a report cut at the top may open with a section's rule
        boolean opens = afterTyped && (KEYED.matcher(line.strip()).matches() || TABLE_HEADER.matcher(line).matches())
                || KEYED.matcher(line.strip()).matches() || OWN_HEADER.matcher(line).matches()
                || line.startsWith("=") && index + 1 < limit && (KEYED.matcher(lines.get(index + 1).strip()).matches()
                        || OWN_HEADER.matcher(lines.get(index + 1)).matches());
        if (!opens) {
            return -1;
        }
        int end = index + 1;
        for (int i = index + 1; i < limit && !lines.endsOutputKeepingBlanks(i); i++) {
            if (END.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
            if (ours(lines.get(i))) {
                end = i + 1;
            } else if (!lines.isBlank(i) && !(i + 1 < limit && ours(lines.get(i + 1)))) {
                // a line of text inside the report ("No KFD PIDs currently running") sits before a rule or GPU line
                break;
            }
        }
        return end;
    }

    /** A line of rocm-smi's report: a GPU line, a table row or header, a rule. */
    private static boolean ours(String line) {
        return KEYED.matcher(line.strip()).matches() || ROW.matcher(line).matches() || line.startsWith("=")
                || TABLE_HEADER.matcher(line).matches() || line.strip().startsWith("(");
    }

    /** Whether the JSON's first key is a card ("card0"), as rocm-smi --json writes it. */
    private static boolean jsonOfCards(TranscriptLines lines, int index, int end) {
        for (int i = index; i < end && i < index + 3; i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("{\"card") || line.startsWith("\"card")) {
                return line.matches("^\\{?\"card\\d{1,2}\"\\s*:.*");
            }
        }
        return false;
    }

    @Override
    public void read(Block block, Facts facts) {
        Map<Integer, Card> cards = new LinkedHashMap<>();
        String first = block.line(block.start());
        if (first.startsWith("device,")) {
            readCsv(block, cards);
            add(cards, null, facts);
            return;
        }
        if (ProfilerJson.opensObject(first)) {
            readJson(block, cards, facts);
            add(cards, null, facts);
            return;
        }
        String driver = null;
        boolean inTable = false;
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i);
            int number = TranscriptLines.number(i);
            Matcher driverLine = DRIVER.matcher(line.strip());
            if (driverLine.matches()) {
                driver = driverLine.group(1);
                continue;
            }
            if (TABLE_HEADER.matcher(line).matches()) {
                inTable = true;
                continue;
            }
            if (line.startsWith("=")) {
                // a separator closes the table only after its rows; the one under the header comes first
                inTable = inTable && cards.isEmpty();
                continue;
            }
            Matcher keyed = KEYED.matcher(line.strip());
            if (keyed.matches()) {
                Card card = cards.computeIfAbsent(Integer.parseInt(keyed.group(1)), index -> new Card(number));
                card.read(keyed.group(2));
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (inTable && row.matches()) {
                cards.computeIfAbsent(Integer.parseInt(row.group(1)), index -> new Card(number));
            }
        }
        add(cards, driver, facts);
    }

    /** rocm-smi --csv: each row's cells under the header's names, as the keyed lines name them. */
    private static void readCsv(Block block, Map<Integer, Card> cards) {
        String[] header = block.line(block.start()).split(",", -1);
        for (int i = block.start() + 1; i < block.end(); i++) {
            Matcher row = CSV_ROW.matcher(block.line(i));
            if (!row.matches()) {
                continue;
            }
            String[] cells = block.line(i).split(",", -1);
            Card card = cards.computeIfAbsent(Integer.parseInt(row.group(1)), index -> new Card(0));
            card.line = TranscriptLines.number(i);
            for (int c = 1; c < Math.min(header.length, cells.length); c++) {
                card.read(header[c] + ": " + cells[c]);
            }
        }
    }

    /** rocm-smi --json: one object per card, its keys as the keyed lines name them; a value cut short gives what it holds. */
    private static void readJson(Block block, Map<Integer, Card> cards, Facts facts) {
        ProfilerJson.Parsed parsed = ProfilerJson.parse(block);
        if (parsed.root() == null || !parsed.root().isObject()) {
            throw new UnreadableOutput(block.firstLine(), "rocm-smi --json output, an object like '{ \"card0\": { … } }'");
        }
        if (parsed.stoppedAt() != null) {
            facts.problem(parsed.stoppedAt(), "the rest of the JSON (" + parsed.stoppedReason() + "); what comes "
                    + "before it was read");
        }
        for (Map.Entry<String, tools.jackson.databind.JsonNode> entry : parsed.root().properties()) {
            Matcher name = CARD_KEY.matcher(entry.getKey());
            if (!name.matches() || !entry.getValue().isObject()) {
                continue;
            }
            Card card = cards.computeIfAbsent(Integer.parseInt(name.group(1)), index -> new Card(0));
            card.line = parsed.lines().getOrDefault(entry.getValue(), block.firstLine());
            for (Map.Entry<String, tools.jackson.databind.JsonNode> value : entry.getValue().properties()) {
                if (value.getValue().isValueNode()) {
                    card.read(value.getKey() + ": " + value.getValue().asString());
                }
            }
        }
    }

    private static void add(Map<Integer, Card> cards, String driver, Facts facts) {
        facts.listsGpus = true;
        for (Card card : cards.values()) {
            String cardDriver = card.driver != null ? card.driver : driver;
            facts.gpu(new Gpu("AMD", card.name == null ? "AMD GPU" : card.name, card.vram,
                    card.vram == null ? null : 0L, cardDriver, card.integrated()), TOOL, null, card.line);
        }
    }

    /** What the report says about one GPU. */
    private static final class Card {

        private int line;
        private String name;
        private Long vram;
        private String driver;
        private String gfx;

        /**
         * Whether the card is an APU's integrated GPU: by its name (Raphael, Phoenix3, Rembrandt: the codenames
         * lspci shows too) or by its GFX target, which only APUs use; null when neither tells.
         */
        Boolean integrated() {
            if (name != null && LspciSection.amdApu(name) || gfx != null && APU_GFX.matcher(gfx).matches()) {
                return Boolean.TRUE;
            }
            return null;
        }

        Card(int line) {
            this.line = line;
        }

        void read(String text) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                return;
            }
            String key = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = text.substring(colon + 1).strip();
            if (value.isEmpty() || value.equalsIgnoreCase("N/A")) {
                return;
            }
            switch (key) {
                case "card series", "marketing name", "device name", "card model" -> {
                    // the card model is a PCI id (0x744c) on most versions: a name only when nothing better is known
                    if (!key.equals("card model") || name == null && !value.startsWith("0x")) {
                        name = named(value);
                    }
                }
                case "vram total memory (b)" -> vram = bytes(value);
                case "gfx version" -> gfx = value;
                case "driver version" -> driver = value;
                default -> {
                }
            }
        }

        /** "Navi 21 [Radeon RX 6800/6800 XT / 6900 XT]": the marketing name in brackets, as lspci prints it. */
        private static String named(String value) {
            Matcher bracketed = BRACKETED.matcher(value);
            return bracketed.find() ? bracketed.group(1).strip() : value;
        }

        private static Long bytes(String value) {
            try {
                long bytes = Long.parseLong(value);
                return bytes > 0 ? bytes : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
