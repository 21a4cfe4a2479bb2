package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last resort for lines no reader knows (or a block its reader could not read): whole lines whose label names
 * one fact beyond doubt are read by that label, so a transcript holding a figure Praxis understands is never refused
 * for the shape around it. Conservative by design, since a wrong fact is worse than a missing one: {@code MemTotal:
 * 16318412 kB}; a total memory labelled as such with one size and a unit ({@code Total Memory: 16 GB},
 * {@code Memory: 16 GB}, {@code Memory Size: 8192 MB}; megabytes and gigabytes counted in powers of 1024, as the
 * system reports that print them mean); a CPU model after {@code model name}, {@code Processor Name} or {@code CPU
 * Model}; and {@code Size: 8192 MB} lines summed only under a {@code Memory Device} heading or after a typed
 * {@code dmidecode}. Counts whose meaning varies ({@code Number Of Processors} counts an LPAR's virtual processors,
 * not cores) are not read.
 */
final class LabelledFacts {

    private static final Pattern MEM_TOTAL = Pattern.compile("^MemTotal:\\s*(\\d{1,12})\\s*kB$");
    private static final Pattern MEMORY = Pattern.compile("^(?:Total (?:Physical |Installed )?(?:Memory|RAM)"
            + "|Installed (?:Memory|RAM)|Physical Memory|Memory|RAM|Memory Size)\\s*[:=]\\s*(\\d{1,7}(?:[.,]\\d{1,2})?)"
            + "\\s*(GB|MB|GiB|MiB|Gigabytes|Megabytes)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MODEL = Pattern.compile("^(?:model name|processor name|cpu model)\\s*:\\s*(\\S.{2,120})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEVICE_SIZE = Pattern.compile("^Size:\\s*(\\d{1,9})\\s*(MB|GB)$");

    private LabelledFacts() {
    }

    /**
     * The labelled facts of lines {@code first} to {@code last} (indexes, both included), with the labels read, or
     * empty when none of the lines is one.
     */
    static Optional<Found> read(TranscriptLines lines, int first, int last, String typed) {
        Facts facts = new Facts();
        List<String> labels = new ArrayList<>();
        boolean memoryDevices = typed != null && typed.matches("(?:sudo\\s+)?dmidecode\\b.*");
        for (int i = first; i <= last && !memoryDevices; i++) {
            memoryDevices = lines.get(i).strip().equals("Memory Device");
        }
        long deviceTotal = 0;
        int deviceLine = 0;
        for (int i = first; i <= last; i++) {
            String line = lines.get(i).strip();
            int number = TranscriptLines.number(i);
            Matcher memTotal = MEM_TOTAL.matcher(line);
            Matcher memory = MEMORY.matcher(line);
            Matcher model = MODEL.matcher(line);
            Matcher device = DEVICE_SIZE.matcher(line);
            if (memTotal.matches()) {
                put(facts, labels, Field.MEMORY_TOTAL, Size.exact(Long.parseLong(memTotal.group(1)) * 1024), number,
                        "MemTotal");
            } else if (memory.matches()) {
                String unit = memory.group(2).toUpperCase(Locale.ROOT).substring(0, 1);
                Optional<Size> size = Size.parse(memory.group(1) + unit, 1);
                if (size.isPresent()) {
                    put(facts, labels, Field.MEMORY_TOTAL, size.get(), number, line.substring(0, line.indexOf(
                            line.contains(":") ? ':' : '=')).strip());
                }
            } else if (model.matches()) {
                put(facts, labels, Field.CPU_MODEL, model.group(1).strip(), number,
                        line.substring(0, line.indexOf(':')).strip());
            } else if (device.matches() && memoryDevices) {
                deviceTotal += Size.parse(device.group(1) + device.group(2).charAt(0), 1).map(Size::bytes).orElse(0L);
                deviceLine = deviceLine == 0 ? number : deviceLine;
            }
        }
        if (deviceTotal > 0) {
            put(facts, labels, Field.MEMORY_TOTAL, Size.exact(deviceTotal), deviceLine, "Size (memory devices)");
        }
        return labels.isEmpty() ? Optional.empty() : Optional.of(new Found(facts, String.join(", ", labels)));
    }

    private static void put(Facts facts, List<String> labels, Field field, Object value, int line, String label) {
        if (!facts.has(field)) {
            facts.put(field, value, line);
            labels.add("'" + label + "' (line " + line + ")");
        }
    }

    /** The facts found and the labels they were read by. */
    record Found(Facts facts, String labels) {
    }
}
