package dev.praxis.lab.validation;

import java.util.List;
import java.util.Optional;

/**
 * Fifth success criterion: one rational next step (keep, targeted upgrade, desktop plan, server later, cloud burst,
 * hybrid). A next step that buys for prestige, buys a GPU for a bottleneck that is not VRAM, or replaces the whole
 * machine without a measured constraint is not rational (see {@link Purchases}).
 */
final class RationalNextStepValidator implements ItemValidator {

    @Override
    public String name() {
        return "rational-next-step";
    }

    @Override
    public String source() {
        return "Success Criteria 5; Hands-On Step 4 'Keep, upgrade, cloud, or hybrid'; §5 decision table; §8 decision"
                + " flow";
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
        List<Finding> problems = Purchases.problems(facts.nowText(), facts);
        return problems.isEmpty() ? Check.pass("Your next step is " + LabText.quote(option.get()) + ".")
                : new Check(problems);
    }
}
