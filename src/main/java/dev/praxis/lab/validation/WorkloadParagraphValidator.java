package dev.praxis.lab.validation;

import java.util.regex.Pattern;

/** Step 1, item 1: one paragraph about the next 3 to 6 months. */
final class WorkloadParagraphValidator implements ItemValidator {

    private static final Pattern HORIZON = Pattern.compile("\\bmonths?\\b|\\bweeks?\\b|\\bquarters?\\b|\\bsemesters?\\b");
    private static final int MIN_WORDS = 8;

    @Override
    public String name() {
        return "workload-paragraph";
    }

    @Override
    public String source() {
        return "Hands-On Step 1; §1 'describe your next workload in one sentence' with a 3 to 6 month time box";
    }

    @Override
    public Check check(LabFacts facts) {
        String workload = facts.work().workload();
        if (LabText.blank(workload)) {
            return Check.notDone("1", "there is no workload paragraph");
        }
        int paragraphs = workload.strip().split("\\n\\s*\\n").length;
        if (paragraphs > 1) {
            return Check.attention("You wrote " + paragraphs + " paragraphs; Step 1 asks for one paragraph about the"
                    + " next 3 to 6 months.");
        }
        int words = LabText.words(workload);
        if (words < MIN_WORDS) {
            return Check.fail(LabText.quote(workload) + " is too short to describe 3 to 6 months of work: say what"
                    + " you will build or run.");
        }
        if (LabText.mentioned(workload, HORIZON).isEmpty()) {
            return Check.attention("Your paragraph " + LabText.quote(workload) + " names no time horizon; the module"
                    + " plans for the next 3 to 6 months.");
        }
        return Check.pass("Your workload paragraph (" + words + " words) sets a horizon and describes the work: "
                + LabText.quote(workload) + ".");
    }
}
