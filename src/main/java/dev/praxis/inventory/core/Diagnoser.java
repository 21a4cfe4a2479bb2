package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Diagnosis.Bottleneck;
import dev.praxis.inventory.core.Diagnosis.Evidence;
import dev.praxis.inventory.core.Diagnosis.Fit;
import dev.praxis.inventory.core.Diagnosis.VramFit;
import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.Inventory.Gpu;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names the first and second likely bottleneck of a machine for a workload (module Step 4, "Convert Raw Specs Into
 * Constraints"). Each constraint scores the weight the workload table gives it plus the machine evidence for it;
 * every rule names the module section it comes from. The rules and thresholds are listed in
 * {@code docs/diagnosis.md}.
 */
public final class Diagnoser {

    /** The context length of the fit table when the caller names none. */
    public static final int DEFAULT_CONTEXT_TOKENS = 4096;

    private static final long GIB = 1024L * 1024 * 1024;
    /** Swap in use below this is housekeeping the kernel does anyway, not memory pressure. */
    private static final long SWAP_IN_USE = 256L * 1024 * 1024;
    /** Apple Silicon lets the GPU use part of the unified memory; Praxis assumes two thirds. */
    private static final int UNIFIED_SHARE_PERCENT = 67;

    private final Inventory inventory;
    private final List<WorkloadFamily> workloads;
    private final int contextTokens;
    private final Map<Constraint, List<Evidence>> evidence = new EnumMap<>(Constraint.class);
    private final List<String> notes = new ArrayList<>();

    private Diagnoser(Inventory inventory, List<WorkloadFamily> workloads, int contextTokens) {
        this.inventory = inventory;
        this.workloads = List.copyOf(workloads);
        this.contextTokens = contextTokens;
        for (Constraint constraint : Constraint.values()) {
            evidence.put(constraint, new ArrayList<>());
        }
    }

    /** Diagnoses for the families the learner's own words name (see {@link WorkloadFamily#allFromText}). */
    public static Diagnosis diagnose(Inventory inventory, String workloadText) {
        return diagnose(inventory, WorkloadFamily.allFromText(workloadText), DEFAULT_CONTEXT_TOKENS);
    }

    public static Diagnosis diagnose(Inventory inventory, List<WorkloadFamily> workloads) {
        return diagnose(inventory, workloads, DEFAULT_CONTEXT_TOKENS);
    }

    public static Diagnosis diagnose(Inventory inventory, List<WorkloadFamily> workloads, int contextTokens) {
        if (contextTokens < 1) {
            throw new IllegalArgumentException("contextTokens must be positive, was " + contextTokens);
        }
        return new Diagnoser(inventory, workloads, contextTokens).run();
    }

    private Diagnosis run() {
        if (workloads.isEmpty()) {
            notes.add("No workload family named: Step 1 asks for one (API-first applications, local inference or "
                    + "coding models, embeddings and RAG, notebook-heavy data exploration, LoRA-style fine-tuning, always-on "
                    + "services); only machine evidence is ranked");
        }
        workloadWeights();
        Budget budget = vramBudget();
        List<VramFit> fits = VramFitTable.table(budget.bytes(), contextTokens);
        vram(budget);
        ram();
        storage();
        thermals();
        powerExpansion();
        cpu();
        List<Bottleneck> ranked = evidence.entrySet().stream()
                .map(entry -> new Bottleneck(entry.getKey(), score(entry.getValue()), sorted(entry.getValue())))
                .filter(bottleneck -> bottleneck.score() > 0)
                .sorted(Comparator.comparingInt(Bottleneck::score).reversed()
                        .thenComparing(bottleneck -> bottleneck.constraint().ordinal()))
                .toList();
        return new Diagnosis(workloads, ranked.isEmpty() ? null : ranked.get(0), ranked.size() < 2 ? null
                : ranked.get(1), contextTokens, budget.bytes(), budget.source(), fits, notes);
    }

    private void workloadWeights() {
        for (WorkloadFamily family : workloads) {
            String section = WorkloadFamily.SOURCE.get(family);
            for (Constraint constraint : family.primary()) {
                add(constraint, "workload-primary", section,
                        family.label() + ": " + constraint.id() + " is a primary bottleneck", 3);
            }
            for (Constraint constraint : family.secondary()) {
                add(constraint, "workload-secondary", section,
                        family.label() + ": " + constraint.id() + " is a secondary bottleneck", 1);
            }
        }
    }

    private record Budget(Long bytes, String source) {
    }

    /** The largest single GPU's dedicated VRAM, or a share of unified memory on Apple Silicon. */
    private Budget vramBudget() {
        Optional<Gpu> dedicated = inventory.gpus().stream()
                .filter(gpu -> gpu.vramBytes() != null && !Boolean.TRUE.equals(gpu.integrated()))
                .max(Comparator.comparingLong(Gpu::vramBytes));
        if (dedicated.isPresent()) {
            return new Budget(dedicated.get().vramBytes(), "VRAM of " + dedicated.get().name());
        }
        Long ram = inventory.memory().totalBytes();
        if (hasAppleGpu() && ram != null) {
            return new Budget(ram / 100 * UNIFIED_SHARE_PERCENT, "two thirds of " + gib(ram)
                    + " unified memory (Apple Silicon; assumed GPU share)");
        }
        return new Budget(null, inventory.gpus().isEmpty() ? "no GPU listed" : "no VRAM figure for the GPU");
    }

    private void vram(Budget budget) {
        if (!needs(Constraint.VRAM)) {
            return;
        }
        String wall = "§2 VRAM: The First Hard Wall For Local Models";
        if (budget.bytes() == null && !hasUsableGpu()) {
            add(Constraint.VRAM, "vram-no-discrete-gpu", wall,
                    "no discrete GPU: local LLM inference is VRAM-bound", 4);
            return;
        }
        if (budget.bytes() == null) {
            add(Constraint.VRAM, "vram-unknown", "§6 collect system facts; Step 3 'write down any unknowns'",
                    "a GPU is listed but its VRAM is unknown: check nvidia-smi or the vendor tool", 1);
            return;
        }
        String bands = "§4 sizing table (VRAM bands) and §2 VRAM";
        if (fits(7, 4, budget) == Fit.DOES_NOT_FIT) {
            add(Constraint.VRAM, "vram-below-7b-4bit", bands, gib(budget.bytes()) + " GPU memory: not even a 7B model "
                    + "at 4-bit with " + contextTokens + "-token context fits", 4);
        } else if (fits(13, 4, budget) == Fit.DOES_NOT_FIT) {
            add(Constraint.VRAM, "vram-entry-band", bands, gib(budget.bytes())
                    + " GPU memory: entry band, small quantized models only (13B at 4-bit does not fit)", 2);
        }
        if (workloads.contains(WorkloadFamily.LIGHT_FINE_TUNING) && fits(13, 8, budget) == Fit.DOES_NOT_FIT) {
            add(Constraint.VRAM, "vram-fine-tuning", "§4 sizing: fine-tuning pushes the VRAM requirement higher",
                    gib(budget.bytes()) + " GPU memory for fine-tuning: optimizer state and activations need more "
                            + "than inference", 2);
        }
        boolean nvidia = inventory.gpus().stream().anyMatch(gpu -> "NVIDIA".equals(gpu.vendor()));
        if (nvidia && inventory.gpuTooling().nvidiaSmi() == ToolStatus.MISSING) {
            add(Constraint.VRAM, "vram-tooling-missing", "§9 verify the toolchain before relying on the GPU",
                    "NVIDIA GPU present but nvidia-smi is missing: the driver stack is not visible", 1);
        }
    }

    private void ram() {
        Long total = inventory.memory().totalBytes();
        if (total == null) {
            notes.add("memory.totalBytes unknown: RAM rules skipped");
            return;
        }
        String section = "§2 System RAM and §4 sizing table (RAM bands)";
        boolean central = primary(Constraint.RAM);
        if (total < 7 * GIB) {
            add(Constraint.RAM, "ram-below-8gib", section, gib(total) + " RAM: below the entry band for any AI work",
                    central ? 4 : 2);
        } else if (total < 15 * GIB && (central || needs(Constraint.RAM))) {
            add(Constraint.RAM, "ram-entry-band", section, gib(total) + " RAM with " + names()
                    + " work: RAM (entry band, notebooks, services and browser compete)", central ? 3 : 1);
        }
        Long available = inventory.memory().availableBytes();
        if (available != null && available * 5 < total) {
            add(Constraint.RAM, "ram-pressure-now", "§6 observe memory pressure (free -h)", "only "
                    + available * 100 / total + "% of RAM available when the inventory was taken", 1);
        }
        Long swap = inventory.memory().swapTotalBytes();
        if (swap != null && swap == 0 && total < 15 * GIB) {
            add(Constraint.RAM, "ram-no-swap", "§2 constraint table: System RAM → swapping, crashes",
                    "no swap on a " + gib(total) + " machine: memory pressure ends in crashes", 1);
        }
        // swap three-quarters used is memory that already spills to disk: the module's RAM symptom itself
        Long swapUsed = inventory.memory().swapUsedBytes();
        if (swap != null && swap > 0 && swapUsed != null && swapUsed * 4 >= swap * 3 && swapUsed >= SWAP_IN_USE) {
            add(Constraint.RAM, "ram-swap-nearly-full", "§2 constraint table: System RAM → swapping, crashes",
                    gib(swapUsed) + " of " + gib(swap) + " swap in use when the inventory was taken: RAM is swapping", 3);
        }
        if (workloads.contains(WorkloadFamily.LOCAL_INFERENCE) && !hasUsableGpu() && !hasAppleGpu()) {
            add(Constraint.RAM, "ram-cpu-inference", "§1: local inference depends heavily on VRAM, with RAM close behind",
                    "no discrete GPU: local models would run from system RAM", 2);
        }
    }

    private void storage() {
        Optional<Filesystem> project = inventory.projectFilesystem();
        if (project.isEmpty()) {
            notes.add("no project file system known: storage rules skipped");
            return;
        }
        Filesystem fs = project.get();
        String full = "§2 Storage and §4: the system disk should not live permanently near full capacity";
        Integer used = fs.usePercent();
        if (used != null && used >= 90) {
            add(Constraint.STORAGE, "storage-project-disk-full", full, fs.mount() + " is " + used + "% used: storage", 4);
        } else if (used != null && used >= 80) {
            add(Constraint.STORAGE, "storage-project-disk-filling", full, fs.mount() + " is " + used
                    + "% used: little room for models, datasets and checkpoints", 2);
        }
        inventory.rootFilesystem().filter(root -> !root.projectDisk() && root.usePercent() != null
                && root.usePercent() >= 90).ifPresent(root -> add(Constraint.STORAGE, "storage-system-disk-full", full,
                        "/ is " + root.usePercent() + "% used: the system disk is near full", 3));
        boolean artifacts = workloads.contains(WorkloadFamily.LOCAL_INFERENCE)
                || workloads.contains(WorkloadFamily.LIGHT_FINE_TUNING)
                || workloads.contains(WorkloadFamily.EMBEDDINGS_RETRIEVAL);
        if (artifacts && fs.availableBytes() != null && fs.availableBytes() < 50 * GIB) {
            add(Constraint.STORAGE, "storage-little-free", "§2 Storage: the constraint that grows quietly",
                    gib(fs.availableBytes()) + " free on " + fs.mount() + ": model weights, datasets and checkpoints "
                            + "will not fit for long", 2);
        }
        boolean hddOnly = !inventory.disks().isEmpty()
                && inventory.disks().stream().allMatch(disk -> disk.type() == DiskType.HDD);
        if (hddOnly) {
            add(Constraint.STORAGE, "storage-hdd-only", "§2 Storage: fast NVMe storage matters for productivity",
                    "only spinning disks: model loads and environment creation will be slow", 2);
        }
        if (artifacts && inventory.disks().size() == 1) {
            add(Constraint.STORAGE, "storage-single-disk", "§2 Storage: separate the OS from large AI artifacts",
                    "one disk holds the system and every artifact", 1);
        }
    }

    private void thermals() {
        if (Boolean.TRUE.equals(inventory.battery())) {
            add(Constraint.THERMALS, "thermals-laptop", "§3 archetype table: Laptop-first → thermal limits",
                    "battery present: laptop, watch sustained-load thermals", 2);
        }
        Double temperature = inventory.sensors() == null ? null : inventory.sensors().cpuTemperatureCelsius();
        if (temperature != null && temperature >= 85) {
            add(Constraint.THERMALS, "thermals-hot-at-rest", "§2 Thermals and Noise: sustained load is the real test",
                    "CPU at " + Math.round(temperature) + " °C when the inventory was taken: throttling likely", 3);
        }
    }

    private void powerExpansion() {
        boolean gpuWork = workloads.contains(WorkloadFamily.LOCAL_INFERENCE)
                || workloads.contains(WorkloadFamily.LIGHT_FINE_TUNING);
        if (!gpuWork) {
            return;
        }
        if (Boolean.TRUE.equals(inventory.battery())) {
            add(Constraint.POWER_EXPANSION, "expansion-laptop", "§3 archetype table: Laptop-first → weak upgrade path",
                    "laptop: GPU and often RAM cannot be upgraded", 1);
        }
        if (hasAppleGpu()) {
            add(Constraint.POWER_EXPANSION, "expansion-fixed-mac", "§9: soldered memory may be locked forever",
                    "Apple Silicon: memory and GPU are fixed at purchase", 1);
        }
    }

    private void cpu() {
        Integer logical = inventory.cpu().logicalCores();
        if (logical == null) {
            notes.add("cpu.logicalCores unknown: CPU rules skipped");
            return;
        }
        String section = "§2 constraint table: CPU → slow data prep, sluggish tools; §9 core count";
        if (logical <= 2) {
            add(Constraint.CPU, "cpu-two-threads", section, logical + " logical cores: tools and data preparation "
                    + "will queue behind each other", needs(Constraint.CPU) ? 3 : 1);
        } else if (logical <= 4 && needs(Constraint.CPU)) {
            add(Constraint.CPU, "cpu-few-cores", section, logical + " logical cores: little room for parallel "
                    + "preprocessing", 2);
        }
    }

    private Fit fits(int billions, int bits, Budget budget) {
        return VramFitTable.row(billions, bits, budget.bytes(), contextTokens).fit();
    }

    private boolean needs(Constraint constraint) {
        return workloads.stream().anyMatch(f -> f.primary().contains(constraint) || f.secondary().contains(constraint));
    }

    private boolean primary(Constraint constraint) {
        return workloads.stream().anyMatch(f -> f.primary().contains(constraint));
    }

    private boolean hasUsableGpu() {
        return inventory.gpus().stream().anyMatch(gpu -> !Boolean.TRUE.equals(gpu.integrated()));
    }

    private boolean hasAppleGpu() {
        return inventory.gpus().stream().anyMatch(gpu -> "Apple".equals(gpu.vendor()));
    }

    private String names() {
        return workloads.isEmpty() ? "this" : String.join(" + ", workloads.stream().map(WorkloadFamily::label).toList());
    }

    private void add(Constraint constraint, String rule, String section, String text, int points) {
        evidence.get(constraint).add(new Evidence(rule, section, text, points));
    }

    private static int score(List<Evidence> evidence) {
        return evidence.stream().mapToInt(Evidence::points).sum();
    }

    private static List<Evidence> sorted(List<Evidence> evidence) {
        return evidence.stream().sorted(Comparator.comparingInt(Evidence::points).reversed()).toList();
    }

    private static String gib(long bytes) {
        double value = bytes / (double) GIB;
        return (value >= 10 ? String.valueOf(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value))
                + " GiB";
    }
}
