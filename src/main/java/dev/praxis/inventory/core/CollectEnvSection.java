package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PyTorch's {@code python -m torch.utils.collect_env} (and the reports built on it: vLLM's, many projects' issue
 * templates): {@code Key: value} lines after "Collecting environment information...". Read: {@code OS:} ({@code
 * Microsoft Windows 11 Enterprise (10.0.22631 64-bit)}: edition and version; {@code Mac OSX 10.15.5 (x86_64)}: macOS
 * and its architecture; {@code Ubuntu 22.04.3 LTS (x86_64)}: Linux), {@code GPU models and configuration:} with one
 * {@code GPU N: NAME} per line, and {@code Nvidia driver version:}. Its {@code CPU:} section (lscpu's lines on Linux,
 * WMI's {@code Name:} and {@code Manufacturer:} on Windows) is read here too when it holds WMI's lines; lscpu's are
 * left to lscpu's reader.
 */
final class CollectEnvSection extends DescribedSection {

    private static final Pattern OPENING = Pattern.compile("^(?:Collecting environment information\\.\\.\\.|PyTorch version: .+)$");
    private static final Pattern LINE = Pattern.compile("^([A-Za-z][\\w .()/+-]{1,60}):(?: (.*))?$");
    private static final Pattern OS = Pattern.compile("^(.+?)(?: \\(([^)]{2,40})\\))?$");
    private static final Pattern WINDOWS_VERSION = Pattern.compile("^(\\d{1,2}\\.\\d\\.\\d{4,5}) (?:32|64)-bit$");
    private static final Pattern GPU = Pattern.compile("^GPU \\d{1,2}: (\\S.{2,80}?)(?: \\(UUID: [^)]*\\))?$");
    private static final Pattern ARCHITECTURE = Pattern.compile("^(x86_64|aarch64|arm64|ppc64le|s390x|riscv64)$");

    CollectEnvSection() {
        super(new Descriptor("collect_env",
                typed -> typed.matches("(?:\\S*python\\S*\\s+)?(?:-m\\s+torch\\.utils\\.collect_env|\\S*collect_env\\.py)\\b.*"),
                List.of("os.name", "os.version", "gpus"),
                "PyTorch's collect_env lines like 'OS: Ubuntu 22.04.4 LTS (x86_64)' and 'GPU models and "
                        + "configuration: GPU 0: NVIDIA GeForce RTX 3090'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!OPENING.matcher(lines.get(index).strip()).matches()) {
            return -1;
        }
        return lines.extent(index + 1, limit, i -> {
            String line = lines.get(i).strip();
            // lscpu's lines under 'CPU:' are lscpu's reader's
            boolean wmiCpu = line.equals("CPU:") && i + 1 < limit && lines.get(i + 1).strip().startsWith("Name:");
            return wmiCpu || !line.equals("CPU:") && !line.startsWith("Architecture:") && (LINE.matcher(line).matches()
                    || GPU.matcher(line).matches() || line.startsWith("["));
        });
    }

    @Override
    public void read(Block block, Facts facts) {
        boolean gpus = false;
        boolean cpu = false;
        String driver = null;
        int first = -1;
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.List<Integer> numbers = new java.util.ArrayList<>();
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i).strip();
            int number = TranscriptLines.number(i);
            Matcher gpu = GPU.matcher(line);
            if (gpus && gpu.matches()) {
                names.add(gpu.group(1));
                numbers.add(number);
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).strip();
            gpus = key.equals("GPU models and configuration");
            cpu = key.equals("CPU") || cpu && !value.isEmpty();
            if (cpu && key.equals("Name")) {
                facts.put(Field.CPU_MODEL, value, number);
            } else if (cpu && key.equals("Manufacturer") && value.matches("GenuineIntel|AuthenticAMD")) {
                facts.put(Field.CPU_VENDOR, value, number);
            }
            if (gpus && (gpu = GPU.matcher(value)).matches()) {
                names.add(gpu.group(1));
                numbers.add(number);
            } else if (key.equals("Nvidia driver version") && value.matches("\\d{2,4}(?:\\.\\d{1,3}){1,2}")) {
                driver = value;
            } else if (key.equals("OS")) {
                os(value, number, facts);
            }
            first = first < 0 ? number : first;
        }
        for (int g = 0; g < names.size(); g++) {
            String name = names.get(g);
            String vendor = LshwSection.vendor(name);
            facts.listsGpus = true;
            facts.gpu(new Gpu(vendor, name, null, null, driver, vendor == null ? null
                    : LspciSection.integrated(vendor, name)), "collect_env", null, numbers.get(g));
        }
        if (facts.values.isEmpty() && facts.gpus.isEmpty()) {
            throw new UnreadableOutput(block.firstLine(), expected());
        }
    }

    private static void os(String value, int number, Facts facts) {
        Matcher os = OS.matcher(value);
        if (!os.matches()) {
            return;
        }
        String name = os.group(1).strip();
        String detail = os.group(2);
        if (name.startsWith("Microsoft Windows")) {
            facts.put(Field.OS_NAME, "Windows", number);
            facts.put(Field.OS_VERSION, name, number);
            Matcher version = detail == null ? null : WINDOWS_VERSION.matcher(detail);
            if (version != null && version.matches()) {
                facts.put(Field.OS_KERNEL, version.group(1), number);
            }
            return;
        }
        String system = name.startsWith("Mac OSX") || name.startsWith("macOS") ? "macOS" : FetchSection.system(name);
        if (system != null) {
            facts.put(Field.OS_NAME, system, number);
            if (system.equals("Linux")) {
                facts.put(Field.OS_VERSION, name, number);
            }
        }
        if (detail != null && ARCHITECTURE.matcher(detail).matches()) {
            facts.put(Field.OS_ARCHITECTURE, detail, number);
        }
    }
}
