package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Inventory.Disk;
import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the sections of one transcript found so far; {@link TranscriptAssembler} turns it into an inventory. */
final class TranscriptDraft {

    /** The commands of the module's blocks, as the transcript can show them. */
    enum Command {
        UNAME("uname -a"), LSCPU("lscpu"), FREE("free -h"), DF("df -h"), LSBLK("lsblk"), LSPCI("lspci"),
        NVIDIA_SMI("nvidia-smi"), SYSCTL_BRAND("sysctl -n machdep.cpu.brand_string"),
        SYSCTL_MEMSIZE("sysctl -n hw.memsize"), SP_DISPLAYS("system_profiler SPDisplaysDataType"),
        SP_NVME("system_profiler SPNVMeDataType");

        final String label;

        Command(String label) {
            this.label = label;
        }
    }

    String osName;
    String kernel;
    String architecture;
    String cpuModel;
    String cpuVendor;
    Integer logicalCores;
    Integer coresPerSocket;
    Integer sockets;
    Integer threadsPerCore;
    Long maxFrequencyHz;
    Size memoryTotal;
    Size memoryAvailable;
    Size swapTotal;
    boolean macDf;
    final List<Disk> disks = new ArrayList<>();
    final List<Filesystem> filesystems = new ArrayList<>();
    final List<Gpu> lspciGpus = new ArrayList<>();
    final List<Gpu> smiGpus = new ArrayList<>();
    final List<Gpu> profilerGpus = new ArrayList<>();
    final List<Integer> lspciLines = new ArrayList<>();
    final List<Integer> smiLines = new ArrayList<>();
    final List<Integer> profilerLines = new ArrayList<>();
    final List<Integer> diskLines = new ArrayList<>();
    final List<Integer> filesystemLines = new ArrayList<>();
    final Map<Command, Integer> seen = new EnumMap<>(Command.class);
    final Map<String, Integer> missingTools = new LinkedHashMap<>();
    final Set<String> warnings = new LinkedHashSet<>();
    final Map<String, Integer> provenance = new LinkedHashMap<>();
    /** The command lines typed in the session, to tell "not run" from "ran and printed nothing". */
    final List<String> echoedCommands = new ArrayList<>();
    int pseudoFilesystemsSkipped;
    Integer nvidiaSmiFailureLine;

    /**
     * Records that a command's output starts here. A second copy of the same output is read into a scratch draft
     * (so it is still checked) and reported, never merged.
     */
    TranscriptDraft begin(Command command, int line) {
        Integer first = seen.putIfAbsent(command, line);
        if (first == null) {
            return this;
        }
        warnings.add("line " + line + ": a second " + command.label + " output was ignored; the one at line "
                + first + " is used");
        return new TranscriptDraft();
    }

    boolean typed(Command command) {
        return echoedCommands.stream().anyMatch(echo -> echo.contains(command.label));
    }

    boolean saw(Command command) {
        return seen.containsKey(command);
    }

    void from(String field, int line) {
        provenance.putIfAbsent(field, line);
    }
}
