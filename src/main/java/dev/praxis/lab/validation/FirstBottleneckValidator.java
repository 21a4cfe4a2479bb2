package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Constraint;
import dev.praxis.inventory.core.Diagnosis;
import dev.praxis.inventory.core.Diagnosis.Bottleneck;
import dev.praxis.inventory.core.Diagnosis.Evidence;
import java.util.Optional;

/**
 * Step 4, item 1 and the third success criterion: the first bottleneck is one of the module's constraints and
 * agrees with the diagnosis of the inventory for the named workload, or the evidence explains why not (it
 * addresses the constraint the diagnosis ranks first).
 */
final class FirstBottleneckValidator implements ItemValidator {

    static final String CONSTRAINTS = "VRAM, RAM, storage, thermals, power and expansion, CPU";

    @Override
    public String name() {
        return "first-bottleneck";
    }

    @Override
    public String source() {
        return "Hands-On Step 4; §2 'The Five Constraints That Actually Matter' and constraint table; diagnosis rules"
                + " (docs/diagnosis.md)";
    }

    @Override
    public Check check(LabFacts facts) {
        String named = facts.summary().firstBottleneck();
        if (LabText.blank(named)) {
            return Check.notDone("4", "your constraint summary names no first bottleneck");
        }
        Optional<Constraint> constraint = ConstraintNames.first(named);
        if (constraint.isEmpty()) {
            return Check.fail(LabText.quote(named) + " is not one of the module's constraints (" + CONSTRAINTS + ").");
        }
        String label = ConstraintNames.label(constraint.get());
        if (facts.diagnosis().isEmpty()) {
            return Check.notDone("3", "you named " + label + ", but there is no inventory to check it against");
        }
        Diagnosis diagnosis = facts.diagnosis().get();
        if (diagnosis.first() == null) {
            return Check.pass("You named " + label + " as the first bottleneck, and your inventory shows no pressure"
                    + " that contradicts it.");
        }
        Constraint expected = diagnosis.first().constraint();
        String expectedLabel = ConstraintNames.label(expected);
        String because = LabText.quote(strongest(diagnosis.first()).text());
        if (expected == constraint.get()) {
            return Check.pass("You named " + label + " as the first bottleneck and your inventory agrees: " + because
                    + ".");
        }
        String explanation = LabText.joined(facts.summary().evidence(), named);
        if (ConstraintNames.names(explanation, expected)) {
            return Check.pass("You named " + label + " where your inventory points to " + expectedLabel + " ("
                    + because + "), and your evidence addresses " + expectedLabel + ": "
                    + LabText.quote(facts.summary().evidence()) + ".");
        }
        Bottleneck second = diagnosis.second();
        if (second != null && second.constraint() == constraint.get()) {
            return Check.attention("Your inventory ranks " + label + " second and " + expectedLabel + " first ("
                    + because + "); say in your evidence why " + label + " comes first.");
        }
        return Check.fail("Your inventory shows " + because + "; you named " + label
                + " as the first bottleneck — the evidence points to " + expectedLabel + ".");
    }

    /** The machine's own evidence if any (more telling than the workload table's weight), else the first. */
    static Evidence strongest(Bottleneck bottleneck) {
        return bottleneck.evidence().stream().filter(e -> !e.rule().startsWith("workload-")).findFirst()
                .orElse(bottleneck.evidence().get(0));
    }
}
