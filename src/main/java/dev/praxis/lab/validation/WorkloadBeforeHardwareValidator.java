package dev.praxis.lab.validation;

import java.util.regex.Pattern;

/** Step 1, item 3: the workload paragraph does not open by choosing hardware. */
final class WorkloadBeforeHardwareValidator implements ItemValidator {

    static final Pattern PURCHASE = Pattern.compile("\\b(?:buy\\w*|bought|purchas\\w*|order\\w*|get(?:ting)? an?"
            + "|build(?:ing)? an?|upgrad\\w* to|spend\\w*)\\b[^.;\\n]{0,40}?\\b(?:gpus?|rtx|\\d{4}|graphics cards?"
            + "|desktops?|workstations?|servers?|macs?|macbooks?|laptops?|rigs?|ram|ssds?|nvme|h100|a100)\\b");

    @Override
    public String name() {
        return "workload-before-hardware";
    }

    @Override
    public String source() {
        return "Hands-On Step 1 'Define The Workload Before Reading Specs'; §1 'Start With Workload, Not Hardware'";
    }

    @Override
    public Check check(LabFacts facts) {
        String workload = facts.work().workload();
        if (LabText.blank(workload)) {
            return Check.notDone("1", "there is no workload paragraph");
        }
        int at = LabText.affirmedAt(workload, PURCHASE);
        if (at < 0) {
            return Check.pass("Your workload paragraph describes the work without choosing hardware.");
        }
        String folded = LabText.fold(workload);
        String purchase = LabText.affirmed(folded.substring(at), PURCHASE).orElseThrow();
        if (LabWorkloads.families(folded.substring(0, at)).isEmpty()) {
            return Check.fail("Your paragraph chooses hardware (" + LabText.quote(purchase) + ") before it names the"
                    + " workload; Step 1 defines the work first.");
        }
        return Check.attention("Your paragraph already plans a purchase (" + LabText.quote(purchase) + "); leave the"
                + " hardware decision to Steps 4 to 7.");
    }
}
