package dev.praxis.agent;

import dev.praxis.agent.CommandRunner.Outcome;
import dev.praxis.agent.CommandRunner.Result;
import dev.praxis.inventory.core.Inventory.Gpu;
import dev.praxis.inventory.core.Inventory.GpuTooling;
import dev.praxis.inventory.core.InventoryParseException;
import dev.praxis.inventory.core.InventoryReader;
import dev.praxis.inventory.core.ToolStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import oshi.PlatformEnum;
import oshi.SystemInfo;
import oshi.hardware.GraphicsCard;

/**
 * GPUs from OSHI, corrected by the vendor tools when present: OSHI's VRAM figure can be wrong (it often reads a
 * PCI aperture), so nvidia-smi, rocm-smi and system_profiler override it. The tools' output is read by the same
 * parsers that read learners' transcripts.
 */
final class GpuProbe implements Probe {

    static final List<String> NVIDIA_SMI = List.of("nvidia-smi", "--query-gpu=name,memory.total,driver_version",
            "--format=csv");
    static final List<String> ROCM_SMI = List.of("rocm-smi", "--showmeminfo", "vram", "--csv");
    static final List<String> SYSTEM_PROFILER = List.of("system_profiler", "SPDisplaysDataType");

    private final SystemInfo system;
    private final CommandRunner commands;

    GpuProbe(SystemInfo system, CommandRunner commands) {
        this.system = system;
        this.commands = commands;
    }

    @Override
    public String field() {
        return "gpus";
    }

    @Override
    public void collect(Collected into) {
        List<Gpu> gpus = new ArrayList<>(oshiCards(into));
        boolean mac = SystemInfo.getCurrentPlatform() == PlatformEnum.MACOS;
        ToolStatus profiler = ToolStatus.NOT_RUN;
        if (mac) {
            Result result = commands.run(SYSTEM_PROFILER);
            profiler = status(result);
            List<Gpu> profiled = result.outcome() == Outcome.OK ? parsedGpus(result.output(), into) : List.of();
            if (!profiled.isEmpty()) {
                gpus = new ArrayList<>(profiled);
            }
        }
        Result nvidia = commands.run(NVIDIA_SMI);
        if (nvidia.outcome() == Outcome.OK) {
            gpus = replaceVendor(gpus, "NVIDIA", parsedGpus(nvidia.output(), into));
        } else if (nvidia.outcome() == Outcome.FAILED) {
            into.warnings.add("nvidia-smi is installed but failed: " + firstLine(nvidia.output()));
        }
        Result rocm = commands.run(ROCM_SMI);
        if (rocm.outcome() == Outcome.OK) {
            gpus = withRocmVram(gpus, rocm.output());
        }
        for (int i = 0; i < gpus.size(); i++) {
            Gpu gpu = gpus.get(i);
            if (gpu.vramBytes() == null) {
                into.unknown("gpus[" + i + "].vramBytes", "Apple".equals(gpu.vendor())
                        ? "Apple Silicon GPUs use the unified memory; there is no separate VRAM"
                        : "no vendor tool reported VRAM for this GPU");
            }
            if (gpu.driverVersion() == null) {
                into.unknown("gpus[" + i + "].driverVersion", "no driver version reported for this GPU");
            }
        }
        into.gpus = gpus;
        into.gpuTooling = new GpuTooling(nvidia.outcome() == Outcome.OK ? ToolStatus.AVAILABLE : ToolStatus.MISSING,
                status(rocm), ToolStatus.NOT_RUN, profiler);
    }

    private List<Gpu> oshiCards(Collected into) {
        List<Gpu> gpus = new ArrayList<>();
        for (GraphicsCard card : system.getHardware().getGraphicsCards()) {
            if (isUnknown(card.getName()) && isUnknown(card.getVendor())) {
                into.warnings.add("a display device the operating system could not identify was left out");
                continue;
            }
            String vendor = vendor(card.getVendor() + " " + card.getName());
            boolean intel = vendor.equals("Intel") && !card.getName().toLowerCase(Locale.ROOT).contains("arc");
            Long vram = card.getVRam() > 0 && !intel ? card.getVRam() : null;
            String driver = card.getVersionInfo() == null || card.getVersionInfo().isBlank()
                    || card.getVersionInfo().equalsIgnoreCase("unknown") ? null : card.getVersionInfo();
            gpus.add(new Gpu(vendor, card.getName(), vram, vram == null ? null : 0L, driver,
                    intel || "Apple".equals(vendor) ? Boolean.TRUE : null));
        }
        return gpus;
    }

    private static List<Gpu> parsedGpus(String output, Collected into) {
        try {
            return InventoryReader.read(output.getBytes(StandardCharsets.UTF_8)).gpus();
        } catch (InventoryParseException e) {
            into.warnings.add("could not read a GPU tool's output: " + e.getMessage());
            return List.of();
        }
    }

    /** Cards of the vendor are replaced, in order, by the tool's rows; extra rows are added. */
    private static List<Gpu> replaceVendor(List<Gpu> gpus, String vendor, List<Gpu> rows) {
        List<Gpu> result = new ArrayList<>();
        int next = 0;
        for (Gpu gpu : gpus) {
            if (vendor.equals(gpu.vendor()) && next < rows.size()) {
                result.add(rows.get(next++));
            } else {
                result.add(gpu);
            }
        }
        result.addAll(rows.subList(next, rows.size()));
        return result;
    }

    /** rocm-smi --csv prints {@code device,VRAM Total Memory (B),...} then one {@code cardN,bytes,...} per GPU. */
    private static List<Gpu> withRocmVram(List<Gpu> gpus, String output) {
        List<Long> totals = new ArrayList<>();
        for (String line : output.split("\\R")) {
            String[] cells = line.split(",");
            if (cells.length >= 2 && cells[0].strip().startsWith("card") && cells[1].strip().matches("\\d{1,18}")) {
                totals.add(Long.parseLong(cells[1].strip()));
            }
        }
        List<Gpu> result = new ArrayList<>();
        int next = 0;
        for (Gpu gpu : gpus) {
            if ("AMD".equals(gpu.vendor()) && next < totals.size()) {
                result.add(new Gpu(gpu.vendor(), gpu.name(), totals.get(next++), 0L, gpu.driverVersion(), false));
            } else {
                result.add(gpu);
            }
        }
        return result;
    }

    private static boolean isUnknown(String text) {
        return text == null || text.isBlank() || text.equalsIgnoreCase("unknown");
    }

    private static ToolStatus status(Result result) {
        return result.outcome() == Outcome.OK ? ToolStatus.AVAILABLE : ToolStatus.MISSING;
    }

    static String vendor(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("nvidia")) {
            return "NVIDIA";
        }
        if (lower.contains("advanced micro devices") || lower.contains("amd") || lower.contains("ati technologies")) {
            return "AMD";
        }
        if (lower.contains("intel")) {
            return "Intel";
        }
        if (lower.contains("apple")) {
            return "Apple";
        }
        return text.strip().split("\\s+")[0];
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end);
    }
}
