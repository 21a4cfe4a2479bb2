package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code sysctl} on macOS, the BSDs and Linux: full dumps ({@code sysctl -a}, "key: value" or "key = value"),
 * chosen keys ({@code sysctl hw.memsize}), and the bare values of {@code sysctl -n}, matched to the keys typed
 * before them. Without the typed command, a bare CPU brand string ("Apple M2 Pro", "Intel(R) Core(TM) i9-9880H CPU
 * @ 2.30GHz") and a bare byte count (hw.memsize) are still recognised.
 */
final class SysctlSection extends DescribedSection {

    private static final Pattern ENTRY = Pattern.compile(
            "^((?:hw|machdep|kern|kernel|vm|net|debug|dev|security|user|fs|abi|vfs|p1003_1b|compat|sysctl|iogpu)"
                    + "\\.[\\w.%-]+)(?::\\s?| = |=)(.*)$");
    private static final Pattern BRAND = Pattern.compile("^(?!.*:)(?:Apple M\\d+(?: (?:Pro|Max|Ultra))?"
            + "|(?:Genuine)?Intel\\(R\\) .+|.+ CPU @ \\d+(?:\\.\\d+)?GHz)$");
    private static final Pattern MEMSIZE = Pattern.compile("^\\d{9,19}$");
    private static final Pattern PERFLEVEL_CORES = Pattern.compile("^hw\\.perflevel\\d\\.physicalcpu$");
    private static final Pattern PERFLEVEL_THREADS = Pattern.compile("^hw\\.perflevel\\d\\.logicalcpu$");
    private static final Pattern SWAP_TOTAL = Pattern.compile("total = ([\\d.,]+[KMG])");

    SysctlSection() {
        super(new Descriptor("sysctl",
                typed -> typed.startsWith("sysctl"),
                List.of("cpu.model", "cpu.logicalCores", "cpu.physicalCores", "memory.totalBytes"),
                "sysctl values like 'hw.memsize: 17179869184' or, after sysctl -n, the bare values"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        String line = lines.get(index).strip();
        if (ENTRY.matcher(line).matches()) {
            int end = index + 1;
            int gap = 0;
            for (int i = index + 1; i < limit && gap <= 3; i++) {
                if (ENTRY.matcher(lines.get(i).strip()).matches()) {
                    end = i + 1;
                    gap = 0;
                } else if (lines.endsOutputKeepingBlanks(i)) {
                    break;
                } else {
                    gap++;
                }
            }
            return end;
        }
        List<String> keys = typedKeys(typed);
        if (keys != null && !keys.isEmpty() && rightAfterCommand(lines, index)) {
            int i = index;
            while (i < limit && i - index < keys.size() && !lines.endsOutput(i)) {
                i++;
            }
            return i;
        }
        return typed == null && (BRAND.matcher(line).matches() || MEMSIZE.matcher(line).matches()) ? index + 1 : -1;
    }

    /**
     * Whether the line follows the typed command with nothing but blank lines between: {@code sysctl -n} prints its
     * bare values there, and what comes after them is another output.
     */
    private static boolean rightAfterCommand(TranscriptLines lines, int index) {
        int i = index - 1;
        while (i >= 0 && lines.isBlank(i)) {
            i--;
        }
        return i >= 0 && lines.kind(i) == TranscriptLines.Kind.COMMAND;
    }

    /** The keys of {@code sysctl -n key...}, in order; null when the typed command is no {@code sysctl -n}. */
    private static List<String> typedKeys(String typed) {
        if (typed == null || !typed.startsWith("sysctl") || !typed.matches("sysctl\\s+(?:-\\w*n\\w*\\s+)+.*")) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        for (String word : typed.split("\\s+")) {
            if (word.startsWith("|") || word.startsWith(";") || word.startsWith("&")) {
                break;
            }
            if (!word.startsWith("-") && !word.equals("sysctl")) {
                keys.add(word);
            }
        }
        return keys;
    }

    @Override
    public void read(Block block, Facts facts) {
        List<String> keys = typedKeys(block.typed());
        boolean macKeys = false;
        int levelCores = 0;
        int levelLine = 0;
        int levelThreads = 0;
        int threadLine = 0;
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i).strip();
            int number = TranscriptLines.number(i);
            Matcher entry = ENTRY.matcher(line);
            String key;
            String value = line;
            if (entry.matches()) {
                key = entry.group(1);
                value = entry.group(2).strip();
            } else if (keys != null && i - block.start() < keys.size()) {
                key = keys.get(i - block.start());
            } else if (MEMSIZE.matcher(line).matches()) {
                key = "hw.memsize";
            } else if (BRAND.matcher(line).matches()) {
                key = "machdep.cpu.brand_string";
            } else {
                continue;
            }
            macKeys |= MAC_ONLY.contains(key) || key.startsWith("hw.perflevel");
            value(key, value, number, facts);
            Matcher level = PERFLEVEL_CORES.matcher(key);
            if (level.matches() && value.matches("\\d{1,4}")) {
                levelCores += Integer.parseInt(value);
                levelLine = levelLine == 0 ? number : levelLine;
            }
            if (PERFLEVEL_THREADS.matcher(key).matches() && value.matches("\\d{1,4}")) {
                levelThreads += Integer.parseInt(value);
                threadLine = threadLine == 0 ? number : threadLine;
            }
        }
        if (levelCores > 0) {
            // Apple Silicon: performance plus efficiency cores
            facts.put(Field.CPU_PHYSICAL_CORES, levelCores, levelLine);
        }
        if (levelThreads > 0) {
            facts.put(Field.CPU_LOGICAL_CORES, levelThreads, threadLine);
        }
        if (!facts.values.isEmpty()) {
            macOs(facts, macKeys);
        }
        String machine = (String) facts.get(Field.MACHINE_MODEL);
        if (machine != null && !machine.matches(".*\\d+,\\d+$") && !facts.has(Field.CPU_MODEL)) {
            // on the BSDs hw.model is the processor; on macOS it is the Mac ("MacBookPro18,3")
            facts.put(Field.CPU_MODEL, machine, facts.values.get(Field.MACHINE_MODEL).line());
        }
        if (facts.values.isEmpty() && facts.notes.isEmpty()) {
            facts.notes.add("the sysctl output at line " + block.firstLine() + " holds none of the values Praxis "
                    + "reads (machdep.cpu.brand_string, hw.memsize, hw.ncpu, hw.physicalcpu, kern.osrelease)");
        }
    }

    /** Keys only macOS has; its kernel release is then written "Darwin x", as uname -a shows it. */
    private static final java.util.Set<String> MAC_ONLY = java.util.Set.of("hw.memsize", "machdep.cpu.brand_string",
            "kern.osproductversion", "hw.physicalcpu", "hw.logicalcpu");

    private static void macOs(Facts facts, boolean macKeys) {
        if (!macKeys && !"macOS".equals(facts.get(Field.OS_NAME))) {
            return;
        }
        Facts.Fact kernel = facts.values.get(Field.OS_KERNEL);
        if (kernel != null && !kernel.value().toString().startsWith("Darwin")) {
            facts.values.put(Field.OS_KERNEL, new Facts.Fact("Darwin " + kernel.value(), kernel.line()));
        }
        Facts.Fact any = facts.values.values().iterator().next();
        facts.put(Field.OS_NAME, "macOS", any.line());
    }

    private static void value(String key, String value, int number, Facts facts) {
        switch (key) {
            case "machdep.cpu.brand_string" -> {
                facts.put(Field.CPU_MODEL, value, number);
                String lower = value.toLowerCase(Locale.ROOT);
                facts.put(Field.CPU_VENDOR, lower.startsWith("apple") ? "Apple" : lower.contains("intel")
                        ? "Intel" : lower.contains("amd") ? "AMD" : null, number);
            }
            case "machdep.cpu.vendor" -> facts.put(Field.CPU_VENDOR, value, number);
            case "hw.memsize", "hw.physmem64", "hw.realmem" -> facts.put(Field.MEMORY_TOTAL, bytes(value), number);
            case "hw.physmem" -> {
                if (!facts.has(Field.MEMORY_TOTAL)) {
                    facts.put(Field.MEMORY_TOTAL, bytes(value), number);
                }
            }
            case "hw.ncpu", "hw.logicalcpu", "hw.logicalcpu_max", "machdep.cpu.thread_count", "hw.ncpuonline",
                 "kern.smp.cpus" ->
                    facts.put(Field.CPU_LOGICAL_CORES, count(value), number);
            case "hw.physicalcpu", "hw.physicalcpu_max", "machdep.cpu.core_count", "kern.smp.cores" ->
                    facts.put(Field.CPU_PHYSICAL_CORES, count(value), number);
            case "hw.cpufrequency_max" -> {
                Long hertz = value.matches("\\d{6,12}") ? Long.valueOf(value) : null;
                facts.put(Field.CPU_MAX_HZ, hertz, number);
            }
            case "hw.model" -> facts.put(Field.MACHINE_MODEL, value, number);
            case "hw.machine", "hw.machine_arch" -> facts.put(Field.OS_ARCHITECTURE, value, number);
            case "kern.ostype", "kernel.ostype" -> facts.put(Field.OS_NAME, UnameSection.osName(value), number);
            case "kern.osrelease", "kernel.osrelease" -> facts.put(Field.OS_KERNEL, value, number);
            case "kern.osproductversion" -> facts.put(Field.OS_VERSION, "macOS " + value, number);
            case "kern.hostname", "kernel.hostname" -> facts.put(Field.HOST, value.split("\\.")[0], number);
            case "vm.swapusage" -> {
                Matcher total = SWAP_TOTAL.matcher(value);
                if (total.find()) {
                    facts.put(Field.SWAP_TOTAL, Size.parse(total.group(1).replace(',', '.'), 1).orElse(null),
                            number);
                }
            }
            default -> {
            }
        }
    }

    private static Size bytes(String value) {
        return value.matches("\\d{6,19}") && value.length() < 19 ? Size.exact(Long.parseLong(value)) : null;
    }

    private static Integer count(String value) {
        return value.matches("\\d{1,5}") ? Integer.valueOf(value) : null;
    }
}
