package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boot messages of FreeBSD, OpenBSD and NetBSD ({@code dmesg}, {@code /var/run/dmesg.boot}): the processor line
 * ({@code CPU: Intel(R) Core(TM) i3 CPU M 380 @ 2.53GHz (2527.06-MHz K8-class CPU)}, OpenBSD's {@code cpu0: …}), its
 * {@code Origin="GenuineIntel"}, the installed memory ({@code real memory  = 4294967296 (4096 MB)}, OpenBSD's
 * {@code real mem = …}, NetBSD's {@code total memory = 8191 MB}) and FreeBSD's SMP lines ({@code Multiprocessor System
 * Detected: 4 CPUs}, {@code 1 package(s) x 2 core(s) x 2 hardware threads}). The other boot messages are part of the
 * block and not read.
 */
final class BsdDmesgSection extends DescribedSection {

    private static final Pattern START = Pattern.compile("^(?:Copyright \\(c\\) \\d{4}-\\d{4} The (?:FreeBSD|NetBSD) "
            + "(?:Project|Foundation)|CPU: .+-class CPU\\)|real mem(?:ory)?\\s*=\\s*\\d|avail mem(?:ory)?\\s*=\\s*\\d"
            + "|total memory\\s*=\\s*\\d|FreeBSD/SMP: ).*");
    private static final Pattern CPU = Pattern.compile("^(?:CPU|cpu0): (.+?)\\s*(?:\\([\\d.]+-MHz [^)]*\\)|,\\s*[\\d.]+ MHz.*)$");
    private static final Pattern ORIGIN = Pattern.compile("^Origin\\s*=\\s*\"(\\w+)\".*");
    private static final Pattern REAL = Pattern.compile("^real mem(?:ory)?\\s*=\\s*(\\d{6,19})\\b.*");
    private static final Pattern TOTAL = Pattern.compile("^total memory\\s*=\\s*(\\d{1,9}) ([MG])B$");
    private static final Pattern DETECTED = Pattern.compile("^FreeBSD/SMP: Multiprocessor System Detected: (\\d{1,5}) CPUs$");
    private static final Pattern TOPOLOGY = Pattern.compile("^FreeBSD/SMP: (\\d{1,3}) package\\(s\\)(?: x (\\d{1,3}) "
            + "(?:groups x (\\d{1,3}) )?cache groups)?(?: x (\\d{1,4}) core\\(s\\))?(?: x (\\d{1,2}) "
            + "(?:hardware|SMT) threads)?$");

    BsdDmesgSection() {
        super(new Descriptor("dmesg",
                typed -> typed.matches("(?:sudo\\s+)?(?:dmesg\\b|(?:cat|less|more|head|grep\\b.*)\\s.*dmesg\\.boot).*"),
                List.of("cpu.model", "memory.totalBytes", "cpu.logicalCores", "cpu.physicalCores"),
                "BSD boot messages with lines like 'real memory  = 4294967296 (4096 MB)' or 'CPU: … (2527.06-MHz …)'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        String line = lines.get(index);
        if (line.isEmpty() || "CraFt".indexOf(line.charAt(0)) < 0 || !START.matcher(line.strip()).matches()) {
            return -1;
        }
        return lines.extent(index + 1, limit, i -> !lines.get(i).isBlank());
    }

    @Override
    public void read(Block block, Facts facts) {
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i).strip();
            int number = TranscriptLines.number(i);
            Matcher m;
            if ((m = CPU.matcher(line)).matches() && !facts.has(Field.CPU_MODEL)) {
                facts.put(Field.CPU_MODEL, m.group(1).replaceAll("\\s{2,}", " "), number);
            } else if ((m = ORIGIN.matcher(line)).matches()) {
                facts.put(Field.CPU_VENDOR, m.group(1), number);
            } else if ((m = REAL.matcher(line)).matches()) {
                facts.put(Field.MEMORY_TOTAL, Size.exact(Long.parseLong(m.group(1))), number);
            } else if ((m = TOTAL.matcher(line)).matches() && !facts.has(Field.MEMORY_TOTAL)) {
                Size.parse(m.group(1) + m.group(2), 1).ifPresent(size -> facts.put(Field.MEMORY_TOTAL, size, number));
            } else if ((m = DETECTED.matcher(line)).matches()) {
                facts.put(Field.CPU_LOGICAL_CORES, Integer.valueOf(m.group(1)), number);
            } else if ((m = TOPOLOGY.matcher(line)).matches()) {
                int packages = Integer.parseInt(m.group(1));
                int threads = m.group(5) == null ? 1 : Integer.parseInt(m.group(5));
                if (m.group(4) != null) {
                    int cores = Integer.parseInt(m.group(4));
                    int groups = (m.group(2) == null ? 1 : Integer.parseInt(m.group(2)))
                            * (m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
                    facts.put(Field.CPU_PHYSICAL_CORES, packages * groups * cores, number);
                    if (!facts.has(Field.CPU_LOGICAL_CORES)) {
                        facts.put(Field.CPU_LOGICAL_CORES, packages * groups * cores * threads, number);
                    }
                }
            }
        }
        if (facts.values.isEmpty()) {
            throw new UnreadableOutput(block.firstLine(), expected());
        }
    }
}
