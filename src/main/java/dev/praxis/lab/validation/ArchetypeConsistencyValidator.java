package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Inventory;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Step 2, item 1: the archetype is one of the module's and agrees with the inventory. A battery means laptop-first
 * (or hybrid/cloud-first, which a laptop can be part of) unless the reason explains otherwise; a single-GPU desktop
 * needs a discrete GPU; hybrid needs the cloud half named.
 */
final class ArchetypeConsistencyValidator implements ItemValidator {

    private static final Pattern LAPTOP_EXPLAINED = Pattern.compile(
            "battery|laptop|notebook|dock\\w*|plugged|clamshell|lid closed|mains");
    private static final Pattern GPU_EXPLAINED = Pattern.compile(
            "plan\\w*|will|later|cloud|egpu|external gpu|no (?:discrete )?gpu|without (?:a )?gpu|integrated");
    private static final Pattern CLOUD = Pattern.compile("cloud|rent\\w*|hosted|colab|remote gpu|burst");

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
        if (facts.inventory().isEmpty()) {
            return Check.notDone("3", "you chose " + archetype.id() + ", but there is no inventory to check it against");
        }
        Inventory inventory = facts.inventory().get();
        String reason = facts.work().archetypeReason();
        boolean stationary = archetype == Archetype.SINGLE_GPU_DESKTOP || archetype == Archetype.HOME_SERVER;
        if (Boolean.TRUE.equals(inventory.battery()) && stationary) {
            return LabText.mentioned(reason, LAPTOP_EXPLAINED).isPresent()
                    ? Check.pass("Your inventory shows a battery and you explained the " + archetype.id()
                            + " classification: " + LabText.quote(reason) + ".")
                    : Check.fail("Your inventory shows a battery, so this machine is laptop-first unless you explain"
                            + " why you classified it as " + archetype.id() + ".");
        }
        if (Boolean.FALSE.equals(inventory.battery()) && archetype == Archetype.LAPTOP_FIRST
                && LabText.mentioned(reason, LAPTOP_EXPLAINED).isEmpty()) {
            return Check.attention("Your inventory shows no battery, yet you chose laptop-first; say why in your"
                    + " reason.");
        }
        if (archetype == Archetype.SINGLE_GPU_DESKTOP && !InventoryWords.hasDiscreteGpu(inventory)) {
            String gpus = InventoryWords.gpus(inventory);
            return LabText.mentioned(reason, GPU_EXPLAINED).isPresent()
                    ? Check.attention("Your inventory shows " + gpus + " and no discrete GPU; you chose"
                            + " single-gpu-desktop with the reason " + LabText.quote(reason) + ", so check it describes"
                            + " the machine you have now.")
                    : Check.fail("Your inventory shows " + gpus + " and no discrete GPU, so it is not a single-GPU"
                            + " desktop.");
        }
        if ((archetype == Archetype.HYBRID || archetype == Archetype.CLOUD_FIRST)
                && LabText.mentioned(reason, CLOUD).isEmpty()) {
            return Check.attention("You chose " + archetype.id() + ", but your reason "
                    + (LabText.blank(reason) ? "is missing and" : LabText.quote(reason))
                    + " does not say what runs in the cloud.");
        }
        return Check.pass("You chose " + archetype.id() + ", consistent with your inventory (" + machine(inventory)
                + ").");
    }

    private static String machine(Inventory inventory) {
        String battery = inventory.battery() == null ? "battery not reported"
                : inventory.battery() ? "battery" : "no battery";
        return InventoryWords.gpus(inventory) + ", " + battery;
    }
}
