package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Constraint;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Step 7, item 5: the recommendation does not buy for prestige: no "biggest", "best", "future-proof" purchase,
 * and no unconditional GPU purchase when the learner's own first bottleneck is not VRAM. A conditional purchase
 * ("if VRAM saturates weekly, build a desktop") is the module's staged plan, not prestige.
 */
final class NoPrestigeValidator implements ItemValidator {

    private static final String PRESTIGE = "best|top|most powerful|fastest|biggest|largest|high[- ]end|flagship"
            + "|future[- ]?proof\\w*|top[- ]of[- ]the[- ]line|latest|maxed[- ]out|max(?:imum)? spec\\w*|\\d090|h100|a100"
            + "|dual gpus?|two gpus|multi[- ]gpu|serious|impress\\w*|status|as much as i can afford";
    static final Pattern PRESTIGE_PURCHASE = Pattern.compile("\\b(?:buy\\w*|bought|purchas\\w*|get|order\\w*"
            + "|build\\w*|spend\\w*|splurg\\w*|upgrad\\w* to|go(?:ing)? for)\\b[^.;\\n]{0,50}?\\b(?:" + PRESTIGE + ")\\b"
            + "|\\b(?:" + PRESTIGE + ")\\b[^.;\\n]{0,30}?\\b(?:gpus?|cards?|desktop|rig|build|machine|workstation"
            + "|hardware|setup)\\b");
    private static final Pattern CONDITIONAL = Pattern.compile("\\b(?:if|when|once|only|unless|after|later"
            + "|until)\\b");

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
        String recommendation = facts.work().recommendation();
        if (LabText.blank(recommendation)) {
            return Check.notDone("7", "there is no final recommendation");
        }
        String text = LabText.joined(recommendation, facts.summary().decision(), facts.summary().nextAction(),
                facts.plan().now());
        Optional<String> prestige = LabText.affirmedSentence(text, PRESTIGE_PURCHASE);
        if (prestige.isPresent()) {
            return Check.fail("You wrote " + LabText.quote(prestige.get()) + ", a purchase for prestige; the module"
                    + " buys only when a measured bottleneck repeats.");
        }
        Optional<Constraint> first = ConstraintNames.first(facts.summary().firstBottleneck());
        Optional<String> gpuNow = LabText.sentences(text).stream()
                .filter(s -> LabText.affirmed(s, SymptomRowsValidator.GPU_PURCHASE).isPresent())
                .filter(s -> !CONDITIONAL.matcher(s).find())
                .findFirst();
        if (gpuNow.isPresent() && first.isPresent() && first.get() != Constraint.VRAM) {
            return Check.fail("You named " + ConstraintNames.label(first.get()) + " as the first bottleneck but"
                    + " recommend " + LabText.quote(gpuNow.get()) + ", which does not address it.");
        }
        return Check.pass("Your recommendation ties any purchase to evidence rather than to the largest component.");
    }
}
