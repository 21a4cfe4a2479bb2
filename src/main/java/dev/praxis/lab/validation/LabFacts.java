package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Diagnoser;
import dev.praxis.inventory.core.Diagnosis;
import dev.praxis.inventory.core.Inventory;
import dev.praxis.lab.validation.LabWork.Plan;
import dev.praxis.lab.validation.LabWork.Summary;
import dev.praxis.lab.validation.LabWork.SymptomRow;
import java.util.List;
import java.util.Optional;

/**
 * The learner's lab work and chosen inventory as the validators read them: absent parts as empty values, and the
 * diagnosis of the inventory for the workload they named, computed once.
 */
final class LabFacts {

    private static final Summary NO_SUMMARY = new Summary(null, null, null, null, null, null, null);
    private static final Plan NO_PLAN = new Plan(null, null, null);

    private final LabWork work;
    private final Optional<Inventory> inventory;
    private final Optional<Diagnosis> diagnosis;

    LabFacts(LabWork work, Optional<Inventory> inventory) {
        this.work = work;
        this.inventory = inventory;
        this.diagnosis = inventory.map(inv -> Diagnoser.diagnose(inv, workloadText()));
    }

    LabWork work() {
        return work;
    }

    Optional<Inventory> inventory() {
        return inventory;
    }

    /** The diagnosis of the inventory for the workload of Step 1 and the summary; empty without an inventory. */
    Optional<Diagnosis> diagnosis() {
        return diagnosis;
    }

    Summary summary() {
        return work.summary() == null ? NO_SUMMARY : work.summary();
    }

    Plan plan() {
        return work.plan() == null ? NO_PLAN : work.plan();
    }

    /** The Step 5 rows with anything written in them. */
    List<SymptomRow> symptoms() {
        return work.symptoms() == null ? List.of() : work.symptoms().stream()
                .filter(row -> row != null && !(LabText.blank(row.symptom()) && LabText.blank(row.constraint())
                        && LabText.blank(row.fix())))
                .toList();
    }

    String workloadText() {
        return LabText.joined(work.workload(), summary().workload());
    }

    /** Everything the learner wrote about decisions: summary, symptom fixes, plan and recommendation. */
    String decisionText() {
        Summary s = summary();
        Plan p = plan();
        List<String> fixes = symptoms().stream().map(SymptomRow::fix).toList();
        return LabText.joined(s.decision(), s.nextAction(), s.secondBottleneck(), String.join("\n",
                fixes.stream().filter(f -> f != null).toList()), p.now(), p.oneMonth(), p.firstRepeatedBottleneck(),
                work.recommendation());
    }
}
