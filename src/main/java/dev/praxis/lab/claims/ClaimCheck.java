package dev.praxis.lab.claims;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.Inventory.Gpu;
import dev.praxis.inventory.core.Source;
import dev.praxis.inventory.core.ToolStatus;
import dev.praxis.lab.claims.Claim.Aspect;
import dev.praxis.lab.claims.Claim.Machine;
import dev.praxis.lab.claims.Claim.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a learner's hardware claims with their inventory, allowing for the rounding of {@code -h} figures (the
 * inventory's {@code *PrecisionBytes}), for GB against GiB, and for what a snapshot cannot contradict (how much memory
 * was free when the learner watched it). Every outcome carries one sentence quoting the learner's words and, where the
 * inventory settles it, the inventory's own line. Pure.
 */
public final class ClaimCheck {

    /** What the inventory says about a claim. */
    public enum Status {
        /** The inventory shows the same. */
        CONFIRMED,
        /** The inventory shows otherwise. */
        CONTRADICTED,
        /** The inventory lacks the block that would settle it (or there is no inventory): upload it to confirm. */
        UNSETTLED,
        /** Nothing any upload could settle (an observation at another moment, a VM's host). */
        UNCHECKED
    }

    /** One claim and what the inventory says about it, in one sentence. */
    public record Checked(Claim claim, Status status, String sentence) {
    }

    private static final double SIZE_TOLERANCE = 0.10;
    private static final double FREE_TOLERANCE = 0.20;
    private static final double PERCENT_SLACK = 2;
    private static final Pattern LAPTOP_GPU = Pattern.compile("(?i)laptop gpu|max-q|mobile|\\b\\d{3,4}m\\b");
    private static final Pattern LAPTOP_CPU = Pattern.compile("(?i)\\b(?:i[3579]-)?\\d{4,5}(?:h|hs|hx|hk|u|g\\d)\\b");
    private static final Pattern VIRTUAL_ADAPTER = Pattern.compile("(?i)basic render driver|basic display|virtio"
            + "|vmware svga|qxl|bochs|cirrus");

    /**
     * "The dock was unplugged when I ran the commands", "the 3090 is in my other PC", "the eGPU was disconnected": the
     * learner says the inventory was taken without the card. Step 3 asks to write down what the machine could not show
     * "instead of guessing"; an upload taken without the device cannot contradict what the learner says of it, only
     * leave it to be confirmed with the card connected (not "was not unplugged").
     */
    private static final Pattern DEVICE_AWAY = Pattern.compile("(?i)\\b(?:dock|e-?gpu|enclosure|card|gpu|3090|4090"
            + "|\\d{4} ti)\\b[^.;:]{0,40}?\\b(?:was|were|is|are|had been)\\s+(?:(?<!not )unplugged|disconnected"
            + "|not (?:connected|plugged in|attached)|detached|in (?:another|my other|the other|a different) "
            + "(?:machine|pc|computer|desktop|box))|\\b(?:unplugged|disconnected|detached) (?:the )?(?:dock|e-?gpu"
            + "|enclosure|card|gpu)\\b|\\bwithout the (?:dock|e-?gpu|enclosure|card)(?: connected| attached"
            + "| plugged in)\\b");

    private final Optional<InventorySource> source;
    private final boolean deviceAway;

    public ClaimCheck(Optional<InventorySource> source) {
        this(source, false);
    }

    /** {@code deviceAway}: the learner says the upload was taken without the GPU (see {@link #deviceAway(String)}). */
    public ClaimCheck(Optional<InventorySource> source, boolean deviceAway) {
        this.source = source;
        this.deviceAway = deviceAway;
    }

    /** Whether a learner's text says the inventory was taken with the GPU, eGPU or dock not connected. */
    public static boolean deviceAway(String text) {
        return text != null && DEVICE_AWAY.matcher(text).find();
    }

    /** Checks every claim of one answer (a VM named in the same answer excuses a Mac or laptop host). */
    public List<Checked> check(List<Claim> claims) {
        boolean vm = claims.stream().anyMatch(c -> isMachine(c, Machine.Kind.VM));
        boolean twoMachines = claims.stream().anyMatch(c -> isMachine(c, Machine.Kind.LAPTOP))
                && claims.stream().anyMatch(c -> isMachine(c, Machine.Kind.DESKTOP));
        List<Checked> checked = new ArrayList<>();
        for (Claim claim : claims) {
            if (twoMachines && (isMachine(claim, Machine.Kind.LAPTOP) || isMachine(claim, Machine.Kind.DESKTOP))) {
                checked.add(unchecked(claim, "the answer speaks of a laptop and a desktop, two machines"));
            } else {
                checked.add(source.map(s -> away(check(claim, s, vm), s)).orElseGet(() -> withoutInventory(claim)));
            }
        }
        return checked;
    }

    /** A GPU or VRAM claim the upload contradicts, where the learner says the card was not connected: unsettled. */
    private Checked away(Checked checked, InventorySource s) {
        Claim claim = checked.claim();
        boolean gpuClaim = claim instanceof Claim.GpuModel
                || claim instanceof Claim.Size size && size.resource() == Claim.Resource.VRAM;
        if (!deviceAway || !gpuClaim || checked.status() != Status.CONTRADICTED) {
            return checked;
        }
        return new Checked(claim, Status.UNSETTLED, "You wrote " + quote(claim.words()) + ", and you say the card was"
                + " not connected when this inventory was taken, so it cannot settle that: upload the output of "
                + s.gpuCommand() + " with the card connected to confirm.");
    }

    private static boolean isMachine(Claim claim, Machine.Kind kind) {
        return claim instanceof Machine machine && machine.kind() == kind;
    }

    private static Checked withoutInventory(Claim claim) {
        Optional<String> command = command(claim);
        return command.map(c -> new Checked(claim, Status.UNSETTLED, "You wrote " + quote(claim.words())
                        + ", and no inventory is uploaded to confirm it: upload the output of " + c + "."))
                .orElseGet(() -> new Checked(claim, Status.UNCHECKED, quote(claim.words())
                        + " is not something an inventory shows."));
    }

    /** The command whose output would settle a claim, if any would. */
    private static Optional<String> command(Claim claim) {
        if (claim instanceof Claim.Size size) {
            return Optional.of(switch (size.resource()) {
                case RAM -> "free -h (sysctl -n hw.memsize on a Mac)";
                case SWAP -> "free -h";
                case VRAM -> "nvidia-smi (system_profiler SPDisplaysDataType on a Mac)";
                case DISK -> size.aspect() == Aspect.TOTAL ? "df -h and lsblk" : "df -h";
            });
        }
        if (claim instanceof Claim.DiskUse) {
            return Optional.of("df -h");
        }
        if (claim instanceof Claim.Cores || claim instanceof Claim.CpuModel) {
            return Optional.of("lscpu (sysctl -n machdep.cpu.brand_string on a Mac)");
        }
        if (claim instanceof Claim.GpuModel || claim instanceof Claim.NoGpu) {
            return Optional.of("lspci and nvidia-smi (system_profiler SPDisplaysDataType on a Mac)");
        }
        if (claim instanceof Claim.Swapping) {
            return Optional.of("free -h");
        }
        Claim.Machine machine = (Claim.Machine) claim;
        return machine.kind() == Machine.Kind.VM ? Optional.empty()
                : Optional.of("uname -a (or the Praxis agent, which reports a battery)");
    }

    private static Checked check(Claim claim, InventorySource s, boolean vm) {
        if (claim instanceof Claim.Size size) {
            return size(size, s);
        }
        if (claim instanceof Claim.DiskUse use) {
            return diskUse(use, s);
        }
        if (claim instanceof Claim.Cores cores) {
            return cores(cores, s);
        }
        if (claim instanceof Claim.GpuModel gpu) {
            return gpuModel(gpu, s);
        }
        if (claim instanceof Claim.NoGpu none) {
            return noGpu(none, s);
        }
        if (claim instanceof Claim.CpuModel cpu) {
            return cpuModel(cpu, s);
        }
        if (claim instanceof Claim.Swapping swapping) {
            return swapping(swapping, s);
        }
        return machine((Claim.Machine) claim, s, vm);
    }

    private static Checked size(Claim.Size claim, InventorySource s) {
        Inventory inventory = s.inventory();
        return switch (claim.resource()) {
            case RAM -> memory(claim, s, claim.aspect() == Aspect.TOTAL ? s.memory().totalBytes()
                    : claim.aspect() == Aspect.FREE ? s.memory().availableBytes() : null,
                    claim.aspect() == Aspect.TOTAL ? s.memory().totalPrecisionBytes()
                            : s.memory().availablePrecisionBytes(),
                    claim.aspect() == Aspect.TOTAL ? "memory.totalBytes" : "memory.availableBytes");
            case SWAP -> swapSize(claim, s);
            case VRAM -> vram(claim, s);
            case DISK -> disk(claim, s);
        };
    }

    private static Checked memory(Claim.Size claim, InventorySource s, Long value, Long precision, String field) {
        if (claim.aspect() == Aspect.USED) {
            return unchecked(claim, "memory in use changes from moment to moment");
        }
        if (value == null) {
            return unsettled(claim, s, s.memoryCommand());
        }
        String fact = InventorySource.gib(value) + (claim.aspect() == Aspect.TOTAL ? " of RAM" : " of RAM available");
        String where = s.where(field, s.memoryCommand());
        boolean matches = matches(claim.lowBytes(), claim.highBytes(), value, precision,
                claim.aspect() == Aspect.TOTAL ? SIZE_TOLERANCE : FREE_TOLERANCE);
        if (matches) {
            return confirmed(claim, fact, where);
        }
        if (claim.aspect() == Aspect.FREE) {
            return unchecked(claim, "free memory when you looked may differ from " + fact + " when the inventory was"
                    + " taken");
        }
        if (s.wsl() && claim.lowBytes() > value && claim.lowBytes() <= value * 2.3) {
            return new Checked(claim, Status.UNCHECKED, "You wrote " + quote(claim.words()) + "; WSL2 sees " + fact
                    + " (" + where + "), part of what Windows has: confirm the host's memory in Windows"
                    + " (Task Manager, Performance).");
        }
        return contradicted(claim, fact, where);
    }

    private static Checked swapSize(Claim.Size claim, InventorySource s) {
        Long total = s.memory().swapTotalBytes();
        if (total == null) {
            return s.mac() ? unchecked(claim, "the module's macOS commands do not report swap")
                    : unsettled(claim, s, "free -h");
        }
        String where = s.where("memory.swapTotalBytes", "free -h");
        String fact = total == 0 ? "no swap" : InventorySource.gib(total) + " of swap";
        if (claim.aspect() == Aspect.USED || claim.aspect() == Aspect.FREE) {
            return claim.lowBytes() > total * (1 + SIZE_TOLERANCE) + precision(s.memory()
                    .swapTotalPrecisionBytes()) ? contradicted(claim, fact, where) : confirmed(claim, fact, where);
        }
        return matches(claim.lowBytes(), claim.highBytes(), total, s.memory().swapTotalPrecisionBytes(),
                SIZE_TOLERANCE) ? confirmed(claim, fact, where) : contradicted(claim, fact, where);
    }

    private static Checked vram(Claim.Size claim, InventorySource s) {
        Inventory inventory = s.inventory();
        List<Gpu> gpus = realGpus(inventory);
        if (gpus.stream().anyMatch(g -> "Apple".equals(g.vendor()))) {
            Long unified = s.memory().totalBytes();
            if (unified == null) {
                return unsettled(claim, s, s.memoryCommand());
            }
            String fact = InventorySource.gib(unified) + " of unified memory shared by the Apple GPU";
            return claim.highBytes() * (1 - SIZE_TOLERANCE) <= unified ? confirmed(claim, fact,
                    s.where("memory.totalBytes", s.memoryCommand())) : contradicted(claim, fact,
                    s.where("memory.totalBytes", s.memoryCommand()));
        }
        List<Integer> withVram = new ArrayList<>();
        for (int i = 0; i < inventory.gpus().size(); i++) {
            if (inventory.gpus().get(i).vramBytes() != null) {
                withVram.add(i);
            }
        }
        if (withVram.isEmpty()) {
            if (gpusKnown(s) && gpus.stream().noneMatch(ClaimCheck::discrete)) {
                return contradicted(claim, gpus.isEmpty() ? "no GPU" : "only integrated graphics ("
                        + gpus.get(0).name() + "), without VRAM of its own", gpuWhere(s, gpus));
            }
            return unsettled(claim, s, s.gpuCommand());
        }
        long sum = 0;
        for (int i : withVram) {
            Gpu gpu = inventory.gpus().get(i);
            sum += gpu.vramBytes();
            if (matches(claim.lowBytes(), claim.highBytes(), gpu.vramBytes(), gpu.vramPrecisionBytes(),
                    SIZE_TOLERANCE)) {
                return confirmed(claim, gpu.name() + " with " + InventorySource.gib(gpu.vramBytes()) + " of VRAM",
                        s.where("gpus[" + i + "]", s.gpuCommand()));
            }
        }
        int first = withVram.get(0);
        Gpu gpu = inventory.gpus().get(first);
        if (withVram.size() > 1 && claim.aspect() != Aspect.EACH
                && matches(claim.lowBytes(), claim.highBytes(), sum, 0L, SIZE_TOLERANCE)) {
            return confirmed(claim, withVram.size() + " GPUs with " + InventorySource.gib(sum) + " of VRAM together",
                    s.where("gpus[" + first + "]", s.gpuCommand()));
        }
        return contradicted(claim, gpu.name() + " with " + InventorySource.gib(gpu.vramBytes()) + " of VRAM"
                + (withVram.size() > 1 ? " (" + withVram.size() + " GPUs, " + InventorySource.gib(sum) + " together)"
                : ""), s.where("gpus[" + first + "]", s.gpuCommand()));
    }

    private static Checked disk(Claim.Size claim, InventorySource s) {
        Inventory inventory = s.inventory();
        if (claim.aspect() == Aspect.USED) {
            return unchecked(claim, "used space is read from the use% instead");
        }
        if (inventory.filesystems().isEmpty() && (claim.aspect() != Aspect.TOTAL || inventory.disks().isEmpty())) {
            return unsettled(claim, s, "df -h");
        }
        boolean free = claim.aspect() == Aspect.FREE;
        List<Integer> candidates = filesystems(inventory, claim.mount());
        for (int i : candidates) {
            Filesystem fs = inventory.filesystems().get(i);
            Long value = free ? fs.availableBytes() : fs.sizeBytes();
            Long precision = free ? fs.availablePrecisionBytes() : fs.sizePrecisionBytes();
            if (value != null && matches(claim.lowBytes(), claim.highBytes(), value, precision,
                    free ? FREE_TOLERANCE : SIZE_TOLERANCE)) {
                return confirmed(claim, fs.mount() + (free ? " with " + InventorySource.gib(value) + " free"
                        : " of " + InventorySource.gib(value)), s.where("filesystems[" + i + "]", "df -h"));
            }
        }
        if (!free) {
            for (int i = 0; i < inventory.disks().size(); i++) {
                Inventory.Disk disk = inventory.disks().get(i);
                if (disk.sizeBytes() != null && matches(claim.lowBytes(), claim.highBytes(), disk.sizeBytes(),
                        disk.sizePrecisionBytes(), SIZE_TOLERANCE)) {
                    return confirmed(claim, "disk " + disk.name() + " of " + InventorySource.gib(disk.sizeBytes()),
                            s.where("disks[" + i + "]", s.mac() ? "system_profiler SPNVMeDataType" : "lsblk"));
                }
            }
        }
        int shown = shownFilesystem(inventory, candidates);
        if (shown < 0) {
            return unsettled(claim, s, "df -h");
        }
        Filesystem fs = inventory.filesystems().get(shown);
        Long value = free ? fs.availableBytes() : fs.sizeBytes();
        return contradicted(claim, fs.mount() + (free ? " with " + (value == null ? "unknown" : InventorySource.gib(
                value)) + " free" : " of " + (value == null ? "unknown size" : InventorySource.gib(value))),
                s.where("filesystems[" + shown + "]", "df -h"));
    }

    private static Checked diskUse(Claim.DiskUse claim, InventorySource s) {
        Inventory inventory = s.inventory();
        if (inventory.filesystems().isEmpty()) {
            return unsettled(claim, s, "df -h");
        }
        List<Integer> candidates = filesystems(inventory, claim.mount());
        for (int i : candidates) {
            Integer used = inventory.filesystems().get(i).usePercent();
            if (used != null && used >= claim.lowPercent() - PERCENT_SLACK
                    && used <= claim.highPercent() + PERCENT_SLACK) {
                return confirmed(claim, inventory.filesystems().get(i).mount() + " at " + used + "% used",
                        s.where("filesystems[" + i + "]", "df -h"));
            }
        }
        int shown = shownFilesystem(inventory, candidates);
        if (shown < 0) {
            return unsettled(claim, s, "df -h");
        }
        Filesystem fs = inventory.filesystems().get(shown);
        return contradicted(claim, fs.mount() + " at " + fs.usePercent() + "% used",
                s.where("filesystems[" + shown + "]", "df -h"));
    }

    /** The file systems a claim may be about: the one it names, else every one listed. */
    private static List<Integer> filesystems(Inventory inventory, String mount) {
        List<Integer> all = new ArrayList<>();
        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < inventory.filesystems().size(); i++) {
            all.add(i);
            if (mount != null && mount.equalsIgnoreCase(inventory.filesystems().get(i).mount())) {
                named.add(i);
            }
        }
        return named.isEmpty() ? all : named;
    }

    /** The file system to quote when none matches: the named one, else the project disk, else the first. */
    private static int shownFilesystem(Inventory inventory, List<Integer> candidates) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        for (int i : candidates) {
            if (inventory.filesystems().get(i).projectDisk() && inventory.filesystems().get(i).usePercent() != null) {
                return i;
            }
        }
        return candidates.stream().filter(i -> inventory.filesystems().get(i).usePercent() != null).findFirst()
                .orElse(-1);
    }

    private static Checked cores(Claim.Cores claim, InventorySource s) {
        Inventory.CpuInfo cpu = s.inventory().cpu();
        Integer physical = cpu == null ? null : cpu.physicalCores();
        Integer logical = cpu == null ? null : cpu.logicalCores();
        if (physical == null && logical == null) {
            return s.mac() ? unchecked(claim, "the module's macOS commands do not report core counts")
                    : unsettled(claim, s, "lscpu");
        }
        boolean matches = claim.threads() ? Integer.valueOf(claim.count()).equals(logical)
                : Integer.valueOf(claim.count()).equals(physical) || Integer.valueOf(claim.count()).equals(logical);
        String fact = (physical == null ? "?" : physical) + " cores and " + (logical == null ? "?" : logical)
                + " threads";
        String where = s.where(logical != null ? "cpu.logicalCores" : "cpu.physicalCores", s.cpuCommand());
        return matches ? confirmed(claim, fact, where) : contradicted(claim, fact, where);
    }

    private static Checked gpuModel(Claim.GpuModel claim, InventorySource s) {
        Inventory inventory = s.inventory();
        String key = squash(claim.key());
        for (int i = 0; i < inventory.gpus().size(); i++) {
            Gpu gpu = inventory.gpus().get(i);
            if (gpu.name() != null && squash(gpu.name()).contains(key)) {
                return confirmed(claim, gpu.name(), s.where("gpus[" + i + "]", s.gpuCommand()));
            }
        }
        List<Gpu> gpus = realGpus(inventory);
        if (!gpusKnown(s) || s.wsl() && !key.matches("\\d{3,4}") && gpus.isEmpty()) {
            return unsettled(claim, s, s.gpuCommand());
        }
        if (s.wsl() && gpus.stream().noneMatch(g -> "NVIDIA".equals(g.vendor()))
                && s.inventory().gpuTooling().nvidiaSmi() != ToolStatus.AVAILABLE) {
            return unsettled(claim, s, "nvidia-smi (WSL2 shows no GPU of its own to lspci)");
        }
        return contradicted(claim, gpus.isEmpty() ? "no GPU" : String.join(" and ", gpus.stream()
                .map(Gpu::name).toList()), gpuWhere(s, gpus));
    }

    private static Checked noGpu(Claim.NoGpu claim, InventorySource s) {
        List<Gpu> gpus = realGpus(s.inventory());
        Optional<Gpu> discrete = gpus.stream().filter(ClaimCheck::discrete).findFirst();
        if (discrete.isPresent()) {
            int index = s.inventory().gpus().indexOf(discrete.get());
            return contradicted(claim, discrete.get().name(), s.where("gpus[" + index + "]", s.gpuCommand()));
        }
        return gpusKnown(s) ? confirmed(claim, gpus.isEmpty() ? "no GPU" : "only integrated graphics",
                gpuWhere(s, gpus)) : unsettled(claim, s, s.gpuCommand());
    }

    private static final Pattern CPU_LINE = Pattern.compile("\\b(?:threadripper|epyc|ryzen|xeon|celeron|pentium"
            + "|atom)\\b");

    private static Checked cpuModel(Claim.CpuModel claim, InventorySource s) {
        String model = s.inventory().cpu() == null ? null : s.inventory().cpu().model();
        if (model == null) {
            return unsettled(claim, s, s.cpuCommand());
        }
        String have = model.toLowerCase(Locale.ROOT);
        String vendor = have.contains("apple") ? "apple" : have.contains("amd") || have.contains("ryzen")
                || have.contains("epyc") ? "amd" : have.contains("intel") || have.contains("core") ? "intel" : null;
        boolean sameVendor = vendor == null || vendor.equals(claim.vendor());
        boolean sameModel = claim.key() == null || squash(have).contains(squash(claim.key()));
        // a product line named without a number ("a Threadripper tower", "my Xeon") must be the inventory's line
        Matcher line = CPU_LINE.matcher(claim.words().toLowerCase(Locale.ROOT));
        if (line.find() && vendor != null && !have.contains(line.group())) {
            sameModel = false;
        }
        String where = s.where("cpu.model", s.cpuCommand());
        return sameVendor && sameModel ? confirmed(claim, model, where) : contradicted(claim, model, where);
    }

    private static Checked machine(Claim.Machine claim, InventorySource s, boolean vm) {
        Inventory inventory = s.inventory();
        Boolean battery = inventory.battery();
        Optional<String> laptopPart = laptopPart(inventory);
        String os = inventory.os() == null ? null : inventory.os().name();
        String kernel = inventory.os() == null ? null : inventory.os().kernel();
        String unameWhere = s.where("os.kernel", "uname -a");
        return switch (claim.kind()) {
            case LAPTOP -> Boolean.FALSE.equals(battery) ? contradicted(claim, "no battery", "the agent's battery")
                    : Boolean.TRUE.equals(battery) ? confirmed(claim, "a battery", "the agent's battery")
                    : laptopPart.map(part -> confirmed(claim, part, "")).orElseGet(() -> unchecked(claim,
                    "the module's commands do not show a battery"));
            case DESKTOP -> Boolean.TRUE.equals(battery) ? contradicted(claim, "a battery", "the agent's battery")
                    : laptopPart.isPresent() && !vm ? contradicted(claim, laptopPart.get() + ", a laptop part", "")
                    : Boolean.FALSE.equals(battery) ? confirmed(claim, "no battery", "the agent's battery")
                    : unchecked(claim, "the module's commands do not show a battery");
            case MAC -> os == null || vm || "macOS".equals(os) ? confirmed(claim, String.valueOf(os), unameWhere)
                    : contradicted(claim, os + (s.wsl() ? " under WSL2" : "") + " (kernel " + kernel + ")", unameWhere);
            case NATIVE_LINUX -> s.wsl() || "macOS".equals(os) ? contradicted(claim, s.wsl() ? "the WSL2 kernel "
                    + kernel : "macOS", unameWhere) : unchecked(claim, "a native install looks like a VM's");
            case WSL -> os == null || s.wsl() ? confirmed(claim, "the WSL2 kernel", unameWhere)
                    : kernel == null && !"macOS".equals(os) ? unchecked(claim, "no kernel release was uploaded")
                    : contradicted(claim, os + (kernel == null ? "" : " with kernel " + kernel), unameWhere);
            case VM -> unchecked(claim, "a VM's host is not in its inventory");
        };
    }

    /** A part only laptops have: a "Laptop GPU" or a mobile CPU (i7-12700H, i5-1135G7). */
    public static Optional<String> laptopPart(Inventory inventory) {
        for (Gpu gpu : inventory.gpus()) {
            if (gpu.name() != null && !"Apple".equals(gpu.vendor()) && LAPTOP_GPU.matcher(gpu.name()).find()) {
                return Optional.of("the " + gpu.name());
            }
        }
        String model = inventory.cpu() == null ? null : inventory.cpu().model();
        if (model != null && !model.contains("Apple") && LAPTOP_CPU.matcher(model).find()) {
            return Optional.of("the " + model.replaceAll("\\((?:R|TM)\\)", "").replaceAll("\\s+", " ").strip()
                    + " (a mobile CPU)");
        }
        return Optional.empty();
    }

    private static Checked swapping(Claim.Swapping claim, InventorySource s) {
        Long swap = s.memory().swapTotalBytes();
        if (swap == null) {
            return s.mac() ? unchecked(claim, "the module's macOS commands do not report swap")
                    : unsettled(claim, s, "free -h");
        }
        String where = s.where("memory.swapTotalBytes", "free -h");
        String fact = swap == 0 ? "no swap at all (Swap: 0B)" : InventorySource.gib(swap) + " of swap";
        boolean agrees = claim.swapping() == (swap > 0);
        return agrees ? confirmed(claim, fact, where) : contradicted(claim, fact, where);
    }

    /** The adapters that are GPUs: WSL2's and hypervisors' virtual display adapters are not. */
    private static List<Gpu> realGpus(Inventory inventory) {
        return inventory.gpus().stream().filter(g -> g.name() == null || !VIRTUAL_ADAPTER.matcher(g.name()).find())
                .toList();
    }

    private static boolean discrete(Gpu gpu) {
        return Boolean.FALSE.equals(gpu.integrated()) || gpu.integrated() == null && gpu.vramBytes() != null;
    }

    /** Whether the inventory knows which GPUs the machine has (an empty list then means none). */
    private static boolean gpusKnown(InventorySource s) {
        Inventory inventory = s.inventory();
        if (inventory.unknowns().stream().anyMatch(u -> u.field().equals("gpus"))) {
            return false;
        }
        Inventory.GpuTooling tooling = inventory.gpuTooling();
        return !inventory.gpus().isEmpty() || inventory.source() == Source.AGENT || tooling != null
                && (tooling.lspci() == ToolStatus.AVAILABLE || tooling.systemProfiler() == ToolStatus.AVAILABLE);
    }

    private static String gpuWhere(InventorySource s, List<Gpu> gpus) {
        if (!gpus.isEmpty()) {
            return s.where("gpus[" + s.inventory().gpus().indexOf(gpus.get(0)) + "]", s.gpuCommand());
        }
        Inventory.GpuTooling tooling = s.inventory().gpuTooling();
        if (s.inventory().source() == Source.AGENT) {
            return "the agent found no GPU" + (tooling != null && tooling.nvidiaSmi() == ToolStatus.MISSING
                    ? " and no nvidia-smi" : "");
        }
        return s.where("gpuTooling.nvidiaSmi", "lspci and nvidia-smi");
    }

    private static boolean matches(double low, double high, long value, Long precision, double tolerance) {
        double slack = Math.max(precision(precision), value * tolerance);
        return high >= value - slack && low <= value + slack;
    }

    private static long precision(Long precision) {
        return precision == null ? 0 : precision;
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Checked confirmed(Claim claim, String fact, String where) {
        return new Checked(claim, Status.CONFIRMED, quote(claim.words()) + " matches your inventory: " + fact
                + (where.isEmpty() ? "" : " (" + where + ")") + ".");
    }

    private static Checked contradicted(Claim claim, String fact, String where) {
        return new Checked(claim, Status.CONTRADICTED, "You wrote " + quote(claim.words()) + ", but your inventory"
                + " shows " + fact + (where.isEmpty() ? "" : " (" + where + ")") + ".");
    }

    private static Checked unsettled(Claim claim, InventorySource s, String command) {
        return new Checked(claim, Status.UNSETTLED, "You wrote " + quote(claim.words()) + ", which your upload cannot"
                + " settle: upload the output of " + command + " to confirm.");
    }

    private static Checked unchecked(Claim claim, String why) {
        return new Checked(claim, Status.UNCHECKED, quote(claim.words()) + " cannot be checked: " + why + ".");
    }

    static String quote(String words) {
        return "\u201c" + Gloss.restore(words) + "\u201d";
    }

    /** Reads and checks the claims of one answer. */
    public List<Checked> read(String text) {
        return check(ClaimReader.read(text));
    }
}
