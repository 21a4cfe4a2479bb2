package dev.praxis.lab.validation;

import dev.praxis.content.ChecklistItem;
import dev.praxis.content.CourseModule;
import dev.praxis.content.LabStep;
import dev.praxis.inventory.core.Diagnosis;
import dev.praxis.inventory.core.Inventory;
import dev.praxis.lab.validation.LabDefinition.ItemBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges every checklist item of a module's lab from what the learner wrote and the inventory they chose. Pure:
 * the same inputs give the same verdicts, so callers recompute whenever an answer or the inventory changes.
 */
public final class LabValidator {

    private LabValidator() {
    }

    /**
     * One verdict per checklist item, in the module's order (steps, then success criteria).
     *
     * @param inventory the parsed inventory the learner chose for this lab, if any; its text, when the lab document
     *                  carries it, is quoted in feedback
     */
    public static List<ChecklistVerdict> validate(LabDefinition definition, CourseModule module, LabWork work,
            Optional<Inventory> inventory) {
        return validate(definition, module, work, InventoryReading.of(inventory, work == null ? null
                : work.inventory()));
    }

    /** One verdict per checklist item, in the module's order, against an inventory as it was read. */
    public static List<ChecklistVerdict> validate(LabDefinition definition, CourseModule module, LabWork work,
            InventoryReading reading) {
        return validate(definition, module, work, reading, true);
    }

    /**
     * As above; with {@code diagnosisReleased} false (the platform, before the learner commits their Step 4 summary)
     * no verdict quotes the inventory's diagnosis, so the checklist gives away no more than the page does.
     */
    public static List<ChecklistVerdict> validate(LabDefinition definition, CourseModule module, LabWork work,
            InventoryReading reading, boolean diagnosisReleased) {
        LabFacts facts = new LabFacts(work == null ? LabWork.EMPTY : work, reading, diagnosisReleased);
        List<ChecklistVerdict> verdicts = new ArrayList<>();
        for (LabStep step : module.lab().steps()) {
            judge(definition, step.number(), step.checklist(), facts, verdicts);
        }
        judge(definition, LabDefinition.SUCCESS, module.lab().successCriteria(), facts, verdicts);
        return verdicts;
    }

    /** The diagnosis the verdicts are checked against: the inventory for the workload families the learner names. */
    public static Diagnosis diagnose(LabWork work, Inventory inventory) {
        return new LabFacts(work == null ? LabWork.EMPTY : work, InventoryReading.of(Optional.of(inventory), null), true)
                .diagnosis().orElseThrow();
    }

    private static void judge(LabDefinition definition, String step, List<ChecklistItem> checklist, LabFacts facts,
            List<ChecklistVerdict> verdicts) {
        for (int i = 0; i < checklist.size(); i++) {
            ChecklistItem item = checklist.get(i);
            Optional<ItemBinding> binding = definition.binding(step, i + 1);
            Check check = check(binding, item, facts);
            verdicts.add(ChecklistVerdict.of(step, i + 1, item.id(), item.text(),
                    binding.map(ItemBinding::source).orElse(""), check));
        }
    }

    private static Check check(Optional<ItemBinding> binding, ChecklistItem item, LabFacts facts) {
        if (binding.isEmpty()) {
            return Check.attention("The lab file has no validator for this item yet, so Praxis cannot check it.");
        }
        if (!LabDefinition.sameText(binding.get(), item)) {
            return Check.attention("The lab file expects “" + binding.get().text() + "” here, so the module has changed"
                    + " and Praxis cannot check this item until the lab file is updated.");
        }
        if (binding.get().selfAttested()) {
            return Check.selfAttested("Praxis cannot check this from your lab work, so it is yours to confirm"
                    + (binding.get().source().isBlank() ? "." : " (" + binding.get().source() + ")."));
        }
        return Validators.named(binding.get().validator().orElseThrow()).orElseThrow().check(facts);
    }
}
