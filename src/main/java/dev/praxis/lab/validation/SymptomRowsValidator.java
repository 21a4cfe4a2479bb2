package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Constraint;
import dev.praxis.lab.validation.LabWork.SymptomRow;
import dev.praxis.lab.validation.SymptomTable.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Step 5's symptom → constraint → first-fix rows against the module's symptom table, in three readings: the
 * constraint matches the table's for the symptom, the fix targets that constraint, and no fix buys a larger GPU
 * for a symptom that is not a GPU one.
 */
final class SymptomRowsValidator implements ItemValidator {

    enum Reading {
        CONSTRAINT("symptom-constraint", "Hands-On Step 5 symptom table 'Likely Constraint'; §6 'map symptoms to"
                + " resources'"),
        FIX("fix-targets-constraint", "Hands-On Step 5 symptom table 'First Fix To Try'"),
        NO_GPU_FOR_OTHER("no-gpu-for-non-gpu-symptom", "Hands-On Step 5 'I did not choose a larger GPU for a non-GPU"
                + " symptom'; §4 Decision check");

        private final String name;
        private final String source;

        Reading(String name, String source) {
            this.name = name;
            this.source = source;
        }
    }

    static final Pattern GPU_PURCHASE = Pattern.compile("(?:bigger|larger|better|new|faster|more powerful|stronger"
            + "|upgrad\\w*|buy\\w*|get|purchas\\w*|add\\w*)\\b[^.;\\n]{0,25}?\\b(?:gpus?|graphics cards?|rtx|vram|\\d090)\\b"
            + "|\\bgpu upgrade|\\b\\d090\\b");

    /**
     * A fix that opens by buying a GPU ("Buy an RTX A6000 48 GB so batch size 8 fits"): the purchase is the first fix,
     * whatever row words its purpose names.
     */
    private static final Pattern OPENS_WITH_GPU_PURCHASE = Pattern.compile("^[\\s\\-*•]*(?:buy\\w*|get|purchas\\w*"
            + "|order\\w*)\\b[^.;\\n]{0,25}?\\b(?:gpus?|graphics cards?|rtx|vram|\\d090)\\b");

    /** A GPU named as the fix ("eGPU with the RTX 4060 Ti"): in a fix, naming the part is choosing it. */
    private static final Pattern GPU_PART = Pattern.compile("\\begpus?\\b|\\b(?:rtx|gtx|radeon|rx) ?\\d{3,4}\\b");

    /** A fix that is a whole new machine ("new EPYC server with 8 GPU slots", "buy a new laptop"). */
    private static final Pattern NEW_MACHINE = Pattern.compile("\\b(?:(?:brand[- ])?new|whole new)\\b[^.;\\n]{0,25}?"
            + "\\b(?:server|machine|pc|computer|laptop|desktop|workstation|rig|tower|mac\\w*)\\b");

    /** A fix that runs the work somewhere else ("run it on another machine", "on a friend's PC"). */
    private static final Pattern ELSEWHERE = Pattern.compile("\\b(?:another|a different|a second|a friend's|my other)"
            + " (?:machine|computer|pc|laptop|box)\\b|\\bsomewhere else\\b|\\belsewhere\\b");

    private final Reading reading;

    SymptomRowsValidator(Reading reading) {
        this.reading = reading;
    }

    @Override
    public String name() {
        return reading.name;
    }

    @Override
    public String source() {
        return reading.source;
    }

    @Override
    public Check check(LabFacts facts) {
        List<SymptomRow> rows = facts.symptoms();
        if (rows.isEmpty()) {
            return Check.notDone("5", "you have written no symptom → constraint → fix row");
        }
        List<Check> checks = new ArrayList<>();
        for (SymptomRow row : rows) {
            checks.add(switch (reading) {
                case CONSTRAINT -> constraint(row, facts.unifiedMemory() || saysOnePool(row.constraint()))
                        .with(facts.contradictions(row.symptom()));
                case FIX -> fix(row, facts.unifiedMemory());
                case NO_GPU_FOR_OTHER -> noGpu(row);
            });
        }
        return checks.stream().filter(c -> c.verdict() == Verdict.FAIL).findFirst()
                .or(() -> checks.stream().filter(c -> c.verdict() == Verdict.PASS).findFirst())
                .orElse(checks.get(0));
    }

    private static Check constraint(SymptomRow row, boolean unified) {
        if (SymptomTable.noSymptom(row.symptom())) {
            return SymptomTable.keepsAndCollects(row.fix())
                    ? Check.pass("You have no symptom yet and chose to keep the machine and collect evidence, as the"
                            + " module advises.")
                    : Check.attention("With no symptom yet the module advises “keep current machine and collect"
                            + " evidence” rather than a fix.");
        }
        Optional<String> written = SymptomTable.constraintOf(row.constraint());
        if (written.isEmpty()) {
            return LabText.blank(row.constraint())
                    ? Check.attention("Your row " + LabText.quote(row.symptom()) + " names no constraint.")
                    : Check.fail(LabText.quote(row.constraint()) + " is not one of the module's constraints ("
                            + FirstBottleneckValidator.CONSTRAINTS + ").");
        }
        Optional<Row> table = SymptomTable.rowFor(row.symptom());
        if (table.isEmpty()) {
            return Check.attention(LabText.quote(row.symptom()) + " is not in the module's symptom table, so compare it"
                    + " with the Step 5 table yourself.");
        }
        if (!table.get().accepts(written.get()) && !namesResourceOf(row.symptom(), written.get())
                && !(unified && sharedPool(table.get()) && SymptomTable.rowForConstraint(written.get())
                .filter(SymptomRowsValidator::sharedPool).isPresent())) {
            return Check.fail("The module's table maps " + LabText.quote(row.symptom()) + " (“"
                    + table.get().symptom() + "”) to " + table.get().constraintLabel() + "; you mapped it to "
                    + LabText.quote(row.constraint()) + ".");
        }
        return Check.pass(LabText.quote(row.symptom()) + " → " + table.get().constraintLabel()
                + " matches the module's symptom table.");
    }

    /**
     * A constraint the learner writes as the one pool ("memory (unified VRAM/RAM)", "unified memory"): on such a
     * machine (a Jetson, an APU) RAM and VRAM are one, whatever the inventory could read of it.
     */
    static boolean saysOnePool(String constraint) {
        List<Constraint> named = ConstraintNames.all(constraint);
        return LabText.fold(constraint).matches("(?s).*\\bunified\\b.*")
                || named.contains(Constraint.VRAM) && named.contains(Constraint.RAM);
    }

    /** The VRAM and system RAM rows: one pool on unified memory (an Apple GPU), so either row's reading holds. */
    private static boolean sharedPool(Row row) {
        return row.accepts(Constraint.VRAM.id()) || row.accepts(Constraint.RAM.id());
    }

    /** Whether the symptom itself names the resource of the learner's constraint ("… while both cores sit at 100%"). */
    private static boolean namesResourceOf(String symptom, String constraintId) {
        return SymptomTable.rowForConstraint(constraintId)
                .filter(row -> row.resourceWords().matcher(LabText.fold(symptom)).find()).isPresent();
    }

    /**
     * The row's constraint: the table's for its symptom, else what the learner wrote; and what the learner wrote where
     * the symptom itself names that resource (the mapping {@link #constraint} accepts), so the fix is judged against
     * the row the learner chose ("the 7B runs on the CPU at 2 tokens/s" → CPU → "give it more threads").
     */
    private static Optional<Row> targetRow(SymptomRow row) {
        Optional<String> written = SymptomTable.constraintOf(row.constraint());
        Optional<Row> table = SymptomTable.rowFor(row.symptom());
        if (table.isPresent() && written.isPresent() && !table.get().accepts(written.get())
                && namesResourceOf(row.symptom(), written.get())) {
            return SymptomTable.rowForConstraint(written.get());
        }
        return table.or(() -> written.flatMap(SymptomTable::rowForConstraint));
    }

    private static Check fix(SymptomRow row, boolean unified) {
        if (LabText.blank(row.fix())) {
            return Check.attention("Your row " + LabText.quote(row.symptom()) + " has no first fix.");
        }
        if (SymptomTable.noSymptom(row.symptom())) {
            // a GPU named as the fix ("RTX 5090") is choosing it, as below: with no symptom, a purchase all the same
            Optional<String> bought = Purchases.buysNow(row.fix()).or(() -> LabText.affirmed(row.fix(), GPU_PART));
            if (bought.isPresent()) {
                // Step 5: "If you have no symptom yet, choose 'keep current machine and collect evidence' rather than
                // inventing a problem"; a purchase with no symptom is what Common Mistakes calls buying for hype
                return Check.fail("With no symptom yet you buy " + LabText.quote(bought.get()) + "; the module's"
                        + " first step is to keep the machine and collect evidence.");
            }
            return SymptomTable.keepsAndCollects(row.fix())
                    ? Check.pass("With no symptom yet you keep the machine and collect evidence: "
                            + LabText.quote(row.fix()) + ".")
                    : Check.attention("With no symptom yet the module's first step is to keep the machine and"
                            + " collect evidence, not " + LabText.quote(row.fix()) + ".");
        }
        Optional<Row> target = targetRow(row);
        if (target.isEmpty()) {
            return Check.attention("Praxis cannot tell which constraint " + LabText.quote(row.symptom())
                    + " points to, so it cannot check the fix.");
        }
        Row table = target.get();
        Optional<String> moved = LabText.affirmed(row.fix(), ELSEWHERE);
        if (moved.isPresent() && !table.accepts(SymptomTable.WORKLOAD_SCALE)
                && LabText.affirmedInAnyPart(row.fix(), table.fixWords()).isEmpty()) {
            return Check.attention("Your fix " + LabText.quote(row.fix()) + " moves the work to another machine"
                    + " instead of trying a fix on this one; the module's first fix for " + table.constraintLabel()
                    + " is " + table.fix() + ".");
        }
        boolean otherPool = unified && sharedPool(table) && SymptomTable.ROWS.stream()
                .filter(other -> other != table && sharedPool(other))
                .anyMatch(other -> !LabText.affirmedInAnyPart(row.fix(), other.fixWords()).isEmpty());
        Optional<String> newMachine = LabText.affirmed(row.fix(), NEW_MACHINE);
        if (newMachine.isPresent() && !table.accepts(SymptomTable.WORKLOAD_SCALE)) {
            // Step 5's first fixes change one thing on this machine; §8: "Can that bottleneck be fixed with one
            // targeted change?"
            return Check.fail("Your fix " + LabText.quote(row.fix()) + " replaces the whole machine; the module's first"
                    + " fix for " + table.constraintLabel() + " is " + table.fix() + ".");
        }
        if (table.isGpu() && OPENS_WITH_GPU_PURCHASE.matcher(LabText.fold(row.fix())).find()) {
            return Check.fail("A larger GPU is the last resort for " + LabText.quote(row.symptom())
                    + "; the module's first fix is " + table.fix() + ".");
        }
        if (LabText.affirmedInAnyPart(row.fix(), table.fixWords()).isEmpty() && !otherPool) {
            if (table.isGpu() && LabText.affirmed(row.fix(), GPU_PURCHASE).isPresent()) {
                // §6: "... or choose a GPU with more VRAM later": a larger card is not the first fix the row asks for
                return Check.fail("A larger GPU is the last resort for " + LabText.quote(row.symptom())
                        + "; the module's first fix is " + table.fix() + ".");
            }
            return Check.fail("Your fix " + LabText.quote(row.fix()) + " does not target " + table.constraintLabel()
                    + "; the module's first fix is " + table.fix() + ".");
        }
        return Check.pass("Your fix " + LabText.quote(row.fix()) + " targets " + table.constraintLabel() + ".");
    }

    private static Check noGpu(SymptomRow row) {
        Optional<String> gpu = LabText.affirmed(row.fix(), GPU_PURCHASE).or(() -> LabText.affirmed(row.fix(), GPU_PART));
        if (gpu.isPresent() && SymptomTable.noSymptom(row.symptom())) {
            // Step 5: "If you have no symptom yet, choose 'keep current machine and collect evidence'"
            return Check.fail("With no symptom yet you buy " + LabText.quote(gpu.get()) + "; the module's first step is"
                    + " to keep the machine and collect evidence.");
        }
        Optional<Row> target = targetRow(row);
        if (gpu.isPresent() && target.isPresent() && !target.get().isGpu()) {
            return Check.fail(LabText.quote(row.symptom()) + " is a " + target.get().constraintLabel() + " symptom in"
                    + " the module's table, and a larger GPU (" + LabText.quote(gpu.get()) + ") does not fix it.");
        }
        return Check.pass("None of your fixes buys a larger GPU for a symptom that is not a GPU one.");
    }
}
