package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Solaris and illumos {@code psrinfo -pv}: one paragraph per physical processor, opened by
 * {@code The physical processor has 4 cores and 8 virtual processors (0-7)} (older releases and SPARC T-series
 * without the cores part), then {@code The core has …} lines and the processor's name line
 * ({@code SPARC-T5 (chipid 0, clock 3600 MHz)}, on x86 {@code x86 (GenuineIntel 306A9 …)} followed by the brand
 * string). Cores and virtual processors are summed over the physical processors; the name is the model unless it is
 * only the instruction set ({@code sun4v-cpu}, {@code x86}). A paste quoted as Markdown ({@code > }) reads the same.
 */
final class PsrinfoSection extends DescribedSection {

    private static final String QUOTE = "(?:>\\s?)?";
    private static final Pattern PHYSICAL = Pattern.compile("^" + QUOTE + "The physical processor has (?:(\\d{1,4}) cores?"
            + " and )?(\\d{1,5}) virtual processors?\\b.*");
    private static final Pattern CORE = Pattern.compile("^" + QUOTE + "The core has \\d{1,4} virtual processors?\\b.*");
    private static final Pattern NAME = Pattern.compile("^" + QUOTE + "(\\S.*?)\\s+\\((?:chipid|\\S+ [0-9A-F]{3,}).*"
            + "clock \\d{1,6} MHz\\)\\s*$");
    private static final Pattern GENERIC = Pattern.compile("(?i)(?:sun4[uv]-cpu|x86|i386|sparcv9|sparc)");

    PsrinfoSection() {
        super(new Descriptor("psrinfo",
                typed -> typed.matches("(?:/usr/sbin/)?psrinfo\\b.*"),
                List.of("cpu.physicalCores", "cpu.logicalCores"),
                "lines like 'The physical processor has 4 cores and 8 virtual processors (0-7)'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!PHYSICAL.matcher(lines.get(index).strip()).matches()) {
            return -1;
        }
        int i = index + 1;
        while (i < limit && lines.isText(i)) {
            String line = lines.get(i).strip();
            if (!PHYSICAL.matcher(line).matches() && !CORE.matcher(line).matches() && !NAME.matcher(line).matches()
                    && !(i > 0 && NAME.matcher(lines.get(i - 1).strip()).matches())) {
                break;
            }
            i++;
        }
        return i;
    }

    @Override
    public void read(Block block, Facts facts) {
        int cores = 0;
        int logical = 0;
        boolean allCores = true;
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i).strip();
            int number = TranscriptLines.number(i);
            Matcher physical = PHYSICAL.matcher(line);
            if (physical.matches()) {
                logical += Integer.parseInt(physical.group(2));
                allCores &= physical.group(1) != null;
                cores += physical.group(1) == null ? 0 : Integer.parseInt(physical.group(1));
                continue;
            }
            Matcher name = NAME.matcher(line);
            if (name.matches() && !GENERIC.matcher(name.group(1)).matches()) {
                facts.put(Field.CPU_MODEL, name.group(1), number);
            } else if (name.matches() && i + 1 < block.end() && !NAME.matcher(block.line(i + 1).strip()).matches()
                    && !PHYSICAL.matcher(block.line(i + 1).strip()).matches()) {
                // x86: the brand string follows the line that names the instruction set
                facts.put(Field.CPU_MODEL, block.line(i + 1).strip().replaceFirst("^" + QUOTE, ""), number + 1);
            }
        }
        facts.put(Field.CPU_LOGICAL_CORES, logical, block.firstLine());
        if (allCores && cores > 0) {
            facts.put(Field.CPU_PHYSICAL_CORES, cores, block.firstLine());
        }
    }
}
