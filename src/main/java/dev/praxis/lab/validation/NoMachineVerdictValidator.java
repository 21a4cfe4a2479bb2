package dev.praxis.lab.validation;

import dev.praxis.lab.validation.LabWork.Summary;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Step 4, item 4: no whole-machine "good" or "bad" verdict in the summary or recommendation. Negation does not
 * excuse it ("the laptop is not bad" is still a verdict on the whole machine); a qualified statement ("fine for
 * API-first work") is not a whole-machine verdict.
 */
final class NoMachineVerdictValidator implements ItemValidator {

    private static final String NOUN = "(?:machine|computer|laptop|desktop|pc|mac|macbook|setup|hardware|rig|box"
            + "|system|workstation|tower)\\b";
    private static final String SUBJECT = "\\b" + NOUN + "\\s*(?:is|was|seems|feels|looks|'s)\\s+(?:not |just |really"
            + " |very |too |pretty |simply |quite |so |kind of |overall |way too )*";
    /**
     * A verdict on the whole machine. A praise scoped to a workload ("fine for API-first work") is the module's own
     * way of speaking; a condemnation stays a verdict whatever follows ("the PC is bad for notebooks"). Saying the
     * machine has no bottleneck, or that nothing limits it, is the praise in other words.
     */
    static final Pattern VERDICT = Pattern.compile(SUBJECT + "(?:bad|terrible|awful|weak|garbage|trash|useless"
            + "|underpowered|inadequate|crap|junk|poor|slow|old|outdated|too slow)\\b|" + SUBJECT + "(?:good|great|fine"
            + "|strong|powerful|ok|okay|decent|overkill|perfect|excellent|(?:a |an )?(?:beast|monster|powerhouse"
            + "|potato|dinosaur))\\b(?!\\s+(?:for|at|with|as|to)\\b)|" + NOUN
            + "\\s+has\\s+no\\s+(?:real\\s+)?(?:bottlenecks?|limits?|weak\\s?(?:ness(?:es)?|spots?))\\b|\\bnothing\\s+"
            + "(?:limits|holds back|bottlenecks)\\s+(?:the|this|my)\\s+" + NOUN);

    @Override
    public String name() {
        return "no-machine-verdict";
    }

    @Override
    public String source() {
        return "Hands-On Step 4 'avoided describing the whole machine as simply good or bad'; §6 'The worst diagnosis"
                + " is “the machine is bad.”'";
    }

    @Override
    public Check check(LabFacts facts) {
        Summary s = facts.summary();
        String summary = LabText.joined(s.workload(), s.archetype(), s.firstBottleneck(), s.evidence(),
                s.secondBottleneck(), s.decision(), s.nextAction());
        if (LabText.blank(summary)) {
            return Check.notDone("4", "there is no constraint summary");
        }
        Optional<String> verdict = LabText.mentioned(LabText.joined(summary, facts.work().recommendation()), VERDICT);
        if (verdict.isPresent()) {
            return Check.fail("You wrote " + LabText.quote(verdict.get()) + ", a verdict on the whole machine: name the"
                    + " constraint and the evidence instead; " + ModuleQuotes.MACHINE_IS_BAD);
        }
        return Check.pass("Your summary names constraints and evidence instead of calling the whole machine good or"
                + " bad.");
    }
}
