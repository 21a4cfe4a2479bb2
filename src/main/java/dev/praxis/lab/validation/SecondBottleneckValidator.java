package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Constraint;
import java.util.Optional;

/** Step 4, item 3: a second bottleneck to monitor, a constraint different from the first. */
final class SecondBottleneckValidator implements ItemValidator {

    @Override
    public String name() {
        return "second-bottleneck";
    }

    @Override
    public String source() {
        return "Hands-On Step 4 'Second likely bottleneck'; §1 table 'Secondary Bottleneck' column";
    }

    @Override
    public Check check(LabFacts facts) {
        String named = facts.summary().secondBottleneck();
        if (LabText.blank(named)) {
            return Check.notDone("4", "your constraint summary names no second bottleneck");
        }
        Optional<Constraint> second = ConstraintNames.first(named);
        Check check;
        Optional<Constraint> first = ConstraintNames.first(facts.summary().firstBottleneck());
        if (second.isEmpty()) {
            check = Check.fail(LabText.quote(named) + " is not one of the module's constraints ("
                    + FirstBottleneckValidator.CONSTRAINTS + ").");
        } else if (first.equals(second)) {
            check = Check.fail("You named " + ConstraintNames.label(second.get()) + " as both the first and the second"
                    + " bottleneck; the second must be a different constraint to monitor.");
        } else {
            check = Check.pass("You will monitor " + ConstraintNames.label(second.get()) + " as the second bottleneck"
                    + first.map(f -> ", after " + ConstraintNames.label(f)).orElse("") + ".");
        }
        return check.with(facts.contradictions(named));
    }
}
