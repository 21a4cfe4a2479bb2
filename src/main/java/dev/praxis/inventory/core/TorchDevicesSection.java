package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PyTorch-based image and video tools print about the machine (ComfyUI and the tools built on its model
 * management: Fooocus, Forge, SwarmUI): the start log's {@code Total VRAM 24564 MB, total RAM 32694 MB} (MiB, as
 * torch and psutil report them divided by 1024²) and {@code Device: cuda:0 NVIDIA GeForce RTX 4090 : native}, also
 * behind a logging prefix; ComfyUI's error report, whose System Information and Devices sections are Markdown bullets
 * ({@code - **OS:** nt}, {@code - **Name:** cuda:0 NAME : cudaMallocAsync}, {@code - **VRAM Total:** 17094475776} in
 * bytes); and ComfyUI-Manager's {@code ** Platform: Windows}. {@code nt} is Windows; {@code posix} is Linux when the
 * device is CUDA's or ROCm's (macOS has neither) and macOS when it is {@code mps}.
 */
final class TorchDevicesSection extends DescribedSection {

    private static final Pattern TOTALS = Pattern.compile("\\bTotal VRAM (\\d{1,9}) MB, total RAM (\\d{1,9}) MB\\b");
    private static final Pattern DEVICE = Pattern.compile(
            "\\bDevice: (cuda|xpu|mps|privateuseone|directml)(?::\\d{1,2})?(?: (\\S.{1,90}?))?(?: : \\w{2,30})?\\s*$");
    private static final Pattern REPORT = Pattern.compile("^\\s*- \\*\\*([A-Za-z ]{2,30}):\\*\\* (.{0,300})$");
    private static final Pattern PLATFORM = Pattern.compile("^\\*\\* Platform: (Windows|Linux|Darwin)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^## (?:System Information|Devices)\\s*$");
    /** Lines the start log prints between its totals and its device line. */
    private static final int DEVICE_WITHIN = 12;
    private static final long MIB = 1024 * 1024;

    TorchDevicesSection() {
        super(new Descriptor("ComfyUI",
                typed -> typed.matches("(?:\\S*[/\\\\])?(?:python\\S*)?\\s*(?:-s\\s+)?(?:\\S*[/\\\\])?main\\.py\\b.*"),
                List.of("memory.totalBytes", "gpus"),
                "lines like 'Total VRAM 24564 MB, total RAM 32694 MB' and 'Device: cuda:0 NAME : native', or "
                        + "the report's '- **Name:** cuda:0 NAME' and '- **VRAM Total:** N'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        String line = lines.get(index);
        if (line.contains("Total VRAM") && TOTALS.matcher(line).find()) {
            for (int i = index + 1; i < limit && i <= index + DEVICE_WITHIN; i++) {
                if (lines.kind(i) == TranscriptLines.Kind.COMMAND) {
                    break;
                }
                if (lines.get(i).contains("Device: ") && DEVICE.matcher(lines.get(i)).find()) {
                    return i + 1;
                }
            }
            return index + 1;
        }
        if (line.contains("Device: ") && DEVICE.matcher(line).find() || PLATFORM.matcher(line).matches()) {
            return index + 1;
        }
        if (HEADING.matcher(line).matches() || report(line)) {
            return lines.extent(index + 1, limit, i -> REPORT.matcher(lines.get(i)).matches()
                    || HEADING.matcher(lines.get(i)).matches() || lines.get(i).startsWith("  - **"));
        }
        return -1;
    }

    /** A bullet of ComfyUI's report that names it: its version, its OS line or a device's name. */
    private static boolean report(String line) {
        Matcher m = REPORT.matcher(line);
        return m.matches() && (m.group(1).equals("ComfyUI Version") || m.group(1).equals("Name")
                && DEVICE.matcher("Device: " + m.group(2)).find());
    }

    @Override
    public void read(Block block, Facts facts) {
        String name = null;
        String kind = null;
        Long vram = null;
        long precision = 0;
        String os = null;
        int deviceLine = block.firstLine();
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i);
            int number = TranscriptLines.number(i);
            Matcher m;
            if ((m = TOTALS.matcher(line)).find()) {
                vram = Long.parseLong(m.group(1)) * MIB;
                precision = MIB;
                facts.put(Field.MEMORY_TOTAL, new Size(Long.parseLong(m.group(2)) * MIB, MIB), number);
            } else if ((m = PLATFORM.matcher(line)).matches()) {
                facts.put(Field.OS_NAME, m.group(1).equals("Darwin") ? "macOS" : m.group(1), number);
            } else if ((m = REPORT.matcher(line)).matches()) {
                String key = m.group(1);
                String value = m.group(2).strip();
                if (key.equals("OS")) {
                    os = value;
                } else if (key.equals("Name")) {
                    Matcher device = DEVICE.matcher("Device: " + value);
                    if (device.find()) {
                        kind = device.group(1);
                        name = device.group(2);
                        deviceLine = number;
                    }
                } else if (key.equals("VRAM Total") && value.matches("\\d{1,15}") && Long.parseLong(value) > 0) {
                    vram = Long.parseLong(value);
                    precision = 0;
                }
            } else if (line.contains("Device: ") && (m = DEVICE.matcher(line)).find()) {
                kind = m.group(1);
                name = m.group(2);
                deviceLine = number;
            }
        }
        if (os != null) {
            String system = os.equals("nt") ? "Windows"
                    : os.equals("posix") && "mps".equals(kind) ? "macOS"
                    : os.equals("posix") && "cuda".equals(kind) ? "Linux" : null;
            if (system != null) {
                facts.put(Field.OS_NAME, system, block.firstLine());
            }
        }
        if (name != null && !name.isBlank()) {
            String vendor = LshwSection.vendor(name);
            facts.listsGpus = true;
            facts.gpu(new Gpu(vendor, name.strip(), vram, vram == null ? null : precision, null,
                    vendor == null ? null : LspciSection.integrated(vendor, name)), "ComfyUI", null, deviceLine);
        }
        if (facts.values.isEmpty() && facts.gpus.isEmpty()) {
            throw new UnreadableOutput(block.firstLine(), expected());
        }
    }
}
