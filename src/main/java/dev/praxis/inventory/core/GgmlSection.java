package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GPUs llama.cpp's ggml library names when it starts (and so what {@code llama-cli}, {@code llama-server},
 * ollama's log and {@code journalctl -u ollama} show): {@code ggml_cuda_init: found 2 CUDA devices:} (or ROCm, MUSA,
 * SYCL) followed by one {@code Device 0: NVIDIA GeForce RTX 3060, compute capability 8.6, VMM: yes} line per GPU
 * (ROCm builds: {@code Device 0: AMD Radeon RX 7900 XTX, gfx1100 (0x1100), VMM: no, Wave Size: 32}; newer builds add
 * {@code (Total VRAM: 11172 MiB)} to the first line and {@code , VRAM: 11172 MiB} to each device, its memory),
 * Vulkan's {@code ggml_vulkan: 0 = AMD Radeon RX 7600 (RADV NAVI33) | uma: 0 | …} lines, and {@code llama-server
 * --list-devices}' {@code CUDA0: NVIDIA GeForce RTX 5090 (32106 MiB, 55372 MiB free)}, which gives the memory. The
 * lines may stand behind a log prefix (journald's date, host and unit). A CUDA device is NVIDIA's, a ROCm (HIP)
 * device AMD's; other back ends are known by the name. The other log lines around them are not part of the block.
 */
final class GgmlSection extends DescribedSection {

    private static final Pattern FOUND = Pattern.compile(
            "\\bggml_\\w{1,30}: (?:found|Found) (\\d{1,2}) (CUDA|ROCm|HIP|MUSA|SYCL|Vulkan|CANN) devices?"
                    + "(?: \\(Total VRAM: \\d{1,9} MiB\\))?:");
    private static final Pattern DEVICE = Pattern.compile(
            "\\bDevice (\\d{1,2}): ([^,]{2,80}), (?:compute capability [\\d.]{1,8}|gfx\\w{2,8} \\(0x[0-9a-fA-F]{2,6}\\))"
                    + "(?:, VMM: \\w{2,3})?(?:, Wave Size: \\d{2})?(?:, VRAM: (\\d{1,9}) MiB)?\\s*$");
    private static final Pattern VULKAN = Pattern.compile(
            "\\bggml_vulkan: (\\d{1,2}) = (.{2,80}?) \\([^)]{0,60}\\) \\| uma: ([01])\\b.*$");
    /** Older builds: {@code Vulkan0: NVIDIA GeForce RTX 3060 Laptop GPU (NVIDIA) | uma: 0 | fp16: 1 | …}. */
    private static final Pattern VULKAN_OLD = Pattern.compile(
            "^\\s*Vulkan(\\d{1,2}): (.{2,80}?) \\([^)]{0,60}\\) \\| uma: ([01])\\b.*$");
    private static final Pattern DOZEN = Pattern.compile("^Microsoft Direct3D12 \\((.{2,80})\\)$");
    private static final Pattern LISTED = Pattern.compile(
            "^\\s*(CUDA|ROCm|HIP|MUSA|SYCL|Vulkan|CANN)(\\d{1,2}): (.{2,80}?) \\((\\d{1,9}) MiB, \\d{1,9} MiB free\\)\\s*$");
    private static final long MIB = 1024 * 1024;

    GgmlSection() {
        super(new Descriptor("ggml",
                typed -> typed.matches("(?:\\S*/)?(?:llama-\\S+|main|server|ollama serve|journalctl .*ollama.*)\\b.*"),
                List.of("gpus"),
                "llama.cpp's device lines: 'ggml_cuda_init: found 1 CUDA devices:' and 'Device 0: NAME, compute "
                        + "capability …', or 'CUDA0: NAME (N MiB, M MiB free)' under 'Available devices:'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!opens(lines.get(index))) {
            return -1;
        }
        int end = index + 1;
        for (int i = index + 1; i < limit; i++) {
            String line = lines.get(i);
            if (belongs(line)) {
                end = i + 1;
            } else if (!line.contains("ggml_")) {
                break;
            }
        }
        return end;
    }

    private static boolean opens(String line) {
        if (line.contains("ggml_")) {
            return FOUND.matcher(line).find() || VULKAN.matcher(line).find();
        }
        return line.strip().equals("Available devices:") || line.contains(" MiB free)") && LISTED.matcher(line).matches();
    }

    private static boolean belongs(String line) {
        // ggml's own loader lines between the device lines and the device list of --list-devices
        return opens(line) || line.startsWith("load_backend: ") || line.contains("| uma: ")
                && VULKAN_OLD.matcher(line).matches() || line.contains("Device ") && DEVICE.matcher(line).find()
                || line.contains(" MiB free)") && LISTED.matcher(line).matches();
    }

    @Override
    public void read(Block block, Facts facts) {
        Map<Integer, Gpu> gpus = new LinkedHashMap<>();
        Map<Integer, Integer> lines = new LinkedHashMap<>();
        String backend = null;
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i);
            int number = TranscriptLines.number(i);
            Matcher m;
            if ((m = FOUND.matcher(line)).find()) {
                backend = m.group(2);
            } else if (line.contains("Device ") && (m = DEVICE.matcher(line)).find()) {
                add(gpus, lines, Integer.parseInt(m.group(1)), m.group(2).strip(), backend,
                        m.group(3) == null ? null : Long.parseLong(m.group(3)) * MIB, null, number);
            } else if ((m = VULKAN.matcher(line)).find()) {
                add(gpus, lines, Integer.parseInt(m.group(1)), m.group(2).strip(), "Vulkan", null,
                        m.group(3).equals("1"), number);
            } else if ((m = VULKAN_OLD.matcher(line)).matches()) {
                add(gpus, lines, Integer.parseInt(m.group(1)), m.group(2).strip(), "Vulkan", null,
                        m.group(3).equals("1"), number);
            } else if ((m = LISTED.matcher(line)).matches()) {
                add(gpus, lines, Integer.parseInt(m.group(2)), m.group(3).strip(), m.group(1),
                        Long.parseLong(m.group(4)) * MIB, null, number);
            }
        }
        if (gpus.isEmpty()) {
            throw new UnreadableOutput(block.firstLine(), expected());
        }
        facts.listsGpus = true;
        gpus.forEach((index, gpu) -> facts.gpu(gpu, "ggml", null, lines.get(index)));
    }

    /** One device, merged with what another line of the block said of the same index. */
    private static void add(Map<Integer, Gpu> gpus, Map<Integer, Integer> lines, int index, String shown,
            String backend, Long vram, Boolean uma, int number) {
        // Mesa's Dozen layer names a GPU behind Direct3D 12: 'Microsoft Direct3D12 (Qualcomm(R) Adreno(TM) X1-85 GPU)'
        Matcher dozen = DOZEN.matcher(shown);
        // --list-devices repeats Vulkan's driver in parentheses after the name: 'AMD Radeon RX 7600 (RADV NAVI33)'
        String name = dozen.matches() ? dozen.group(1)
                : "Vulkan".equals(backend) ? shown.replaceFirst(" \\([^()]{2,40}\\)$", "") : shown;
        String vendor = backend == null ? LshwSection.vendor(name) : switch (backend) {
            case "CUDA" -> "NVIDIA";
            case "ROCm", "HIP" -> "AMD";
            default -> LshwSection.vendor(name);
        };
        Boolean integrated = uma != null ? uma : LspciSection.integrated(vendor, name);
        Gpu was = gpus.get(index);
        // a second run listing another device under the same index is another GPU of the machine
        while (was != null && !was.name().startsWith(name) && !name.startsWith(was.name())) {
            index += 100;
            was = gpus.get(index);
        }
        if (was == null) {
            gpus.put(index, new Gpu(vendor, name, vram, vram == null ? null : MIB, null, integrated));
            lines.put(index, number);
        } else if (vram != null && was.vramBytes() == null) {
            gpus.put(index, new Gpu(was.vendor(), was.name(), vram, MIB, null, was.integrated()));
        }
    }
}
