package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GPUs ollama's server log names when it starts, as {@code ollama serve}, {@code journalctl -u ollama} or the
 * server.log on Windows and macOS show them: one {@code msg="inference compute"} line per device, its key=value
 * pairs giving the backend ({@code library=cuda}, {@code rocm}, {@code metal}), the name ({@code name="NVIDIA GeForce
 * RTX 4080"}, or {@code description="…"} next to a backend name like {@code name=CUDA0} since 0.12), whether it is
 * integrated ({@code type=iGPU}) and its memory rounded to a tenth of a GiB ({@code total="15.7 GiB"}); older
 * versions' debug lines {@code [GPU-…] CUDA totalMem 16076 mb} give the same memory exactly, in MiB. A
 * {@code library=cpu} line is the system's memory, not a GPU. Lines may stand behind journald's prefix.
 */
final class OllamaLogSection extends DescribedSection {

    private static final Pattern INFERENCE = Pattern.compile("\\bmsg=\"inference compute\"(.*)$");
    private static final Pattern TOTAL_MEM = Pattern.compile(
            "\\[(GPU-[0-9a-fA-F-]{8,40})] CUDA totalMem (\\d{1,9}) ?(?:mb|MiB)\\b");
    private static final Pattern PAIR = Pattern.compile("(\\w{1,20})=(\"[^\"]{0,120}\"|\\S{1,120})");
    /** Any line of the same log: journald's {@code ollama[1234]:}, ollama's own {@code level=INFO source=}. */
    private static final Pattern LOG_LINE = Pattern.compile("\\bollama\\[\\d{1,9}]: |\\blevel=[A-Z]{4,5} source=|\\[GIN]");
    /** A backend's own device name ({@code CUDA0}, {@code ROCm1}) or a PCI id ({@code 1002:744c}): no GPU's name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)^(?:[a-z]{2,8}\\d{1,2}|[0-9a-f]{4}:[0-9a-f]{4}|metal)$");
    /** journald's or syslog's prefix: the log comes from systemd's journal, so the machine runs Linux. */
    private static final Pattern JOURNALD = Pattern.compile("^\\S.{0,40} \\d{2}:\\d{2}:\\d{2} \\S{1,64} ollama\\[\\d{1,9}]: ");
    private static final long MIB = 1024 * 1024;

    OllamaLogSection() {
        super(new Descriptor("ollama",
                typed -> typed.matches("(?:\\S*/)?(?:ollama serve|journalctl .*ollama.*)\\b.*"),
                List.of("gpus"),
                "ollama's server log lines like 'msg=\"inference compute\" … name=\"NVIDIA GeForce RTX 4090\" "
                        + "total=\"23.6 GiB\"'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!opens(lines.get(index))) {
            return -1;
        }
        int end = index + 1;
        // ggml's device lines in the same journal are ggml's to read
        while (end < limit && !lines.get(end).contains("ggml_")
                && (opens(lines.get(end)) || LOG_LINE.matcher(lines.get(end)).find())) {
            end++;
        }
        return end;
    }

    private static boolean opens(String line) {
        // journald's lines of the ollama unit, even with no device line among them, say the machine runs Linux
        return line.contains("ollama[") && !line.contains("ggml_") && JOURNALD.matcher(line).find()
                || line.contains("inference compute") && INFERENCE.matcher(line).find()
                || line.contains("totalMem") && TOTAL_MEM.matcher(line).find();
    }

    @Override
    public void read(Block block, Facts facts) {
        Map<String, Long> exact = new HashMap<>();
        List<Map<String, String>> devices = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = block.start(); i < block.end(); i++) {
            String line = block.line(i);
            Matcher m;
            if ((m = TOTAL_MEM.matcher(line)).find()) {
                exact.put(m.group(1), Long.parseLong(m.group(2)) * MIB);
            } else if ((m = INFERENCE.matcher(line)).find()) {
                Map<String, String> pairs = pairs(m.group(1));
                if (!"cpu".equalsIgnoreCase(pairs.get("library"))) {
                    devices.add(pairs);
                    numbers.add(TranscriptLines.number(i));
                }
            }
        }
        boolean journald = JOURNALD.matcher(block.line(block.start())).find();
        if (journald) {
            facts.put(Facts.Field.OS_NAME, "Linux", block.firstLine());
        }
        if (devices.isEmpty()) {
            if (journald) {
                return;
            }
            throw new UnreadableOutput(block.firstLine(), expected());
        }
        facts.listsGpus = true;
        for (int d = 0; d < devices.size(); d++) {
            Map<String, String> pairs = devices.get(d);
            String name = pairs.getOrDefault("description", pairs.get("name"));
            String vendor = vendor(pairs.getOrDefault("library", ""), name);
            if (name != null && NOT_A_NAME.matcher(name).matches()) {
                name = null;
            }
            Long vram = exact.get(pairs.get("id"));
            Long precision = vram == null ? null : MIB;
            if (vram == null && pairs.containsKey("total")) {
                Size size = Size.parse(pairs.get("total").replace(" ", ""), 1).orElse(null);
                vram = size == null ? null : size.bytes();
                precision = size == null ? null : size.precisionBytes();
            }
            String type = pairs.getOrDefault("type", "").toLowerCase(Locale.ROOT);
            Boolean integrated = type.equals("igpu") ? Boolean.TRUE : type.equals("discrete") ? Boolean.FALSE
                    : vendor == null || name == null ? null : LspciSection.integrated(vendor, name);
            facts.gpu(new Gpu(vendor, name != null ? name : vendor == null ? "GPU" : vendor + " GPU", vram, precision, null, integrated),
                    "ollama", null, numbers.get(d));
        }
    }

    private static String vendor(String library, String name) {
        return switch (library.toLowerCase(Locale.ROOT)) {
            case "cuda" -> "NVIDIA";
            case "rocm", "hip" -> "AMD";
            case "metal" -> "Apple";
            case "oneapi", "level_zero" -> "Intel";
            default -> name == null ? null : LshwSection.vendor(name);
        };
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            String value = m.group(2);
            pairs.putIfAbsent(m.group(1), value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
        }
        return pairs;
    }
}
