package dev.praxis.inventory.core;

/**
 * The single entry for uploaded inventories: the agent's JSON, or the raw terminal output of the module's Linux or
 * macOS command block. The parser is chosen by shape, never by file name.
 */
public final class InventoryReader {

    /**
     * Version of the parsers, stored with every normalized inventory so raw uploads kept by the platform can be
     * re-parsed when a later version reads more. 2.0.0 reads a transcript block by block (a block it cannot read is
     * a warning, not a refusal); 2.1.0 also reads system_profiler -json and names the columns of
     * nvidia-smi CSV rows printed without header; 2.2.0 reads what a held-out batch of real outputs showed it missed
     * (lsblk tree rows nested under the name column, plain {@code free} in KiB, cpuinfo cut after a few processors,
     * nvidia-smi CSV without a name column or with a header past the line limit, lines quoted as inline code) and
     * Windows' WMI properties (wmic, Get-CimInstance), lsblk -J, and the GPU of an Apple chip named by
     * SPHardwareDataType; 2.3.0 reads what a second and a third held-out batch showed (rocm-smi reports with or
     * without banner, lsblk -J cut before its closing braces or pasted as one device, the host disk under a
     * container's overlay root, notes after df mount points, Arm cpuinfo without "cpu cores", lscpu cut inside its
     * core types, a Markdown fence sharing the output's first line, nvidia-smi -q without product names, WMI lists
     * by their Caption and Description), adds gpus[].cores and names Windows transcripts' source
     * {@code windows-commands}; 2.4.0 reads what a fourth held-out batch showed: macOS {@code diskutil list} (physical
     * disks), {@code rocminfo} (CPU and GPU agents, VRAM from a GPU's own pool), Windows {@code systeminfo}, Jetson
     * {@code tegrastats}, {@code vm_stat} as a Mac's output, /proc/cpuinfo's {@code model name} over {@code cpu model}
     * and in any case, cpuinfo counted without its "processor" line, and nvidia-smi's {@code KMD Version} header;
     * 2.5.0 reads what a fifth held-out batch showed: AIX {@code df} ({@code Free}/{@code Iused} columns,
     * {@code GB blocks}), a df header pasted on the prompt line, directory-named and union views left out of the file
     * systems, a file system shown again with other usage taking the later usage, AIX {@code uname -a}, cpuinfo
     * without blank lines or with a flags list wrapped over lines, Arm parts of other implementers, AMD APU codenames
     * with a number, a PCIe GPU whose VRAM macOS labels dynamic, and what follows {@code sysctl -n}'s values;
     * 2.6.0 reads what a sixth held-out batch showed: {@code top}'s summary, {@code dmidecode -t memory}, Solaris
     * {@code psrinfo -pv}, HP-UX {@code df -k}, {@code inxi}, the text of neofetch and fastfetch, PowerShell's
     * {@code Get-PSDrive}, WMI disk drives and wmic's own shell, WMI tables of any property names, OpenWrt's overlay
     * root (its writable layer listed, its {@code /rom} image not), and nvidia-smi's process queries as no GPU list;
     * 2.7.0 reads what a seventh held-out batch showed: {@code top}'s graph mode and BusyBox {@code top}, and Solaris
     * {@code swap -l} and {@code swap -s}; 2.8.0 reads what an eighth held-out batch showed: AIX {@code prtconf} and
     * {@code lsattr -El mem0}, Solaris {@code prtconf}'s memory line, Tru64 {@code vmstat -P}, and neofetch's values
     * printed beside its logo; 2.9.0 reads what a ninth held-out batch showed: {@code dmidecode}'s processor records
     * and its {@code Size} lines left by {@code grep}, PowerShell's {@code Get-ComputerInfo} and AIX {@code pmcycles};
     * and lines no reader knows are read by their clear labels ({@code MemTotal:}, {@code Total Memory: 16 GB},
     * {@code Processor Name:}, a memory device's {@code Size:}) instead of being refused ({@link LabelledFacts});
     * 2.14.0 offers a block one reader claims but cannot read to the next reader that recognises it, keeps the
     * labelled facts of a block whose reader fails, and reads ollama's server log, procps {@code vmstat -s} and
     * lsblk's file-system columns (docs/inventory-schema.md lists the rest); 2.15.0 reads ComfyUI's and PyTorch's
     * collect_env's device lines and Markdown summaries by their bold labels; 2.16.0 reads amd-smi static's ASIC name
     * and kernel, fastfetch's JSON GPU module pasted alone (also JSON that is not the agent's and cut short), one
     * header-less df row, a memory type after a hand-written RAM size, Windows named by its paths or programs when
     * no output names the system, and, rather than refuse a paste, the kernel's
     * banner when nothing else in it can be read.
     */
    public static final String PARSER_VERSION = "2.16.0";

    private InventoryReader() {
    }

    /**
     * Reads and normalizes an upload.
     *
     * @throws InventoryParseException for anything that is not such an inventory: empty input, binary data,
     *                                 invalid UTF-8, foreign JSON, or a command output with a malformed line
     */
    public static Inventory read(byte[] raw) {
        String text = TextInput.decode(raw);
        String start = text.stripLeading();
        boolean json = start.startsWith("{") && !ProfilerJson.looksLikeProfiler(firstKeys(start))
                && !LsblkSection.JSON_MARKER.matcher(firstKeys(start)).find()
                || AgentJsonReader.isJsonArray(start);
        if (!json) {
            return TranscriptParser.parse(text);
        }
        try {
            return AgentJsonReader.read(text);
        } catch (InventoryParseException notTheAgents) {
            // JSON that is not the agent's (a tool's own JSON, cut where the paste ends) is still read line by line
            // for what it shows beyond doubt; only when nothing is found is the agent JSON's problem the answer
            try {
                return TranscriptParser.parse(text);
            } catch (InventoryParseException nothingRead) {
                throw notTheAgents;
            }
        }
    }

    /** The opening of a JSON text, where system_profiler -json names its data type (the agent's JSON never does). */
    private static String firstKeys(String json) {
        return json.substring(0, Math.min(json.length(), 400));
    }
}
