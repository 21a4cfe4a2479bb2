package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Constraint;
import dev.praxis.inventory.core.Diagnosis;
import dev.praxis.inventory.core.Diagnosis.Bottleneck;
import dev.praxis.inventory.core.Diagnosis.Evidence;
import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.ToolStatus;
import dev.praxis.inventory.core.WorkloadFamily;
import dev.praxis.lab.claims.ClaimCheck.Checked;
import dev.praxis.lab.claims.ClaimCheck.Status;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The first bottleneck the learner names, judged against the module's workload table (§1) and the machine's own
 * evidence (the diagnosis, docs/diagnosis.md). A constraint the machine shows no pressure on cannot pass over one it
 * plainly does (a nearly full disk, RAM under pressure, two vCPUs, no GPU for local models), whatever the wording;
 * thermals or power observed by the learner, which no command of the module reads, are theirs to vouch for.
 */
final class FirstBottleneck {

    /** A single machine rule worth this much, or machine rules adding up to it, is evidence nobody may pass over. */
    private static final int STRONG = 3;
    private static final Pattern WHOLE_MACHINE = Pattern.compile("\\b(?:machine|computer|pc|laptop|desktop|mac"
            + "|everything|hardware|setup|system|box|rig|tower)\\b");

    /**
     * @param named    the constraint the learner holds first, if any
     * @param check    the verdict on "I named the likely first bottleneck", with its findings
     * @param decides  the first bottleneck the decisions must address: the learner's, unless the inventory shows
     *                 another; empty when neither is known
     * @param overruled the inventory shows another first bottleneck than the learner's
     */
    record Judgement(Optional<Constraint> named, Check check, Optional<Constraint> decides, boolean overruled) {
    }

    private FirstBottleneck() {
    }

    static Judgement judge(LabFacts facts) {
        String field = facts.summary().firstBottleneck();
        if (LabText.blank(field)) {
            return new Judgement(Optional.empty(), Check.notDone("4", "your constraint summary names no first"
                    + " bottleneck"), Optional.empty(), false);
        }
        Optional<Constraint> named = ConstraintNames.first(field);
        List<Finding> contradictions = facts.contradictions(field);
        if (named.isEmpty()) {
            boolean wholeMachine = WHOLE_MACHINE.matcher(LabText.fold(field)).find();
            return new Judgement(named, Check.fail(LabText.quote(field) + " is not one of the module's constraints ("
                    + FirstBottleneckValidator.CONSTRAINTS + ")" + (wholeMachine ? "; " + ModuleQuotes.MACHINE_IS_BAD
                    : ".")), facts.diagnosis().map(Diagnosis::first).map(Bottleneck::constraint), false);
        }
        Constraint constraint = named.get();
        Judgement judgement = facts.diagnosis().isPresent() ? withInventory(facts, constraint, facts.diagnosis().get())
                : withoutInventory(facts, constraint);
        return contradictions.isEmpty() ? judgement : new Judgement(named, judgement.check().with(contradictions),
                judgement.decides(), judgement.overruled());
    }

    private static Judgement withoutInventory(LabFacts facts, Constraint named) {
        String label = ConstraintNames.label(named);
        List<WorkloadFamily> families = facts.families();
        if (!families.isEmpty() && !facts.tableConstraints().contains(named)) {
            return new Judgement(Optional.of(named), Check.fail("The module's workload table gives " + familyNames(
                    families) + " the bottlenecks " + labels(facts.tableConstraints()) + "; " + label + " is not among"
                    + " them (" + ModuleQuotes.WORKLOAD_TABLE + ")."), Optional.of(named), false);
        }
        return new Judgement(Optional.of(named), facts.noInventory("3").with(List.of(new Finding(
                Verdict.NEEDS_ATTENTION, "You named " + label + "; only an uploaded inventory can confirm it is the"
                + " machine's first bottleneck."))), Optional.of(named), false);
    }

    private static Judgement withInventory(LabFacts facts, Constraint named, Diagnosis diagnosis) {
        String label = ConstraintNames.label(named);
        Bottleneck first = diagnosis.first();
        Optional<Constraint> learner = Optional.of(named);
        if (first == null) {
            return new Judgement(learner, Check.pass("You named " + label + " as the first bottleneck, and your"
                    + " inventory shows no pressure that contradicts it."), learner, false);
        }
        if (!facts.diagnosisReleased()) {
            return new Judgement(learner, Check.attention("You named " + label + ". Commit your constraint summary"
                    + " (Step 4) to see it next to your inventory's diagnosis and have it checked against it."), learner,
                    false);
        }
        if (missingBlock(facts, named, diagnosis).isPresent()) {
            return new Judgement(learner, Check.attention("You named " + label + ", but your upload has no "
                    + missingBlock(facts, named, diagnosis).get() + " to confirm it: upload that output too."), learner,
                    false);
        }
        if (acceptable(diagnosis).contains(named)) {
            Bottleneck mine = first.constraint() == named ? first : diagnosis.second();
            return new Judgement(learner, Check.pass("You named " + label + " as the first bottleneck and your"
                    + " inventory agrees: " + LabText.quote(strongest(mine).text()) + "."), learner, false);
        }
        if (facts.unifiedMemory() && EvidenceMeasurementValidator.sharedPool(named)
                && EvidenceMeasurementValidator.sharedPool(first.constraint())) {
            return new Judgement(learner, Check.pass("You named " + label + "; on unified memory RAM and VRAM are one"
                    + " pool, and your inventory ranks it first: " + LabText.quote(strongest(first).text()) + "."),
                    learner, false);
        }
        String expected = ConstraintNames.label(first.constraint());
        String because = LabText.quote(strongest(first).text());
        Optional<Constraint> machines = Optional.of(first.constraint());
        boolean observed = !LabText.blank(facts.summary().evidence())
                && facts.contradictions(facts.summary().evidence()).isEmpty();
        if ((named == Constraint.THERMALS || named == Constraint.POWER_EXPANSION) && !strong(first) && observed) {
            return new Judgement(learner, Check.selfAttested("You named " + label + " from what you observed ("
                    + LabText.quote(facts.summary().evidence()) + "); no command of the module reads temperatures,"
                    + " fans or the power supply, so this is yours to confirm. The inventory alone points to "
                    + expected + " (" + because + ")."), learner, false);
        }
        if (strong(first)) {
            return new Judgement(learner, Check.fail("Your inventory shows " + because + ", so " + expected + " comes"
                    + " first; you named " + label + ", where it shows no such pressure. " + ModuleQuotes.firstFix(
                    first.constraint())), machines, true);
        }
        if (!facts.families().isEmpty() && !facts.tableConstraints().contains(named)) {
            return new Judgement(learner, Check.fail("The module's workload table gives " + familyNames(
                    facts.families()) + " the bottlenecks " + labels(facts.tableConstraints()) + "; " + label + " is"
                    + " not among them, and your inventory points to " + expected + " (" + because + ")."), machines,
                    true);
        }
        Optional<Checked> spec = cpuFromItsSpec(facts, named);
        if (spec.isPresent()) {
            return new Judgement(learner, Check.fail("You named CPU from its spec alone (" + LabText.quote(spec.get()
                    .claim().words()) + ") with no symptom of it holding the work back (§2: \u201cunderused GPU, slow"
                    + " data prep, sluggish tools\u201d); your inventory points to " + expected + " (" + because + ")."),
                    machines, true);
        }
        Optional<Checked> measured = measuredByTheMachine(facts, named);
        if (measured.isPresent()) {
            return new Judgement(learner, Check.pass("You named " + label + " and your evidence rests on the machine: "
                    + measured.get().sentence() + " Your inventory ranks " + expected + " first only by a weaker sign ("
                    + because + "), which does not overrule a measured choice."), learner, false);
        }
        Optional<String> symptom = observedSymptom(facts, named);
        if (symptom.isPresent()) {
            return new Judgement(learner, Check.pass("You named " + label + " from a symptom you observed: "
                    + LabText.quote(symptom.get()) + ". Your inventory ranks " + expected + " first only by a weaker"
                    + " sign (" + because + "), which does not overrule an observed symptom."), learner, false);
        }
        return new Judgement(learner, Check.attention("Your inventory ranks " + expected + " first (" + because
                + "); say in your evidence why " + label + " comes first."), learner, false);
    }

    /**
     * The symptoms the module ties to a constraint (§2's constraint table "Common Symptom When Undersized", Step 5's
     * table): a model that does not fit or falls back to the CPU (VRAM), swapping or the OOM killer (RAM), no space
     * left (storage).
     */
    private static final java.util.Map<Constraint, java.util.regex.Pattern> OBSERVED_SYMPTOM = java.util.Map.of(
            Constraint.VRAM, java.util.regex.Pattern.compile("spills out of vram|out of memory|\\boom\\b"
                    + "|(?:doesn't|does not|won't|will not|can't|cannot) fit"),
            Constraint.RAM, java.util.regex.Pattern.compile("\\bswapp\\w*|oom[- ]killer|killed by the kernel"
                    + "|memory pressure"),
            Constraint.STORAGE, java.util.regex.Pattern.compile("no space left|disk (?:is )?full|out of (?:disk )?space"));

    /**
     * A symptom of the named constraint's own row observed in the evidence (the CPU/GPU split of a model that does not
     * fit, an out-of-memory): where the inventory ranks another constraint first by a weaker sign (a single disk, the
     * workload table's weight), an observed symptom is the measurement Step 4 asks for ("Local model inference fails
     * when context grows, and GPU memory is saturated, so VRAM is the first bottleneck").
     */
    private static Optional<String> observedSymptom(LabFacts facts, Constraint named) {
        java.util.regex.Pattern symptom = OBSERVED_SYMPTOM.get(named);
        String evidence = facts.summary().evidence();
        if (symptom == null || LabText.blank(evidence) || !facts.contradictions(evidence).isEmpty()) {
            return Optional.empty();
        }
        return LabText.affirmed(SymptomTable.spillsOutOfVram(evidence), symptom).map(found -> evidence);
    }

    private static final java.util.regex.Pattern CPU_SYMPTOM = java.util.regex.Pattern.compile("\\b(?:100 ?%|9\\d ?%"
            + "|pegged|maxed|load average|cpu load|\\bload\\b|underused|under-used|idle|waits? (?:on|for)|sluggish|data"
            + " prep\\w*|busy|crawl\\w*|stall\\w*|utili[sz]ation|util\\b|htop|top shows|bottlenecked at|all (?:the |\\d+ )?(?:cores|threads"
            + "|v?cpus)|(?:takes?|took|taking) (?:a )?long|slow\\w*|minutes)");

    /**
     * The CPU named as first bottleneck from its spec alone: a model or core count the inventory confirms, but no
     * symptom of the CPU holding the work back (a load, a pegged core, an underused GPU). A spec is no measurement of
     * pressure (docs/lab-verdicts.md, "A first bottleneck outside the workload's row, from a spec").
     */
    private static Optional<Checked> cpuFromItsSpec(LabFacts facts, Constraint named) {
        String evidence = facts.summary().evidence();
        if (named != Constraint.CPU || LabText.blank(evidence) || CPU_SYMPTOM.matcher(LabText.fold(evidence)).find()) {
            return Optional.empty();
        }
        return facts.claimsIn(evidence).stream().filter(c -> c.status() == Status.CONFIRMED
                && (c.claim() instanceof dev.praxis.lab.claims.Claim.Cores
                || c.claim() instanceof dev.praxis.lab.claims.Claim.CpuModel)).findFirst();
    }

    /**
     * A figure in the learner's evidence that the inventory confirms and that is about the constraint they named
     * (on unified memory RAM and VRAM are one pool). Where the machine shows no strong pressure elsewhere, such a
     * measured reason is the careful reader's "say why it comes first", already said.
     */
    private static Optional<Checked> measuredByTheMachine(LabFacts facts, Constraint named) {
        List<Checked> about = facts.claimsIn(facts.summary().evidence()).stream()
                .filter(c -> EvidenceMeasurementValidator.constraintOf(c.claim()).filter(constraint -> constraint == named
                        || facts.unifiedMemory() && EvidenceMeasurementValidator.sharedPool(constraint)
                        && EvidenceMeasurementValidator.sharedPool(named)).isPresent())
                .toList();
        // a figure about the named constraint that the inventory contradicts leaves nothing measured to stand on
        if (about.stream().anyMatch(c -> c.status() == Status.CONTRADICTED)) {
            return Optional.empty();
        }
        return about.stream().filter(c -> c.status() == Status.CONFIRMED).findFirst();
    }

    /**
     * The constraints a careful reader accepts as first: the diagnosis's first, its second when the machine itself
     * presses on it too (or it scores as high), so a laptop short of both RAM and disk may name either.
     */
    static Set<Constraint> acceptable(Diagnosis diagnosis) {
        Set<Constraint> accepted = new LinkedHashSet<>();
        if (diagnosis.first() == null) {
            return accepted;
        }
        accepted.add(diagnosis.first().constraint());
        Bottleneck second = diagnosis.second();
        // signs for the second (15 GiB free on a single SD card) do not license passing over a first the machine
        // presses on now (a swap nearly full); pressure on both (a 91% disk beside a swapping laptop) lets either be
        // named
        if (second != null && (second.score() == diagnosis.first().score() || machinePoints(second) >= 2
                && (strong(second) && (pressed(second) || !pressed(diagnosis.first()))
                || second.score() >= diagnosis.first().score() - 2))) {
            accepted.add(second.constraint());
        }
        return accepted;
    }

    /** The evidence nobody may pass over: one machine rule of {@value #STRONG} points, or several adding up to it. */
    static boolean strong(Bottleneck bottleneck) {
        return machinePoints(bottleneck) >= STRONG;
    }

    /**
     * The diagnosis rules that read use at the moment of the upload (docs/diagnosis.md): a swap nearly full, RAM all
     * but gone, a disk over 90% used. Sizes and missing parts are signs; these are pressure.
     */
    private static final Set<String> PRESSURE_NOW = Set.of("ram-swap-nearly-full", "ram-pressure-now",
            "storage-project-disk-full", "storage-system-disk-full");

    /** The machine presses on the constraint now: one of {@link #PRESSURE_NOW} alone is worth {@value #STRONG}. */
    private static boolean pressed(Bottleneck bottleneck) {
        return bottleneck.evidence().stream().anyMatch(e -> PRESSURE_NOW.contains(e.rule()) && e.points() >= STRONG);
    }

    private static int machinePoints(Bottleneck bottleneck) {
        return bottleneck.evidence().stream().filter(e -> !e.rule().startsWith("workload-"))
                .mapToInt(Evidence::points).sum();
    }

    /** The machine's own evidence if any (more telling than the workload table's weight), else the first. */
    static Evidence strongest(Bottleneck bottleneck) {
        return bottleneck.evidence().stream().filter(e -> !e.rule().startsWith("workload-")).findFirst()
                .orElse(bottleneck.evidence().get(0));
    }

    /** The block of the module's commands that would show the named constraint, when the upload lacks it. */
    private static Optional<String> missingBlock(LabFacts facts, Constraint named, Diagnosis diagnosis) {
        boolean machineEvidence = diagnosis.first() != null && diagnosis.first().constraint() == named
                && machinePoints(diagnosis.first()) > 0 || diagnosis.second() != null
                && diagnosis.second().constraint() == named && machinePoints(diagnosis.second()) > 0;
        if (machineEvidence) {
            return Optional.empty();
        }
        Inventory inventory = facts.inventory().orElseThrow();
        return switch (named) {
            case RAM -> inventory.memory() == null || inventory.memory().totalBytes() == null
                    ? Optional.of("free -h") : Optional.empty();
            case STORAGE -> inventory.filesystems().isEmpty() ? Optional.of("df -h") : Optional.empty();
            case CPU -> inventory.cpu() == null || inventory.cpu().logicalCores() == null
                    && inventory.cpu().physicalCores() == null ? Optional.of("lscpu") : Optional.empty();
            case VRAM -> inventory.gpus().isEmpty() && (inventory.gpuTooling() == null
                    || inventory.gpuTooling().nvidiaSmi() == ToolStatus.NOT_RUN
                    && inventory.gpuTooling().lspci() == ToolStatus.NOT_RUN
                    && inventory.gpuTooling().systemProfiler() == ToolStatus.NOT_RUN)
                    ? Optional.of("lspci or nvidia-smi") : Optional.empty();
            case THERMALS, POWER_EXPANSION -> Optional.empty();
        };
    }

    private static String familyNames(List<WorkloadFamily> families) {
        return families.stream().map(WorkloadFamily::id).collect(Collectors.joining(" + "));
    }

    private static String labels(Set<Constraint> constraints) {
        return constraints.stream().sorted().map(ConstraintNames::label).collect(Collectors.joining(", "));
    }
}
