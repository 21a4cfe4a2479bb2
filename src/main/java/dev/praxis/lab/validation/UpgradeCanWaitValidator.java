package dev.praxis.lab.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/** Fourth success criterion: the learner explains why another attractive upgrade should wait. */
final class UpgradeCanWaitValidator implements ItemValidator {

    private static final Pattern WAIT = Pattern.compile("\\bwait\\w*|\\blater\\b|not yet|postpon\\w*|defer\\w*"
            + "|\\buntil\\b|hold off|can hold|not now|before (?:buying|spending)|only (?:if|when|once)");

    @Override
    public String name() {
        return "upgrade-can-wait";
    }

    @Override
    public String source() {
        return "Success Criteria 4; §4 Decision check 'A better GPU might still be useful later, but it does not solve"
                + " the first repeated bottleneck'";
    }

    @Override
    public Check check(LabFacts facts) {
        String text = facts.decisionText();
        if (LabText.blank(text)) {
            return Check.notDone("4", "there is no constraint summary, plan or recommendation yet");
        }
        Optional<String> reason = LabText.sentences(text).stream()
                .filter(s -> WAIT.matcher(s).find())
                .filter(s -> !ConstraintNames.all(s).isEmpty() || LabText.mentioned(s, RecommendationValidator.OPTION)
                        .isPresent())
                .findFirst();
        if (reason.isPresent()) {
            return Check.pass("You explained what waits and why: " + LabText.quote(reason.get()) + ".");
        }
        return Check.attention("Nothing you wrote says which attractive upgrade should wait and why (for example"
                + " “the GPU waits until VRAM is the repeated bottleneck”).");
    }
}
