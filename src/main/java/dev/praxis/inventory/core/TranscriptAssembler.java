package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.CpuInfo;
import dev.praxis.inventory.core.Inventory.Disk;
import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.Inventory.Gpu;
import dev.praxis.inventory.core.Inventory.GpuTooling;
import dev.praxis.inventory.core.Inventory.MemoryInfo;
import dev.praxis.inventory.core.Inventory.OsInfo;
import dev.praxis.inventory.core.Inventory.Unknown;
import dev.praxis.inventory.core.TranscriptDraft.Command;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns what the sections found into the normalized inventory, naming every fact the transcript lacks. */
final class TranscriptAssembler {

    private static final Set<Command> LINUX_ONLY = Set.of(Command.LSCPU, Command.FREE, Command.LSBLK, Command.LSPCI,
            Command.NVIDIA_SMI);
    private static final Set<Command> MAC_ONLY = Set.of(Command.SYSCTL_BRAND, Command.SYSCTL_MEMSIZE,
            Command.SP_DISPLAYS, Command.SP_NVME);

    private final TranscriptDraft draft;
    private final boolean mac;
    private final List<Unknown> unknowns = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Integer> provenance = new LinkedHashMap<>();

    private TranscriptAssembler(TranscriptDraft draft) {
        this.draft = draft;
        this.mac = "macOS".equals(draft.osName) || draft.macDf || MAC_ONLY.stream().anyMatch(draft::saw);
    }

    static Inventory assemble(TranscriptDraft draft) {
        return new TranscriptAssembler(draft).inventory();
    }

    private Inventory inventory() {
        provenance.putAll(draft.provenance);
        OsInfo os = os();
        CpuInfo cpu = cpu();
        MemoryInfo memory = memory();
        List<Disk> disks = disks();
        List<Filesystem> filesystems = filesystems();
        List<Gpu> gpus = mac ? macGpus() : linuxGpus();
        GpuTooling tooling = tooling();
        unknown("battery", "the module's command block does not report a battery");
        unknown("sensors", "the module's command block does not read temperatures or fans");
        missingToolWarnings();
        warnings.addAll(draft.warnings);
        return new Inventory(Inventory.SCHEMA_VERSION, mac ? Source.MACOS_COMMANDS : Source.LINUX_COMMANDS,
                InventoryReader.PARSER_VERSION, os, cpu, memory, disks, filesystems, gpus, tooling, null, null,
                unknowns, warnings, provenance);
    }

    private OsInfo os() {
        String name = draft.osName;
        if (name == null && (mac || LINUX_ONLY.stream().anyMatch(draft::saw))) {
            name = mac ? "macOS" : "Linux";
        }
        if (name == null) {
            unknown("os.name", absent(Command.UNAME));
        }
        if (draft.kernel == null) {
            unknown("os.kernel", absent(Command.UNAME));
        }
        return new OsInfo(name, null, draft.kernel, draft.architecture);
    }

    private CpuInfo cpu() {
        Command source = mac ? Command.SYSCTL_BRAND : Command.LSCPU;
        if (draft.cpuModel == null) {
            unknown("cpu.model", absent(source));
        }
        Integer physical = null;
        if (draft.coresPerSocket != null) {
            physical = draft.coresPerSocket * (draft.sockets == null ? 1 : draft.sockets);
        } else if (draft.logicalCores != null && draft.threadsPerCore != null && draft.threadsPerCore > 0) {
            physical = draft.logicalCores / draft.threadsPerCore;
            provenance.putIfAbsent("cpu.physicalCores", provenance.get("cpu.logicalCores"));
        }
        String macCores = "the macOS block does not print core counts (sysctl -n hw.physicalcpu hw.logicalcpu would)";
        if (physical == null) {
            unknown("cpu.physicalCores", mac ? macCores : shown(Command.LSCPU, "Core(s) per socket"));
        }
        if (draft.logicalCores == null) {
            unknown("cpu.logicalCores", mac ? macCores : shown(Command.LSCPU, "CPU(s)"));
        }
        if (draft.maxFrequencyHz == null) {
            unknown("cpu.maxFrequencyHz", mac ? "the macOS block does not print the CPU frequency"
                    : shown(Command.LSCPU, "CPU max MHz (often past the 20 lines sed keeps, or absent in a VM)"));
        }
        return new CpuInfo(draft.cpuModel, draft.cpuVendor, physical, draft.logicalCores, draft.maxFrequencyHz);
    }

    private MemoryInfo memory() {
        Command source = mac ? Command.SYSCTL_MEMSIZE : Command.FREE;
        if (draft.memoryTotal == null) {
            unknown("memory.totalBytes", absent(source));
        }
        String macNote = "the macOS block does not print it (vm_stat and sysctl vm.swapusage would)";
        if (draft.memoryAvailable == null) {
            unknown("memory.availableBytes", mac ? macNote : shown(Command.FREE, "an available column"));
        }
        if (draft.swapTotal == null) {
            unknown("memory.swapTotalBytes", mac ? macNote : shown(Command.FREE, "a Swap: row"));
        }
        return new MemoryInfo(bytes(draft.memoryTotal), precision(draft.memoryTotal), bytes(draft.memoryAvailable),
                precision(draft.memoryAvailable), bytes(draft.swapTotal), precision(draft.swapTotal));
    }

    private List<Disk> disks() {
        Command source = mac ? Command.SP_NVME : Command.LSBLK;
        if (!draft.saw(source)) {
            unknown("disks", absent(source));
        } else if (draft.disks.isEmpty()) {
            unknown("disks", mac ? "system_profiler SPNVMeDataType listed no NVMe drive (SATA drives are not in it)"
                    : "lsblk listed no physical disk");
        }
        for (int i = 0; i < draft.disks.size(); i++) {
            provenance.put("disks[" + i + "]", draft.diskLines.get(i));
        }
        if (!mac && !draft.disks.isEmpty()) {
            unknown("disks[].model", "lsblk -o NAME,SIZE,TYPE,MOUNTPOINT has no MODEL column");
            if (draft.disks.stream().anyMatch(disk -> disk.type() == null)) {
                unknown("disks[].type", "lsblk -o NAME,SIZE,TYPE,MOUNTPOINT has no ROTA column, so SSD and HDD "
                        + "look the same; only NVMe shows in the name");
            }
        }
        return draft.disks;
    }

    private List<Filesystem> filesystems() {
        if (!draft.saw(Command.DF)) {
            unknown("filesystems", absent(Command.DF));
            return List.of();
        }
        if (draft.pseudoFilesystemsSkipped > 0) {
            warnings.add(draft.pseudoFilesystemsSkipped + " pseudo file systems (tmpfs, devfs, loop devices) "
                    + "were left out");
        }
        List<Filesystem> result = new ArrayList<>(draft.filesystems);
        int project = projectIndex(result);
        if (project >= 0) {
            Filesystem fs = result.get(project);
            result.set(project, new Filesystem(fs.device(), fs.mount(), fs.type(), fs.sizeBytes(),
                    fs.sizePrecisionBytes(), fs.usedBytes(), fs.usedPrecisionBytes(), fs.availableBytes(),
                    fs.availablePrecisionBytes(), fs.usePercent(), true));
            warnings.add("projectDisk is assumed to be the file system holding " + (mac ? "/Users" : "/home")
                    + " (" + fs.mount() + "); the transcript does not say where your projects live");
        }
        for (int i = 0; i < result.size(); i++) {
            provenance.put("filesystems[" + i + "]", draft.filesystemLines.get(i));
        }
        if (!result.isEmpty()) {
            unknown("filesystems[].type", "df -h does not print the file system type");
        }
        return result;
    }

    /** The file system whose mount point is the longest prefix of the home directories. */
    private int projectIndex(List<Filesystem> filesystems) {
        List<String> homes = mac ? List.of("/System/Volumes/Data/Users", "/Users") : List.of("/home");
        for (String home : homes) {
            int best = -1;
            for (int i = 0; i < filesystems.size(); i++) {
                String mount = filesystems.get(i).mount();
                boolean holds = mount.equals("/") || home.equals(mount) || home.startsWith(mount + "/");
                if (holds && (best < 0 || mount.length() > filesystems.get(best).mount().length())) {
                    best = i;
                }
            }
            if (best >= 0 && !(mac && home.startsWith("/System") && filesystems.get(best).mount().equals("/"))) {
                return best;
            }
        }
        return -1;
    }

    private List<Gpu> linuxGpus() {
        List<Gpu> gpus = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int smiIndex = 0;
        for (int i = 0; i < draft.lspciGpus.size(); i++) {
            Gpu gpu = draft.lspciGpus.get(i);
            if (gpu.vendor().equals("NVIDIA") && smiIndex < draft.smiGpus.size()) {
                gpus.add(draft.smiGpus.get(smiIndex));
                lines.add(draft.smiLines.get(smiIndex));
                smiIndex++;
            } else {
                gpus.add(gpu);
                lines.add(draft.lspciLines.get(i));
            }
        }
        for (; smiIndex < draft.smiGpus.size(); smiIndex++) {
            gpus.add(draft.smiGpus.get(smiIndex));
            lines.add(draft.smiLines.get(smiIndex));
        }
        if (!draft.saw(Command.LSPCI) && !draft.saw(Command.NVIDIA_SMI)) {
            unknown("gpus", absent(Command.LSPCI));
        }
        for (int i = 0; i < gpus.size(); i++) {
            provenance.put("gpus[" + i + "]", lines.get(i));
            Gpu gpu = gpus.get(i);
            if (gpu.vramBytes() == null && !Boolean.TRUE.equals(gpu.integrated())) {
                unknown("gpus[" + i + "].vramBytes", gpu.vendor().equals("NVIDIA") && draft.saw(Command.NVIDIA_SMI)
                        ? "nvidia-smi printed [N/A] for memory.total"
                        : "lspci does not report VRAM" + (gpu.vendor().equals("NVIDIA") ? "; nvidia-smi output is "
                                + "not in the transcript" : "; the module's block has no tool for this vendor"));
            }
            if (gpu.driverVersion() == null && !Boolean.TRUE.equals(gpu.integrated())) {
                unknown("gpus[" + i + "].driverVersion", "no driver version for this GPU in the transcript");
            }
        }
        return gpus;
    }

    private List<Gpu> macGpus() {
        if (!draft.saw(Command.SP_DISPLAYS)) {
            unknown("gpus", absent(Command.SP_DISPLAYS));
        }
        List<Gpu> gpus = draft.profilerGpus;
        for (int i = 0; i < gpus.size(); i++) {
            provenance.put("gpus[" + i + "]", draft.profilerLines.get(i));
            Gpu gpu = gpus.get(i);
            if (gpu.vramBytes() == null) {
                unknown("gpus[" + i + "].vramBytes", "Apple".equals(gpu.vendor())
                        ? "Apple Silicon GPUs use the unified memory; there is no separate VRAM"
                        : "the GPU shares system memory (VRAM (Dynamic, Max))");
            }
            unknown("gpus[" + i + "].driverVersion", "macOS does not report a GPU driver version");
        }
        return gpus;
    }

    private GpuTooling tooling() {
        ToolStatus nvidia = status(Command.NVIDIA_SMI, "nvidia-smi");
        if (draft.nvidiaSmiFailureLine != null) {
            nvidia = ToolStatus.MISSING;
            warnings.add("line " + draft.nvidiaSmiFailureLine + ": nvidia-smi is installed but could not talk to "
                    + "the NVIDIA driver, so GPU tooling is not usable");
        }
        ToolStatus rocm = draft.missingTools.containsKey("rocm-smi") ? ToolStatus.MISSING : ToolStatus.NOT_RUN;
        ToolStatus lspci = status(Command.LSPCI, "lspci");
        ToolStatus profiler = draft.saw(Command.SP_DISPLAYS) || draft.saw(Command.SP_NVME) ? ToolStatus.AVAILABLE
                : draft.missingTools.containsKey("system_profiler") ? ToolStatus.MISSING : ToolStatus.NOT_RUN;
        Integer missingLine = draft.missingTools.get("nvidia-smi");
        if (missingLine != null) {
            provenance.putIfAbsent("gpuTooling.nvidiaSmi", missingLine);
        }
        return new GpuTooling(nvidia, rocm, lspci, profiler);
    }

    private ToolStatus status(Command command, String tool) {
        if (draft.saw(command) || command == Command.LSPCI && draft.typed(command)
                && !draft.missingTools.containsKey(tool)) {
            return ToolStatus.AVAILABLE;
        }
        return draft.missingTools.containsKey(tool) ? ToolStatus.MISSING : ToolStatus.NOT_RUN;
    }

    private void missingToolWarnings() {
        draft.missingTools.forEach((tool, line) -> warnings.add("line " + line + ": " + tool
                + " is not installed (recorded as missing, not as an error)"));
    }

    private String absent(Command command) {
        String tool = command.label.split(" ")[0];
        Integer line = draft.missingTools.get(tool);
        if (line != null) {
            return tool + ": command not found (line " + line + ")";
        }
        if (draft.typed(command)) {
            return command.label + " was run but printed nothing";
        }
        return command.label + " output is not in the transcript";
    }

    private String shown(Command command, String what) {
        Integer line = draft.seen.get(command);
        return line == null ? absent(command) : command.label + " output at line " + line + " has no " + what;
    }

    private void unknown(String field, String reason) {
        unknowns.add(new Unknown(field, reason));
    }

    private static Long bytes(Size size) {
        return size == null ? null : size.bytes();
    }

    private static Long precision(Size size) {
        return size == null ? null : size.precisionBytes();
    }
}
