package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Constraint;
import dev.praxis.inventory.core.ToolStatus;
import dev.praxis.lab.claims.Claim;
import dev.praxis.lab.claims.ClaimCheck.Checked;
import dev.praxis.lab.claims.ClaimCheck.Status;
import dev.praxis.lab.validation.LabWork.Summary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Step 4, item 2: the evidence connects the first bottleneck to a measurement (a number with a unit, an inventory
 * field) or an observed symptom, every figure it quotes agrees with the inventory, and it is about the bottleneck
 * named. A figure the inventory contradicts fails, quoting both; one the upload cannot settle waits for it.
 */
final class EvidenceMeasurementValidator implements ItemValidator {

    @Override
    public String name() {
        return "evidence-measurement";
    }

    @Override
    public String source() {
        return "Hands-On Step 4 'the connection between evidence and decision'; §6 'A good diagnosis connects"
                + " evidence to action'";
    }

    @Override
    public Check check(LabFacts facts) {
        Summary s = facts.summary();
        String evidence = s.evidence();
        if (LabText.blank(evidence)) {
            return Check.notDone("4", "your constraint summary has no evidence");
        }
        // the evidence is the evidence of the named first bottleneck: a bare figure in it ("16 GB according to About
        // This Mac") is read as that constraint's
        String about = facts.firstBottleneck().named().map(c -> ConstraintNames.label(c) + " is the first bottleneck: ")
                .orElse("");
        String read = eachAbout(about, evidence);
        List<Checked> claims = facts.claimsIn(LabText.joined(read, s.workload(), s.decision(),
                s.nextAction()));
        List<Finding> findings = new ArrayList<>();
        // the module's Step 4 example sentence cites nothing measured on this machine (ModuleWording)
        facts.moduleWording().copiedFinding(evidence, "Step 4 asks for what you measured or saw on this machine")
                .ifPresent(findings::add);
        claims.stream().filter(c -> c.status() == Status.CONTRADICTED)
                .forEach(c -> findings.add(new Finding(Verdict.FAIL, c.sentence())));
        claims.stream().filter(c -> c.status() == Status.UNSETTLED)
                .forEach(c -> findings.add(new Finding(Verdict.NEEDS_ATTENTION, c.sentence())));
        List<Checked> own = facts.claimsIn(read);
        noGpuMemory(facts, evidence).ifPresent(findings::add);
        Optional<String> measurement = LabText.measurement(evidence);
        Optional<SymptomTable.Row> symptom = SymptomTable.rowFor(evidence);
        boolean confirmed = own.stream().anyMatch(c -> c.status() == Status.CONFIRMED);
        boolean nothingCited = measurement.isEmpty() && symptom.isEmpty() && !confirmed && own.isEmpty();
        if (nothingCited && LabText.notMeasuredYet(evidence)) {
            // written, but declared not done: ask for the measurement (an impression of the whole machine, "it feels
            // slow", is the diagnosis §6 calls the worst and fails below)
            findings.add(new Finding(Verdict.NEEDS_ATTENTION, "Your evidence " + LabText.quote(evidence) + " says"
                    + " nothing is measured yet: measure the bottleneck you named (run Step 3's commands, watch it"
                    + " during the workload) and quote what you find."));
            return new Check(findings);
        }
        if (nothingCited) {
            findings.add(new Finding(Verdict.FAIL, "Your evidence " + LabText.quote(evidence) + " cites no measurement"
                    + " or observed symptom: quote a number with a unit, an inventory field, or what you saw. "
                    + ModuleQuotes.EVIDENCE_TO_DECISION));
            return new Check(findings);
        }
        if (!confirmed && PAGE_SAYS.matcher(LabText.fold(evidence)).find()) {
            findings.add(new Finding(Verdict.NEEDS_ATTENTION, "Your evidence " + LabText.quote(evidence) + " repeats"
                    + " what Praxis read from your inventory; Step 4 asks for what you measured or saw yourself."));
        }
        if (onlyAbsentGpu(facts, evidence)) {
            findings.add(new Finding(Verdict.NEEDS_ATTENTION, "Your evidence " + LabText.quote(evidence) + " only says"
                    + " there is no GPU; that is no symptom of your workload, whose first bottleneck is not a GPU it"
                    + " does not use. " + ModuleQuotes.EVIDENCE_TO_DECISION));
        }
        Optional<Constraint> named = facts.firstBottleneck().named();
        Set<Constraint> evidenceAbout = about(evidence, facts.claimsIn(evidence), symptom);
        if (named.isPresent() && !evidenceAbout.isEmpty() && !evidenceAbout.contains(named.get())
                && !(facts.unifiedMemory() && sharedPool(named.get())
                && evidenceAbout.stream().anyMatch(c -> sharedPool(c)))) {
            findings.add(new Finding(Verdict.FAIL, "Your evidence " + LabText.quote(evidence) + " is about "
                    + String.join(" and ", evidenceAbout.stream().map(ConstraintNames::label).toList())
                    + (symptom.isPresent()
                    && ConstraintNames.all(evidence).isEmpty() ? " (the module's symptom table maps it to "
                    + symptom.get().constraintLabel() + ")" : "") + ", not about " + ConstraintNames.label(named.get())
                    + ", the first bottleneck you named."));
        }
        String cited = own.stream().filter(c -> c.status() == Status.CONFIRMED).map(Checked::sentence).findFirst()
                .orElse("It cites " + measurement.map(LabText::quote).orElse("an observed symptom") + ".");
        findings.add(new Finding(Verdict.PASS, "Your evidence connects " + named.map(ConstraintNames::label)
                .orElse("the bottleneck") + " to what you measured or saw: " + LabText.quote(evidence) + ". " + cited));
        return new Check(findings);
    }

    /**
     * Evidence given as what the page or the tool said ("Praxis says: …", "according to the inventory page"): the
     * diagnosis Praxis computed, not the learner's own measurement or observation (Step 4, "the connection between
     * evidence and decision" is the learner's).
     */
    static final java.util.regex.Pattern PAGE_SAYS = java.util.regex.Pattern.compile("\\b(?:praxis|the page|the tool"
            + "|the app|the (?:lab|inventory) page)(?:'s diagnosis)? (?:says|said|suggests|suggested|thinks|diagnos\\w*"
            + "|shows that)\\b|\\baccording to (?:praxis|the page|the tool|the app)\\b|\\bwhat (?:your|my) inventory"
            + " suggests\\b");
    private static final java.util.regex.Pattern ABSENT_GPU = java.util.regex.Pattern.compile("\\bno (?:nvidia|amd"
            + "|dedicated |discrete )?(?:gpu|graphics card|card|nvidia)\\b|\\bthere is none\\b|nvidia-smi:? (?:command )?"
            + "(?:not found|missing)|\\bno nvidia\\b|\\blspci\\b|\\bnvidia-smi\\b|\\bnot found\\b|\\bgpu\\b|\\bvram\\b");

    /**
     * Evidence that says only that the machine has no GPU ("lspci: no NVIDIA, nvidia-smi not found"), for a GPU named
     * first where the first-bottleneck check fails (the workload table's constraint is another, §1): the absence of a
     * part the work does not use is no symptom of the work.
     */
    private static boolean onlyAbsentGpu(LabFacts facts, String evidence) {
        if (facts.firstBottleneck().named().filter(c -> c == Constraint.VRAM).isEmpty()
                || facts.firstBottleneck().check().verdict() != Verdict.FAIL) {
            return false;
        }
        String folded = LabText.fold(evidence);
        if (!folded.matches("(?s).*\\bno (?:nvidia|amd|dedicated |discrete )?(?:gpu|graphics card|card|nvidia)\\b.*")
                && !folded.contains("not found")) {
            return false;
        }
        String rest = ABSENT_GPU.matcher(folded).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return rest.isEmpty() || LabText.words(rest) <= 2;
    }

    private static final java.util.regex.Pattern GPU_MEMORY_PRESSED = java.util.regex.Pattern.compile("(?:\\bvram"
            + "|gpu memory|graphics memory|video memory|gpu's memory)\\b.{0,20}\\b(?:saturat\\w*|full|maxed|exhaust\\w*"
            + "|runs? out|ran out|at (?:100|9\\d) ?%)");
    private static final java.util.regex.Pattern SHARED_MEMORY_WORDS = java.util.regex.Pattern.compile("\\buma\\b"
            + "|\\bigpu\\b|integrated|\\bshared\\b|unified|carve");

    /**
     * Evidence of saturated GPU memory (the module's own Step 4 example, "GPU memory is saturated") on a machine whose
     * upload shows no GPU with memory of its own (only integrated graphics, nvidia-smi missing) and that the learner
     * does not describe as sharing system memory: a claim the inventory contradicts.
     */
    private static Optional<Finding> noGpuMemory(LabFacts facts, String evidence) {
        String folded = LabText.fold(evidence);
        if (!GPU_MEMORY_PRESSED.matcher(folded).find() || SHARED_MEMORY_WORDS.matcher(folded).find()
                || facts.unifiedMemory()) {
            return Optional.empty();
        }
        return facts.inventory().filter(inventory -> !InventoryWords.hasDiscreteGpu(inventory)
                        && inventory.gpuTooling() != null && inventory.gpuTooling().nvidiaSmi() == ToolStatus.MISSING
                        && inventory.gpuTooling().lspci() == ToolStatus.AVAILABLE)
                .map(inventory -> new Finding(Verdict.FAIL, "Your evidence " + LabText.quote(evidence) + " speaks of"
                        + " saturated GPU memory, but your inventory shows " + InventoryWords.gpus(inventory)
                        + " and no GPU with memory of its own (nvidia-smi not found)."));
    }

    /**
     * The evidence with the named bottleneck before each of its parts ("…with Docker and Chrome; only 8 GB"): a bare
     * figure in any part, not only the first, is read as that constraint's.
     */
    static String eachAbout(String about, String evidence) {
        if (about.isEmpty()) {
            return about + evidence;
        }
        return java.util.Arrays.stream(evidence.split("(?<=[;\\n])")).map(part -> about + part.strip())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** RAM and VRAM, one pool where memory is unified. */
    static boolean sharedPool(Constraint constraint) {
        return constraint == Constraint.RAM || constraint == Constraint.VRAM;
    }

    /** The constraints the evidence is about: the ones it names, its figures' resources, its symptom's row. */
    /**
     * Work that runs on the CPU ("took 40 minutes on the CPU", "CPU-only"): what a missing or too small GPU shows (§2,
     * "severe fallback slowdowns"), so evidence about the GPU as well as the CPU.
     */
    private static final java.util.regex.Pattern RUNS_ON_CPU = java.util.regex.Pattern.compile("\\b(?:on|with) (?:the"
            + " |my |only the )?cpu\\b|\\bcpu[- ]only\\b");

    private static Set<Constraint> about(String evidence, List<Checked> claims, Optional<SymptomTable.Row> symptom) {
        Set<Constraint> about = new LinkedHashSet<>(ConstraintNames.all(SymptomTable.spillsOutOfVram(evidence)));
        if (RUNS_ON_CPU.matcher(LabText.fold(evidence)).find()) {
            about.add(Constraint.VRAM);
        }
        for (Checked checked : claims) {
            constraintOf(checked.claim()).ifPresent(about::add);
        }
        if (about.isEmpty()) {
            symptom.flatMap(row -> row.constraints().stream().findFirst())
                    .flatMap(SymptomTable::constraint).ifPresent(about::add);
        }
        return about;
    }

    static Optional<Constraint> constraintOf(Claim claim) {
        if (claim instanceof Claim.Size size) {
            return Optional.of(switch (size.resource()) {
                case RAM, SWAP -> Constraint.RAM;
                case VRAM -> Constraint.VRAM;
                case DISK -> Constraint.STORAGE;
            });
        }
        if (claim instanceof Claim.DiskUse) {
            return Optional.of(Constraint.STORAGE);
        }
        if (claim instanceof Claim.Swapping) {
            return Optional.of(Constraint.RAM);
        }
        if (claim instanceof Claim.Cores || claim instanceof Claim.CpuModel) {
            return Optional.of(Constraint.CPU);
        }
        if (claim instanceof Claim.GpuModel || claim instanceof Claim.NoGpu) {
            return Optional.of(Constraint.VRAM);
        }
        return Optional.empty();
    }
}
