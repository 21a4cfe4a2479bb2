package dev.praxis.inventory.core;

import dev.praxis.inventory.core.TranscriptDraft.Command;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lscpu | sed -n '1,20p'}: "Key: value" lines, flat (util-linux before 2.37) or indented under
 * Architecture / CPU(s) / Vendor ID (2.37 and later), in English or German. Only the first 20 lines are shown, so
 * the maximum frequency is often cut off and reported as unknown.
 */
final class LscpuSection implements Section {

    private static final Pattern START = Pattern.compile("^(Architecture|Architektur)\\s*:\\s*\\S+.*$");
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([^:]{1,60}?)\\s*:\\s*(.*)$");

    private enum Field { LOGICAL, MODEL, VENDOR, THREADS_PER_CORE, CORES_PER_SOCKET, SOCKETS, MAX_MHZ, ARCH }

    private static final Map<String, Field> KEYS = Map.ofEntries(
            Map.entry("cpu(s)", Field.LOGICAL),
            Map.entry("model name", Field.MODEL),
            Map.entry("modellname", Field.MODEL),
            Map.entry("vendor id", Field.VENDOR),
            Map.entry("anbieterkennung", Field.VENDOR),
            Map.entry("thread(s) per core", Field.THREADS_PER_CORE),
            Map.entry("thread(s) pro kern", Field.THREADS_PER_CORE),
            Map.entry("core(s) per socket", Field.CORES_PER_SOCKET),
            Map.entry("core(s) per cluster", Field.CORES_PER_SOCKET),
            Map.entry("kern(e) pro sockel", Field.CORES_PER_SOCKET),
            Map.entry("kern(e) pro cluster", Field.CORES_PER_SOCKET),
            Map.entry("socket(s)", Field.SOCKETS),
            Map.entry("cluster(s)", Field.SOCKETS),
            Map.entry("sockel", Field.SOCKETS),
            Map.entry("cpu max mhz", Field.MAX_MHZ),
            Map.entry("maximale taktfrequenz der cpu", Field.MAX_MHZ),
            Map.entry("architecture", Field.ARCH),
            Map.entry("architektur", Field.ARCH));

    @Override
    public boolean starts(String line) {
        return START.matcher(line).matches();
    }

    @Override
    public int read(TranscriptLines lines, int index, TranscriptDraft draft) {
        TranscriptDraft target = draft.begin(Command.LSCPU, TranscriptLines.number(index));
        int i = index;
        while (i < lines.size() && (i == index || !lines.endsOutput(i))) {
            Matcher m = KEY_VALUE.matcher(lines.get(i));
            if (!m.matches()) {
                break;
            }
            Field field = KEYS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (field != null) {
                apply(target, field, m.group(2).strip(), TranscriptLines.number(i));
            }
            i++;
        }
        return i;
    }

    private static void apply(TranscriptDraft target, Field field, String value, int number) {
        switch (field) {
            case LOGICAL -> {
                target.logicalCores = count(value, number, "CPU(s)");
                target.from("cpu.logicalCores", number);
            }
            case MODEL -> {
                if (target.cpuModel == null && !value.isEmpty() && !value.equals("-")) {
                    target.cpuModel = value;
                    target.from("cpu.model", number);
                }
            }
            case VENDOR -> target.cpuVendor = value;
            case THREADS_PER_CORE -> target.threadsPerCore = count(value, number, "Thread(s) per core");
            case CORES_PER_SOCKET -> {
                target.coresPerSocket = count(value, number, "Core(s) per socket");
                target.from("cpu.physicalCores", number);
            }
            case SOCKETS -> target.sockets = count(value, number, "Socket(s)");
            case MAX_MHZ -> {
                target.maxFrequencyHz = megahertz(value, number);
                target.from("cpu.maxFrequencyHz", number);
            }
            case ARCH -> {
                if (target.architecture == null) {
                    target.architecture = value;
                }
            }
        }
    }

    private static Integer count(String value, int number, String key) {
        if (value.equals("-")) {
            return null;
        }
        if (!value.matches("\\d{1,5}")) {
            throw new InventoryParseException(Command.LSCPU.label, number, "a whole number after '" + key + ":'");
        }
        return Integer.parseInt(value);
    }

    private static long megahertz(String value, int number) {
        if (!value.matches("\\d{1,6}(?:[.,]\\d{1,6})?")) {
            throw new InventoryParseException(Command.LSCPU.label, number,
                    "a frequency like '4700.0000' after 'CPU max MHz:'");
        }
        return new BigDecimal(value.replace(',', '.')).movePointRight(6).longValue();
    }
}
