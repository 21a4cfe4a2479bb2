package dev.praxis.lab.validation;

import java.util.Optional;

/** Fifth success criterion: one rational next step (keep, targeted upgrade, desktop plan, server later, cloud, hybrid). */
final class RationalNextStepValidator implements ItemValidator {

    @Override
    public String name() {
        return "rational-next-step";
    }

    @Override
    public String source() {
        return "Success Criteria 5; Hands-On Step 4 'Keep, upgrade, cloud, or hybrid'; §5 decision table";
    }

    @Override
    public Check check(LabFacts facts) {
        String decision = facts.summary().decision();
        String text = LabText.blank(decision) ? facts.work().recommendation() : decision;
        if (LabText.blank(text)) {
            return Check.notDone("4", "your constraint summary has no keep, upgrade, cloud or hybrid decision");
        }
        Optional<String> option = LabText.affirmed(text, RecommendationValidator.OPTION);
        if (option.isEmpty()) {
            return Check.fail(LabText.quote(text) + " is not one of keep, targeted upgrade, desktop plan, server later,"
                    + " cloud burst or hybrid.");
        }
        return Check.pass("Your next step is " + LabText.quote(option.get()) + ".");
    }
}
