package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Constraint;
import dev.praxis.inventory.core.Diagnoser;
import dev.praxis.inventory.core.Diagnosis;
import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.WorkloadFamily;
import dev.praxis.lab.claims.Claim;
import dev.praxis.lab.claims.ClaimCheck;
import dev.praxis.lab.claims.ClaimCheck.Checked;
import dev.praxis.lab.claims.ClaimCheck.Status;
import dev.praxis.lab.claims.InventorySource;
import dev.praxis.lab.validation.LabWork.Plan;
import dev.praxis.lab.validation.LabWork.Summary;
import dev.praxis.lab.validation.LabWork.SymptomRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The learner's lab work and chosen inventory as the validators read them: absent parts as empty values, the
 * workload families the learner names, the diagnosis of the inventory for them, the hardware claims of every answer
 * checked against the inventory, and the judgement of the first bottleneck, each computed once.
 */
final class LabFacts {

    private static final Summary NO_SUMMARY = new Summary(null, null, null, null, null, null, null);
    private static final Plan NO_PLAN = new Plan(null, null, null);

    private final LabWork work;
    private final InventoryReading reading;
    private final Optional<InventorySource> source;
    private final List<WorkloadFamily> families;
    private final Optional<Diagnosis> diagnosis;
    private final ClaimCheck claims;
    private final Map<String, List<Checked>> checked = new HashMap<>();
    private final boolean diagnosisReleased;
    private ModuleWording moduleWording = ModuleWording.NONE;
    private FirstBottleneck.Judgement firstBottleneck;

    LabFacts(LabWork work, InventoryReading reading, boolean diagnosisReleased) {
        this.work = work;
        this.reading = reading;
        this.diagnosisReleased = diagnosisReleased;
        this.source = reading.inventory().map(inventory -> new InventorySource(inventory, reading.raw()));
        this.families = LabWorkloads.families(workloadText());
        this.diagnosis = reading.inventory().map(inventory -> Diagnoser.diagnose(inventory, families));
        // the learner's own word that the upload was taken without the card (Step 3: write unknowns down)
        this.claims = new ClaimCheck(source, ClaimCheck.deviceAway(LabText.joined(work.unknowns(),
                work.archetypeReason(), work.summary() == null ? null : work.summary().evidence())));
    }

    /** The module's own wording, to tell answers copied off the page (see {@link ModuleWording}). */
    LabFacts withModuleWording(ModuleWording wording) {
        this.moduleWording = wording;
        return this;
    }

    ModuleWording moduleWording() {
        return moduleWording;
    }

    LabWork work() {
        return work;
    }

    Optional<Inventory> inventory() {
        return reading.inventory();
    }

    Optional<InventorySource> source() {
        return source;
    }

    /** Why the uploaded text could not be read, if it could not. */
    Optional<String> unreadable() {
        return reading.problem();
    }

    /** What a machine item says while there is no inventory: nothing uploaded, or an upload that could not be read. */
    Check noInventory(String step) {
        return unreadable().map(problem -> Check.attention("Your upload could not be read (" + problem + "): fix that"
                + " block or run the command again, and upload it again.")).orElseGet(() -> Check.notDone(step,
                "no inventory uploaded"));
    }

    /** The workload families of Step 1 and the summary's workload, in the order the learner names them. */
    List<WorkloadFamily> families() {
        return families;
    }

    /** The constraints the module's §1 table gives the learner's workload families (primary and secondary). */
    Set<Constraint> tableConstraints() {
        return families.stream().flatMap(f -> java.util.stream.Stream.concat(f.primary().stream(),
                f.secondary().stream())).collect(Collectors.toSet());
    }

    /** Whether verdicts may quote the diagnosis: the learner has committed their summary (always, offline). */
    boolean diagnosisReleased() {
        return diagnosisReleased;
    }

    /** The diagnosis of the inventory for the learner's workload; empty without an inventory. */
    Optional<Diagnosis> diagnosis() {
        return diagnosis;
    }

    /** The hardware claims of one answer, each checked against the inventory. */
    List<Checked> claimsIn(String text) {
        if (LabText.blank(text)) {
            return List.of();
        }
        return checked.computeIfAbsent(text, claims::read);
    }

    /** The findings the claims of an answer give an item: fail for a contradiction, each quoting both sides. */
    List<Finding> contradictions(String text) {
        return claimsIn(text).stream().filter(c -> c.status() == Status.CONTRADICTED)
                .map(c -> new Finding(Verdict.FAIL, c.sentence())).toList();
    }

    /**
     * Where the answers describe a Mac and the upload is no Mac's (or the reverse), the upload is of another machine
     * than the learner's: the record items ask for the right one (docs/lab-verdicts.md, "An upload of another
     * machine"). The contradicted claim itself fails the item whose answer makes it, as any claim does.
     */
    List<Finding> otherMachine() {
        Summary s = summary();
        return java.util.stream.Stream.of(work.archetypeReason(), work.unknowns(), s.archetype(), s.firstBottleneck(),
                        s.evidence(), work.recommendation())
                .flatMap(text -> claimsIn(text).stream())
                .filter(c -> c.status() == Status.CONTRADICTED && c.claim() instanceof Claim.Machine machine
                        && machine.kind() == Claim.Machine.Kind.MAC)
                .findFirst()
                .map(c -> List.of(new Finding(Verdict.NEEDS_ATTENTION, "Your answers describe another machine than"
                        + " the one you uploaded (" + c.sentence() + "): upload the Step 3 output of the machine you"
                        + " describe.")))
                .orElse(List.of());
    }

    /** The judgement of the learner's first bottleneck against the workload table and the inventory. */
    FirstBottleneck.Judgement firstBottleneck() {
        if (firstBottleneck == null) {
            firstBottleneck = FirstBottleneck.judge(this);
        }
        return firstBottleneck;
    }

    /**
     * Whether RAM and VRAM are one pool here: an Apple GPU in the inventory, or the learner's summary speaks of unified
     * memory (§2: on Apple Silicon the GPU's memory is the system's).
     */
    boolean unifiedMemory() {
        boolean apple = reading.inventory().map(inventory -> inventory.gpus().stream()
                .anyMatch(gpu -> "Apple".equals(gpu.vendor()))).orElse(false);
        Summary s = summary();
        return apple || UNIFIED.matcher(LabText.fold(LabText.joined(s.firstBottleneck(), s.evidence()))).find();
    }

    private static final java.util.regex.Pattern UNIFIED = java.util.regex.Pattern.compile("\\bunified memory\\b");

    Summary summary() {
        return work.summary() == null ? NO_SUMMARY : work.summary();
    }

    Plan plan() {
        return work.plan() == null ? NO_PLAN : work.plan();
    }

    /** The Step 5 rows with anything written in them. */
    List<SymptomRow> symptoms() {
        return work.symptoms() == null ? List.of() : work.symptoms().stream()
                .filter(row -> row != null && !(LabText.blank(row.symptom()) && LabText.blank(row.constraint())
                        && LabText.blank(row.fix())))
                .toList();
    }

    String workloadText() {
        return LabText.joined(work.workload(), summary().workload());
    }

    /** Everything the learner wrote about decisions: summary, symptom fixes, plan and recommendation. */
    String decisionText() {
        Summary s = summary();
        Plan p = plan();
        List<String> fixes = symptoms().stream().map(SymptomRow::fix).toList();
        return LabText.joined(s.decision(), s.nextAction(), s.secondBottleneck(), String.join("\n",
                fixes.stream().filter(f -> f != null).toList()), p.now(), p.oneMonth(), p.firstRepeatedBottleneck(),
                work.recommendation());
    }

    /** What the learner decides now: the summary's decision and next action, the plan's now, the recommendation. */
    String nowText() {
        return LabText.joined(work.recommendation(), summary().decision(), summary().nextAction(), plan().now());
    }
}
