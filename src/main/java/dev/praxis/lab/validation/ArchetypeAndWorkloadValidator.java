package dev.praxis.lab.validation;

import dev.praxis.inventory.core.WorkloadFamily;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * First success criterion: the archetype and the next 3 to 6 months of workload are both stated clearly: an archetype
 * that fits the machine (Step 2 item 1), a workload family (Step 1 item 2), the module's time box.
 */
final class ArchetypeAndWorkloadValidator implements ItemValidator {

    private final ItemValidator archetype = new ArchetypeConsistencyValidator();
    private final ItemValidator family = new WorkloadFamilyValidator();

    @Override
    public String name() {
        return "archetype-and-workload";
    }

    @Override
    public String source() {
        return "Success Criteria 1; §1 'Workload Family' table and 3 to 6 month time box; §3 archetype table";
    }

    @Override
    public Check check(LabFacts facts) {
        String workload = facts.work().workload();
        if (LabText.blank(workload)) {
            return Check.notDone("1", "there is no workload paragraph");
        }
        if (LabText.blank(facts.work().archetype())) {
            return Check.notDone("2", "no archetype chosen");
        }
        List<Check> parts = new ArrayList<>(List.of(archetype.check(facts), family.check(facts)));
        Optional<Check> horizon = WorkloadParagraphValidator.horizon(workload);
        horizon.ifPresent(parts::add);
        if (parts.stream().allMatch(part -> part.verdict() == Verdict.PASS)) {
            return Check.pass("You stated the archetype " + Archetype.parse(facts.work().archetype()).orElseThrow().id()
                    + " and the workload " + String.join(", ", LabWorkloads.families(workload).stream()
                    .map(WorkloadFamily::label).toList()) + " for the next months.");
        }
        return Check.all(parts.stream().filter(part -> part.verdict() != Verdict.PASS).toList());
    }
}
