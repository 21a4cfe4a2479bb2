package dev.praxis.lab.validation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fourth success criterion: the learner explains why another attractive upgrade should wait: a sentence that puts an
 * upgrade off and says until when or why. Buying the attractive upgrade now leaves nothing waiting.
 */
final class UpgradeCanWaitValidator implements ItemValidator {

    private static final Pattern WAIT = Pattern.compile("\\bwait\\w*|\\blater\\b|not yet|postpon\\w*|defer\\w*"
            + "|\\buntil\\b|hold off|can hold|not now|before (?:buying|spending)|only (?:if|when|once)");
    private static final Pattern UPGRADE = Pattern.compile("\\b(?:gpus?|card|vram|desktop|laptop|machine|pc"
            + "|workstation|server|ram|memory|ssd|nvme|drive|disk|storage|mac\\w*|upgrade|purchase|cpu|cores?|egpu"
            + "|rtx|h100|a100|box|tower|hardware|thermals|cooling|fans?|airflow|case|psu|power|[2-5]0[5-9]0(?: ti)?)\\b"
            // a larger rented tier is an upgrade too ("the 8 GB plan", "a bigger instance"): §5's cloud option
            + "|\\b\\d+ ?(?:gb|gib) (?:plan|tier|instance|vps|vm)\\b|\\b(?:bigger|larger) (?:plan|tier|instance|vps|vm)\\b");
    /**
     * A rule that takes the upgrade only on repeated evidence ("If memory pressure goes red every week, rent a GPU
     * box", "if 13B OOMs every week: rent an A100"): the upgrade waits until that evidence, which is the reason.
     */
    private static final Pattern ON_REPEATED_EVIDENCE = Pattern.compile("^\\W*(?:only )?(?:if|when|once|whenever)\\b.*"
            + "\\b(?:every (?:day|week|month|time)|weekly|daily|most (?:days|weeks)|repeated\\w*|again and again"
            + "|twice|more than (?:once|twice|\\w+ times))\\b.*[,:]\\s*(?:then )?(?:i (?:will |would )?)?(?:buy|rent"
            + "|add|upgrade|order|build|get)\\b");
    private static final Pattern REASON = Pattern.compile("\\b(?:because|since|as long as|until|unless|if|when|once"
            + "|while|so)\\b|\\b(?:can |will |should )?wait\\w*\\s*[:\u2014\u2013-]\\s*\\S|\\bwait\\w*,? as\\b|\\bfor (?:a |the |another )?(?:\\w+ )?(?:of )?(?:\\w+ )?(?:logs?|evidence|data|measurements?"
            + "|readings?)\\b|not (?:the|a|my) (?:bottleneck|problem|constraint)|(?:does|do)(?: not|n't) use");

    /** Work the learner says is not finished: "not yet", "I don't know yet", "we will see later". */
    private static final Pattern UNFINISHED = Pattern.compile("\\byet\\b|\\blater\\b|not sure|don't know|do not know"
            + "|\\btbd\\b|we(?:'ll| will) see");

    /** Every checkpoint of the plan and the recommendation written, none of them saying it is not finished. */
    private static boolean finished(LabFacts facts, String text) {
        LabWork.Plan plan = facts.work().plan();
        return plan != null && !LabText.blank(plan.now()) && !LabText.blank(plan.oneMonth())
                && !LabText.blank(plan.firstRepeatedBottleneck()) && !LabText.blank(facts.work().recommendation())
                && !UNFINISHED.matcher(LabText.fold(text)).find();
    }

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
        boolean planned = !LabText.blank(facts.work().recommendation()) || facts.work().plan() != null;
        if (LabText.blank(text) || !planned) {
            return Check.notDone("6", "there is no staged plan or recommendation yet");
        }
        Optional<String> bought = Purchases.buysNow(facts.nowText());
        if (bought.isPresent()) {
            return Check.fail("You buy " + LabText.quote(bought.get()) + " now, so no attractive upgrade waits; "
                    + ModuleQuotes.GPU_LATER);
        }
        List<String> sentences = LabText.sentences(text);
        Optional<String> reason = sentences.stream()
                .filter(s -> WAIT.matcher(s).find() && UPGRADE.matcher(s).find() && REASON.matcher(s).find())
                .findFirst()
                .or(() -> sentences.stream()
                        .filter(s -> UPGRADE.matcher(s).find() && ON_REPEATED_EVIDENCE.matcher(s).find()).findFirst());
        if (reason.isPresent()) {
            return Check.pass("You explained what waits and why: " + LabText.quote(reason.get()) + ".");
        }
        if (!finished(facts, text)) {
            return Check.attention("Nothing you wrote says which attractive upgrade should wait and why (for example"
                    + " \u201cthe GPU waits until VRAM is the repeated bottleneck\u201d).");
        }
        // a finished plan and recommendation that never say what waits cannot explain it: success criterion 4 ("You
        // can explain why another attractive upgrade should wait") is not met, as the labels of eleven scenarios read it
        return Check.fail("Nothing you wrote says which attractive upgrade should wait and why (for example"
                + " \u201cthe GPU waits until VRAM is the repeated bottleneck\u201d).");
    }
}
