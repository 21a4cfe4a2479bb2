package dev.praxis.lab.validation;

import dev.praxis.inventory.core.WorkloadFamily;
import java.util.List;
import java.util.Optional;

/** First success criterion: the archetype and the next 3 to 6 months of workload are both stated clearly. */
final class ArchetypeAndWorkloadValidator implements ItemValidator {

    @Override
    public String name() {
        return "archetype-and-workload";
    }

    @Override
    public String source() {
        return "Success Criteria 1; §1 'Workload Family' table; §3 archetype table";
    }

    @Override
    public Check check(LabFacts facts) {
        if (LabText.blank(facts.work().workload())) {
            return Check.notDone("1", "there is no workload paragraph");
        }
        if (LabText.blank(facts.work().archetype())) {
            return Check.notDone("2", "no archetype chosen");
        }
        Optional<Archetype> archetype = Archetype.parse(facts.work().archetype());
        List<WorkloadFamily> families = WorkloadFamily.allFromText(facts.work().workload());
        if (archetype.isEmpty()) {
            return Check.fail(LabText.quote(facts.work().archetype()) + " is not one of the module's archetypes ("
                    + Archetype.ALL + ").");
        }
        if (families.isEmpty()) {
            return Check.fail("You chose " + archetype.get().id() + ", but your workload names no workload family from"
                    + " the module.");
        }
        return Check.pass("You stated the archetype " + archetype.get().id() + " and the workload "
                + families.get(0).label() + ".");
    }
}
