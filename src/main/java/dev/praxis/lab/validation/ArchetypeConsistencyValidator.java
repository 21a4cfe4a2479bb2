package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.Source;
import dev.praxis.inventory.core.ToolStatus;
import dev.praxis.lab.claims.Claim;
import dev.praxis.lab.claims.ClaimCheck;
import dev.praxis.lab.claims.ClaimCheck.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Step 2, item 1 (and part of the first success criterion): the archetype is one of the module's and agrees with the
 * machine. The classification is the learner's own words, so it is judged without an upload too; an inventory can
 * contradict it: a battery or a laptop part (a "Laptop GPU", a mobile CPU) under a stationary archetype, a single-GPU
 * desktop with no GPU where the commands looked for one, a kind of machine the inventory is not. Hybrid and
 * cloud-first need the cloud half named.
 */
final class ArchetypeConsistencyValidator implements ItemValidator {

    private static final Pattern LAPTOP_EXPLAINED = Pattern.compile(
            "battery|laptop|notebook|dock\\w*|plugged|clamshell|lid closed|mains|mini ?pc|\\bnuc\\b|mini computer"
                    + "|minisforum|beelink|small form factor|\\bsff\\b");
    private static final Pattern GPU_EXPLAINED = Pattern.compile("plan\\w*|\\bwill\\b|later|cloud|egpu|external gpu"
            + "|no (?:discrete |dedicated )?gpu|no (?:discrete |dedicated )?(?:graphics|video) card|without (?:a )?gpu"
            + "|(?:free|empty|spare) (?:pcie |pci-e |x16 )*slot|integrated|\\bwsl\\w*|cannot see|can't see"
            + "|pass[- ]?through"
            + "|hidden|hides|not visible|invisible|\\bvm\\b|virtual|not (?:yet )?installed|borrow\\w*|other machine");
    private static final Pattern CLOUD = Pattern.compile("cloud|rent\\w*|hosted|colab|remote gpu|burst|\\bapis?\\b");

    @Override
    public String name() {
        return "archetype-consistency";
    }

    @Override
    public String source() {
        return "Hands-On Step 2; §3 archetype table; Step 2 'A laptop connected to cloud GPUs is a hybrid workflow'";
    }

    @Override
    public Check check(LabFacts facts) {
        String named = facts.work().archetype();
        if (LabText.blank(named)) {
            return Check.notDone("2", "no archetype chosen");
        }
        Optional<Archetype> parsed = Archetype.parse(named);
        if (parsed.isEmpty()) {
            return Check.fail(LabText.quote(named) + " is not one of the module's archetypes (" + Archetype.ALL + ").");
        }
        Archetype archetype = parsed.get();
        String reason = facts.work().archetypeReason();
        List<Finding> findings = new ArrayList<>(machineContradictions(facts, reason));
        if ((archetype == Archetype.HYBRID || archetype == Archetype.CLOUD_FIRST)
                && LabText.mentioned(reason, CLOUD).isEmpty()) {
            findings.add(new Finding(Verdict.NEEDS_ATTENTION, "You chose " + archetype.id() + ", but your reason "
                    + (LabText.blank(reason) ? "is missing and" : LabText.quote(reason))
                    + " does not say what runs in the cloud."));
        }
        findings.add(facts.inventory().map(inventory -> againstInventory(archetype, reason, inventory))
                .orElseGet(() -> new Finding(Verdict.PASS, "You chose " + archetype.id() + (LabText.blank(reason) ? ""
                        : ": " + LabText.quote(reason)) + "; nothing uploaded contradicts it.")));
        return new Check(findings);
    }

    /** The kind of machine the reason claims (laptop, desktop, Mac, WSL, native Linux), where the inventory denies it. */
    static List<Finding> machineContradictions(LabFacts facts, String reason) {
        return facts.claimsIn(reason).stream()
                .filter(c -> c.status() == Status.CONTRADICTED && c.claim() instanceof Claim.Machine)
                .map(c -> new Finding(Verdict.FAIL, c.sentence())).toList();
    }

    private static Finding againstInventory(Archetype archetype, String reason, Inventory inventory) {
        boolean stationary = archetype == Archetype.SINGLE_GPU_DESKTOP || archetype == Archetype.HOME_SERVER;
        if (Boolean.TRUE.equals(inventory.battery()) && stationary) {
            return LabText.mentioned(reason, LAPTOP_EXPLAINED).isPresent()
                    ? new Finding(Verdict.PASS, "Your inventory shows a battery and you explained the " + archetype.id()
                            + " classification: " + LabText.quote(reason) + ".")
                    : new Finding(Verdict.FAIL, "Your inventory shows a battery, so this machine is laptop-first unless"
                            + " you explain why you classified it as " + archetype.id() + ".");
        }
        Optional<String> laptopPart = ClaimCheck.laptopPart(inventory);
        if (stationary && laptopPart.isPresent() && LabText.mentioned(reason, LAPTOP_EXPLAINED).isEmpty()) {
            return new Finding(Verdict.FAIL, "Your inventory shows " + laptopPart.get() + ", a laptop part, so this"
                    + " machine is not a " + archetype.id() + ".");
        }
        if (Boolean.FALSE.equals(inventory.battery()) && archetype == Archetype.LAPTOP_FIRST
                && LabText.mentioned(reason, LAPTOP_EXPLAINED).isEmpty()) {
            return new Finding(Verdict.NEEDS_ATTENTION, "Your inventory shows no battery, yet you chose laptop-first;"
                    + " say why in your reason.");
        }
        if (archetype == Archetype.SINGLE_GPU_DESKTOP && !InventoryWords.hasDiscreteGpu(inventory)
                && appleGpu(inventory)) {
            // §9: "macOS can be excellent for development and some local inference workflows"; an Apple GPU runs the
            // models on the unified memory (the diagnosis budgets its VRAM from it), so a Mac desktop has one GPU
            return new Finding(Verdict.PASS, "Your inventory shows " + InventoryWords.gpus(inventory) + ", an Apple GPU"
                    + " that runs models on the unified memory: a desktop with one GPU.");
        }
        if (archetype == Archetype.SINGLE_GPU_DESKTOP && !InventoryWords.hasDiscreteGpu(inventory)
                && lookedForGpus(inventory)) {
            String gpus = InventoryWords.gpus(inventory);
            return LabText.mentioned(reason, GPU_EXPLAINED).isPresent()
                    ? new Finding(Verdict.PASS, "Your inventory shows " + gpus + " and no discrete GPU, which your"
                            + " reason explains: " + LabText.quote(reason) + ".")
                    : new Finding(Verdict.FAIL, "Your inventory shows " + gpus + " and no discrete GPU where the"
                            + " commands looked for one, so it is not a single-GPU desktop.");
        }
        return new Finding(Verdict.PASS, "You chose " + archetype.id() + ", consistent with your inventory ("
                + machine(inventory) + ").");
    }

    /** Whether the machine's GPU is Apple's (system_profiler's "Vendor: Apple"): one GPU on unified memory. */
    private static boolean appleGpu(Inventory inventory) {
        return !Boolean.TRUE.equals(inventory.battery())
                && inventory.gpus().stream().anyMatch(gpu -> "Apple".equals(gpu.vendor()));
    }

    /** Whether the commands (or the agent) looked for GPUs, so an empty list means none rather than unknown. */
    private static boolean lookedForGpus(Inventory inventory) {
        Inventory.GpuTooling tooling = inventory.gpuTooling();
        return inventory.source() == Source.AGENT || tooling != null && (tooling.lspci() != ToolStatus.NOT_RUN
                || tooling.nvidiaSmi() != ToolStatus.NOT_RUN || tooling.systemProfiler() != ToolStatus.NOT_RUN);
    }

    private static String machine(Inventory inventory) {
        String battery = inventory.battery() == null ? "battery not reported"
                : inventory.battery() ? "battery" : "no battery";
        return InventoryWords.gpus(inventory) + ", " + battery;
    }
}
