package dev.praxis.lab.validation;

import java.util.List;

/**
 * Step 7, item 5: the recommendation buys nothing for prestige: no "biggest", "best", "future-proof" purchase, no GPU
 * while the first bottleneck is not VRAM, no whole new machine without a measured constraint (see {@link Purchases}).
 * A conditional purchase ("if VRAM saturates weekly, build a desktop") is the module's staged plan, not prestige.
 */
final class NoPrestigeValidator implements ItemValidator {

    @Override
    public String name() {
        return "no-prestige-buying";
    }

    @Override
    public String source() {
        return "Hands-On Step 7 'avoids buying for prestige'; Common Mistakes 'Buying for model hype'; §4 Decision"
                + " check 'evidence-based upgrade planning prevents prestige buying'";
    }

    @Override
    public Check check(LabFacts facts) {
        if (LabText.blank(facts.work().recommendation())) {
            return Check.notDone("7", "there is no final recommendation");
        }
        List<Finding> problems = Purchases.problems(facts.nowText(), facts);
        return problems.isEmpty() ? Check.pass("Your recommendation ties any purchase to evidence rather than to the"
                + " largest component.") : new Check(problems);
    }
}
