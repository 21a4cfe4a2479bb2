package dev.praxis.lab.validation;

import dev.praxis.lab.validation.LabWork.Plan;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Step 6, items 1 to 3: the now decision, the one-month evidence checkpoint, the repeated-bottleneck rule. */
final class PlanCheckpointValidator implements ItemValidator {

    enum Checkpoint {
        NOW("plan-now", "now decision", Plan::now),
        ONE_MONTH("plan-one-month", "one-month evidence checkpoint", Plan::oneMonth),
        FIRST_REPEATED_BOTTLENECK("plan-repeated-bottleneck", "rule for the first repeated bottleneck",
                Plan::firstRepeatedBottleneck);

        private final String name;
        private final String label;
        private final Function<Plan, String> field;

        Checkpoint(String name, String label, Function<Plan, String> field) {
            this.name = name;
            this.label = label;
            this.field = field;
        }
    }

    private static final Pattern DECISION = Pattern.compile("\\b(?:keep\\w*|retain\\w*|stay\\w*|upgrad\\w*"
            + "|buy\\w*|build\\w*"
            + "|add\\w*|use|move|free|clean\\w*|cloud|hybrid|wait\\w*|measur\\w*|collect\\w*|plan\\w*|rent\\w*"
            + "|order\\w*|replac\\w*|run|switch\\w*|stop\\w*|delet\\w*|clos\\w*|log|give|rais\\w*|try|sell|get"
            + "|purchas\\w*|resiz\\w*|point|limit\\w*|book\\w*|reserv\\w*)\\b");
    private static final Pattern EVIDENCE = Pattern.compile("\\b(?:measur\\w*|monitor\\w*|record\\w*|collect\\w*"
            + "|track\\w*|log\\w*|check\\w*|evidence|observ\\w*|watch\\w*|review\\w*|count\\w*|tall(?:y|ies|ied)|note\\w*|compar\\w*"
            + "|benchmark\\w*|tim(?:e|es|ing)|evaluat\\w*|assess\\w*|test\\w*|look at|see (?:whether|if)|how (?:often|many"
            + "|much|long))\\b"
            // a schedule with what it reads ("every Friday: tokens/s and ollama ps", "daily free -h")
            + "|\\b(?:every|each) (?:day|week|morning|evening|run|monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday)\\b.*\\b(?:tokens?/s|free -h|df -h|nvidia-smi|ollama ps|vm_stat|tegrastats|htop|memory pressure"
            + "|swap|temperatures?)");

    /** Adding or buying more of the largest parts: GPUs, cards, nodes, machines. */
    private static final Pattern ADDS_HARDWARE = Pattern.compile("\\b(?:add|buy|get|order|rent|book)\\w* (?:more|another"
            + "|a second|a third|extra|bigger|\\d+x?) ?(?:\\w+ )?(?:gpus?|cards?|nodes?|machines?|servers?|h100s?|a100s?)\\b");

    /** "Nothing to check, the card is ordered": a checkpoint that says it collects nothing. */
    private static final Pattern NOTHING_TO_COLLECT = Pattern.compile("\\b(?:nothing|no need|no reason) (?:left )?to"
            + " (?:check|measure|collect|monitor|track|watch|log|test|compare)\\b");

    private final Checkpoint checkpoint;

    PlanCheckpointValidator(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    @Override
    public String name() {
        return checkpoint.name;
    }

    @Override
    public String source() {
        return "Hands-On Step 6 'three checkpoints … each checkpoint should include a decision rule'; §3 staged"
                + " progression; §8 decision flow";
    }

    @Override
    public Check check(LabFacts facts) {
        String text = checkpoint.field.apply(facts.plan());
        if (LabText.blank(text)) {
            return Check.notDone("6", "your plan has no " + checkpoint.label);
        }
        List<String> conditions = DecisionChangeValidator.conditions(text);
        boolean condition = !conditions.isEmpty();
        return switch (checkpoint) {
            case NOW -> LabText.mentioned(text, DECISION).isPresent() || appliesFirstFix(text)
                    ? Check.pass("Your now decision: " + LabText.quote(text) + ".")
                    : Check.attention(LabText.quote(text) + " states no decision (keep, upgrade, cloud or hybrid).");
            case ONE_MONTH -> LabText.mentioned(text, NOTHING_TO_COLLECT).isEmpty()
                    && (LabText.mentioned(text, EVIDENCE).isPresent() || condition
                    || LabText.measurement(text).isPresent())
                    ? Check.pass("Your one-month checkpoint collects evidence: " + LabText.quote(text) + ".")
                    : Check.attention(LabText.quote(text) + " does not say which evidence the first month collects.");
            case FIRST_REPEATED_BOTTLENECK -> repeated(text, conditions);
        };
    }

    /**
     * A now checkpoint that applies one of the symptom table's first fixes on this machine ("Chunked loading and one
     * kernel at a time", "Batch 2 with gradient accumulation", "die externe NVMe kaufen"): acting on the current machine
     * now is the decision to keep it and try that fix (Step 5: "a likely action"; §8: "Upgrade only that constraint").
     */
    private static boolean appliesFirstFix(String text) {
        String folded = LabText.fold(text);
        return SymptomTable.ROWS.stream().anyMatch(row -> row.fixWords().matcher(folded).find());
    }

    private static Check repeated(String text, List<String> conditions) {
        if (conditions.isEmpty()) {
            return Check.fail(LabText.quote(text) + " is not a decision rule: write “if <the bottleneck repeats>, then"
                    + " <action>”.");
        }
        if (conditions.stream().noneMatch(DecisionChangeValidator::watchesSomething)) {
            // a rule that adds hardware whenever anything is slow buys with no measured constraint (§8: "If you cannot
            // name the bottleneck from evidence, you are not ready to claim the upgrade is necessary.")
            if (ADDS_HARDWARE.matcher(LabText.fold(text)).find()) {
                return Check.fail("Your rule " + LabText.quote(text) + " adds hardware on no measured constraint; "
                        + ModuleQuotes.NO_EVIDENCE);
            }
            return Check.attention("Your rule " + LabText.quote(text) + " names no constraint to watch.");
        }
        return Check.pass("Your decision rule for the first repeated bottleneck: " + LabText.quote(text) + ".");
    }
}
