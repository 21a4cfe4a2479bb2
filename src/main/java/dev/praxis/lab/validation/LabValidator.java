package dev.praxis.lab.validation;

import dev.praxis.content.ChecklistItem;
import dev.praxis.content.CourseModule;
import dev.praxis.content.LabStep;
import dev.praxis.inventory.core.Diagnosis;
import dev.praxis.inventory.core.Inventory;
import dev.praxis.lab.claims.Gloss;
import dev.praxis.lab.claims.Remembered;
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
        List<Gloss.Glossed> answers = new ArrayList<>();
        LabWork glossed = gloss(work == null ? LabWork.EMPTY : work, answers);
        return Remembered.during(() -> Gloss.scope(answers, () -> {
            LabFacts facts = new LabFacts(glossed, reading, diagnosisReleased)
                    .withModuleWording(ModuleWording.of(module));
            List<ChecklistVerdict> verdicts = new ArrayList<>();
            for (LabStep step : module.lab().steps()) {
                judge(definition, step.number(), step.checklist(), facts, verdicts);
            }
            judge(definition, LabDefinition.SUCCESS, module.lab().successCriteria(), facts, verdicts);
            return verdicts;
        }));
    }

    /**
     * The answers as the rules read them: each through the lexicons of {@link Gloss} (English answers are unchanged),
     * the glosses collected so that quotes can be shown in the learner's words. The inventory text is the machine's
     * and is not glossed.
     */
    static LabWork gloss(LabWork work, List<Gloss.Glossed> answers) {
        java.util.function.UnaryOperator<String> g = text -> {
            Gloss.Glossed glossed = Gloss.glossed(text);
            answers.add(glossed);
            return glossed.gloss();
        };
        LabWork.Summary s = work.summary();
        LabWork.Plan p = work.plan();
        return new LabWork(work.inventory(), g.apply(work.workload()), g.apply(work.archetype()),
                g.apply(work.archetypeReason()), g.apply(work.mattersMost()), g.apply(work.unknowns()),
                s == null ? null : new LabWork.Summary(g.apply(s.workload()), g.apply(s.archetype()),
                        g.apply(s.firstBottleneck()), g.apply(s.evidence()), g.apply(s.secondBottleneck()),
                        g.apply(s.decision()), g.apply(s.nextAction())),
                work.symptoms() == null ? null : work.symptoms().stream().map(row -> row == null ? null
                        : new LabWork.SymptomRow(g.apply(row.symptom()), g.apply(row.constraint()), g.apply(row.fix())))
                        .toList(),
                p == null ? null : new LabWork.Plan(g.apply(p.now()), g.apply(p.oneMonth()),
                        g.apply(p.firstRepeatedBottleneck())),
                g.apply(work.recommendation()));
    }

    /** The diagnosis the verdicts are checked against: the inventory for the workload families the learner names. */
    public static Diagnosis diagnose(LabWork work, Inventory inventory) {
        LabWork glossed = gloss(work == null ? LabWork.EMPTY : work, new ArrayList<>());
        return new LabFacts(glossed, InventoryReading.of(Optional.of(inventory), null), true).diagnosis().orElseThrow();
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
