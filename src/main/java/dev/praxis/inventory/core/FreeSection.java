package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code free} of old and new procps, in any unit ({@code -h}, {@code -b}, {@code -k}, {@code -m}, {@code -g},
 * {@code --si}), wide ({@code -w}), with totals ({@code -t}) or low/high rows ({@code -l}), in any language: a
 * header of column names, then labelled rows. The first row is the memory; the swap row is known by its label
 * (Swap, Auslager, Échange, Inter, ...) or by coming next with three values. New procps has an {@code available}
 * column (the last one); old procps has a {@code -/+ buffers/cache} row whose free value is what applications can
 * still use. Plain numbers are in the unit the typed options name, KiB by default.
 */
final class FreeSection extends DescribedSection {

    private static final Pattern ROW = Pattern.compile("^([^:\uFF1A\\d]{1,24})[:\uFF1A]\\s*(\\S.*)$");
    private static final Pattern VALUE = Pattern.compile("^\\d{1,20}(?:[.,]\\d{1,4})?(?:[KMGTPE]i?|B)?$");
    private static final Set<String> SWAP = Set.of("swap", "auslager", "\u00E9change", "inter", "wymiana", "v\u00E4xl.",
            "\u0441\u0432\u043E\u043F.", "\u4EA4\u6362", "tr\u00E1o \u0111\u1ED5i", "\u10E1\u10D5\u10D0\u10DE\u10D8",
            "\uC2A4  \uC651", "troca", "scambio");
    private static final Set<String> OTHER_ROWS = Set.of("total", "gesamt", "razem", "totalt", "\u0437\u0430\u0433\u0430\u043B\u043E\u043C",
            "t\u1ED5ng", "\u603B\u91CF", "\u10EF\u10D0\u10DB\u10D8", "\uCD1D  \uACC4", "low", "high", "niedrig", "hoch", "baja",
            "alta", "basse", "haute", "niska", "wysoka", "baixa", "l\u00E5gt", "h\u00F6gt", "comm", "lage", "hoge");
    private static final String EXPECTED = "a 'Mem:' row of sizes under the header, like 'Mem:  15Gi  4.2Gi  8.1Gi ...'";

    static boolean isHeader(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.indexOf(':') >= 0 || !Character.isWhitespace(line.charAt(0))
                && !stripped.toLowerCase(Locale.ROOT).startsWith("total")) {
            return false;
        }
        String[] words = stripped.split("\\s+");
        if (words.length < 3 || words.length > 8) {
            return false;
        }
        for (String word : words) {
            if (word.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    private static String[] row(String line) {
        Matcher m = ROW.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String[] values = m.group(2).strip().split("\\s+");
        int sizes = 0;
        for (String value : values) {
            if (VALUE.matcher(value).matches()) {
                sizes++;
            }
        }
        return sizes >= 2 && sizes == values.length ? values : null;
    }

    FreeSection() {
        super(new Descriptor("free",
                typed -> typed.startsWith("free"),
                List.of("memory.totalBytes", "memory.availableBytes", "memory.swapTotalBytes"),
                "a header like 'total used free shared buff/cache available' and a 'Mem:' row"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        String line = lines.get(index);
        int rows = index;
        if (isHeader(line)) {
            rows = index + 1;
        } else if (!(typed != null && answers(typed)) && !memLabel(line)) {
            return -1;
        }
        int i = rows;
        while (i < limit && row(lines.get(i)) != null) {
            i++;
        }
        return i > rows && row(lines.get(rows)).length >= 3 ? i : -1;
    }

    private static boolean memLabel(String line) {
        String stripped = line.strip();
        return stripped.startsWith("Mem:") || stripped.startsWith("Speicher:");
    }

    @Override
    public void read(Block block, Facts facts) {
        int start = block.start();
        String[] columns = null;
        if (isHeader(block.line(start))) {
            columns = block.line(start).strip().toLowerCase(Locale.ROOT).split("\\s+");
            start++;
        }
        Units units = Units.of(block.typed(), block.lines(), start, block.end());
        boolean oldProcps = false;
        for (int i = start; i < block.end(); i++) {
            oldProcps |= row(block.line(i)).length == 2;
        }
        int available = columns == null ? headerlessAvailable(row(block.line(start)), oldProcps)
                : availableColumn(columns, oldProcps);
        boolean swapSeen = false;
        for (int i = start; i < block.end(); i++) {
            String[] values = row(block.line(i));
            String label = label(block.line(i));
            int number = TranscriptLines.number(i);
            if (i == start) {
                facts.put(Field.MEMORY_TOTAL, units.size(values[0]), number);
                if (available >= 0 && available < values.length) {
                    facts.put(Field.MEMORY_AVAILABLE, units.size(values[available]), number);
                }
            } else if (values.length == 2) {
                facts.put(Field.MEMORY_AVAILABLE, units.size(values[1]), number);
            } else if (!swapSeen && (SWAP.contains(label) || !OTHER_ROWS.contains(label))) {
                swapSeen = true;
                facts.put(Field.SWAP_TOTAL, units.size(values[0]), number);
                if (values.length >= 2) {
                    facts.put(Field.SWAP_USED, units.size(values[1]), number);
                }
            }
        }
        if (!facts.has(Field.MEMORY_TOTAL)) {
            throw new UnreadableOutput(TranscriptLines.number(start), EXPECTED);
        }
    }

    private static String label(String line) {
        Matcher m = ROW.matcher(line.strip());
        return m.matches() ? m.group(1).strip().toLowerCase(Locale.ROOT) : "";
    }

    /**
     * A {@code Mem:} row pasted without its header: six values with binary suffixes ({@code 7.8Gi}) are new procps'
     * (which brought both the suffixes and the available column), so the last is the available memory. Six plain
     * numbers could as well be old procps' {@code buffers cached}: left unknown.
     */
    private static int headerlessAvailable(String[] values, boolean oldProcps) {
        if (oldProcps || values == null || values.length != 6) {
            return -1;
        }
        for (String value : values) {
            if (value.matches("\\d.*[KMGTP]i")) {
                return 5;
            }
        }
        return -1;
    }

    /** The available column: named so, or the last of new procps' six (or seven, with -w). */
    private static int availableColumn(String[] columns, boolean oldProcps) {
        if (columns == null || oldProcps) {
            return -1;
        }
        for (int i = 0; i < columns.length; i++) {
            String c = columns[i];
            if (c.startsWith("avail") || c.startsWith("verf\u00FCg") || c.startsWith("dispon") || c.startsWith("dost\u0119p")
                    || c.startsWith("tillg") || c.startsWith("\u0434\u043E\u0441\u0442\u0443\u043F") || c.equals("\u53EF\u7528")) {
                return i;
            }
        }
        String last = columns[columns.length - 1];
        return (columns.length == 6 || columns.length == 7) && !last.contains("cach") && !last.contains("cach\u00E9")
                ? columns.length - 1 : -1;
    }

    /** How free's numbers are to be read: the typed unit options, or for plain numbers a plausible unit. */
    private record Units(long bare, boolean si) {

        static Units of(String typed, TranscriptLines lines, int start, int end) {
            boolean si = typed != null && typed.contains("--si");
            Long unit = typed == null ? null : typedUnit(typed, si);
            if (unit == null && typed != null && typed.split("[\\s|]+")[0].equals("free")) {
                unit = si ? 1000L : 1024L; // free without a unit option prints kibibytes, however small the machine
            }
            if (unit == null) {
                unit = plausibleUnit(row(lines.get(start))[0]);
            }
            return new Units(unit, si);
        }

        private static Long typedUnit(String typed, boolean si) {
            long k = si ? 1000 : 1024;
            for (String word : typed.split("\\s+")) {
                if (word.startsWith("|")) {
                    break;
                }
                switch (word) {
                    case "--bytes" -> {
                        return 1L;
                    }
                    case "--kibi", "--kilo" -> {
                        return word.equals("--kilo") ? 1000L : 1024L;
                    }
                    case "--mebi" -> {
                        return 1024L * 1024;
                    }
                    case "--mega" -> {
                        return 1000L * 1000;
                    }
                    case "--gibi" -> {
                        return 1024L * 1024 * 1024;
                    }
                    case "--giga" -> {
                        return 1000L * 1000 * 1000;
                    }
                    default -> {
                        if (word.matches("-[a-zA-Z]+")) {
                            for (char c : word.substring(1).toCharArray()) {
                                switch (c) {
                                    case 'b' -> {
                                        return 1L;
                                    }
                                    case 'k' -> {
                                        return k;
                                    }
                                    case 'm' -> {
                                        return k * k;
                                    }
                                    case 'g' -> {
                                        return k * k * k;
                                    }
                                    default -> {
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return null;
        }

        /** KiB unless that makes the memory implausibly small (then MiB or GiB) or large (over 4 TiB: bytes). */
        private static long plausibleUnit(String total) {
            if (!total.matches("\\d{1,20}")) {
                return 1024;
            }
            double value = Double.parseDouble(total);
            if (value * 1024 < 48.0 * 1024 * 1024) {
                return value * 1024 * 1024 >= 48.0 * 1024 * 1024 ? 1024L * 1024 : 1024L * 1024 * 1024;
            }
            return value > (double) (1L << 32) ? 1 : 1024;
        }

        Size size(String token) {
            return (si ? Size.parseSi(token, bare) : Size.parse(token, bare)).orElse(null);
        }
    }
}
