package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Constraint;
import dev.praxis.inventory.core.WorkloadFamily;
import dev.praxis.lab.claims.ClaimCheck.Checked;
import dev.praxis.lab.claims.ClaimCheck.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Step 7, items 1 to 4: the final paragraph names an option, the workload, the first bottleneck (the one the
 * evidence shows, not one the inventory overrules) and the measured or observed constraint behind it, every figure
 * agreeing with the inventory.
 */
final class RecommendationValidator implements ItemValidator {

    enum Part {
        OPTION("recommendation-option"),
        WORKLOAD("recommendation-workload"),
        BOTTLENECK("recommendation-bottleneck"),
        EVIDENCE("recommendation-evidence");

        private final String name;

        Part(String name) {
            this.name = name;
        }
    }

    static final Pattern OPTION = Pattern.compile("\\bkeep\\w*|\\bretain\\w*|\\bstay\\w*"
            + "|current (?:machine|laptop|desktop)"
            + "|targeted upgrade|upgrad\\w*|\\badd\\w* (?:more |a |an )?(?:\\w+ )?(?:ram|memory|storage|ssd|nvme|drive|disk"
            + "|egpu|gpu)|desktop|single[- ]gpu|always[- ]on|home server|server|hybrid|cloud|\\bbuy\\w*|\\border\\w*"
            + "|\\breplac\\w*|\\brent\\w*|\\bbuild\\w*|\\bswitch\\w* to");
    /** The options of Step 7's template ("keep current machine, make one targeted upgrade, build or buy …"). */
    private static final List<Pattern> TEMPLATE_OPTIONS = List.of(Pattern.compile("\\bkeep (?:the )?current machine"),
            Pattern.compile("\\btargeted upgrade"), Pattern.compile("\\bsingle[- ]gpu desktop"),
            Pattern.compile("\\balways[- ]on box"), Pattern.compile("\\bhybrid cloud bursts?"));
    private static final int TEMPLATE_LEFT_IN = 4;

    /** How many of the template's options one sentence of the recommendation lists. */
    static int templateOptions(String recommendation) {
        return LabText.sentences(recommendation).stream()
                .mapToInt(sentence -> (int) TEMPLATE_OPTIONS.stream().filter(o -> o.matcher(sentence).find()).count())
                .max().orElse(0);
    }

    /** An observation in the learner's own words: a symptom seen, not a wish. */
    private static final Pattern OBSERVED = Pattern.compile("swap\\w*|throttl\\w*|fails? to|ran out|runs? out"
            + "|out of memory|\\boom\\b|crash\\w*|freez\\w*|slows? (?:down|when|while)|\\bfull\\b|pegged|maxed|saturat\\w*"
            + "|stall\\w*|does not fit|doesn't fit|won't fit|no space|halve\\w*|drops?|crawl\\w*|memory pressure"
            + "|activity monitor|out-of-memory|sluggish|takes? (?:minutes|ages|hours)|load average");

    private final Part part;

    RecommendationValidator(Part part) {
        this.part = part;
    }

    @Override
    public String name() {
        return part.name;
    }

    @Override
    public String source() {
        return "Hands-On Step 7 'The paragraph must name the workload, the bottleneck, and the evidence'; §7 worked"
                + " example's conditional recommendation";
    }

    @Override
    public Check check(LabFacts facts) {
        String recommendation = facts.work().recommendation();
        if (LabText.blank(recommendation)) {
            return Check.notDone("7", "there is no final recommendation");
        }
        if (part == Part.OPTION && templateOptions(recommendation) >= TEMPLATE_LEFT_IN) {
            // Step 7's template lists five options to choose from: a paragraph that keeps them all chooses none
            return Check.attention("Your recommendation keeps the template's list of options (keep, targeted upgrade,"
                    + " single-GPU desktop, always-on box later, hybrid cloud bursts); choose the one you take.");
        }
        if (part == Part.OPTION && step4KeepsOrTargets(facts.summary().decision())) {
            Optional<String> laptop = newLaptopOnly(recommendation);
            if (laptop.isPresent()) {
                return Check.fail("Your recommendation buys a new laptop (" + LabText.quote(laptop.get()) + "), which"
                        + " is none of Step 7's options (keep current machine, make one targeted upgrade, build or buy a"
                        + " single-GPU desktop, add an always-on box later, or use hybrid cloud bursts).");
            }
        }
        return switch (part) {
            case OPTION -> LabText.affirmed(recommendation, OPTION)
                    .map(option -> Check.pass("Your recommendation names a concrete option: " + LabText.quote(option)
                            + "."))
                    .orElse(Check.fail("Your recommendation names none of the options (keep, targeted upgrade,"
                            + " single-GPU desktop, always-on box later, hybrid cloud bursts)."));
            case WORKLOAD -> workload(recommendation);
            case BOTTLENECK -> bottleneck(facts, recommendation);
            case EVIDENCE -> evidence(facts, recommendation);
        };
    }

    /** A portable machine: a laptop in any of its names. */
    private static final Pattern LAPTOP = Pattern.compile("\\b(?:laptops?|notebooks? (?:pc|computer)|macbook\\w*"
            + "|ultrabooks?|gaming notebooks?)\\b");
    /** Step 7's options, in the words a recommendation may use for them. */
    private static final Pattern STEP7_OPTIONS = Pattern.compile("\\bkeep\\w*|\\bretain\\w*|\\bstay\\w*"
            + "|current (?:machine|laptop|desktop)|targeted upgrade|\\badd\\w*|desktop|single[- ]gpu|always[- ]on"
            + "|server|hybrid|cloud|\\brent\\w*|upgrad\\w*");

    /**
     * A recommendation whose only choice is a new laptop bought now, where Step 4 decided to keep the machine or make a
     * targeted change ({@link #step4KeepsOrTargets}): Step 7 asks to "choose keep current machine, make
     * one targeted upgrade, build or buy a single-GPU desktop, add an always-on box later, or use hybrid cloud bursts",
     * and a new laptop is none of them (Common Mistakes: "Treating laptops and desktops as interchangeable").
     */
    private static final Pattern KEEPS_OR_TARGETS = Pattern.compile("\\bkeep\\w*|\\bretain\\w*|\\bstay\\w*"
            + "|targeted|upgrad\\w*|\\badd\\w*|cloud|hybrid");
    private static final Pattern NEW_MACHINE = Pattern.compile("\\bnew\\b|replac\\w*|whole machine|\\bbuy\\w*");

    /**
     * Whether the learner's own Step 4 decision keeps the machine or makes a targeted change: a new laptop in Step 7
     * then chooses against the learner's own evidence-based decision rather than among Step 7's options.
     */
    static boolean step4KeepsOrTargets(String decision) {
        String folded = LabText.fold(decision);
        return KEEPS_OR_TARGETS.matcher(folded).find() && !NEW_MACHINE.matcher(folded).find();
    }

    static Optional<String> newLaptopOnly(String recommendation) {
        Optional<String> machine = Purchases.wholeMachine(recommendation);
        if (machine.isEmpty() || !LAPTOP.matcher(machine.get()).find()) {
            return Optional.empty();
        }
        String rest = LabText.fold(recommendation).replace(machine.get(), " ");
        return LabText.affirmed(rest, STEP7_OPTIONS).isPresent() ? Optional.empty() : machine;
    }

    private static Check workload(String recommendation) {
        List<WorkloadFamily> families = LabWorkloads.families(recommendation);
        if (families.isEmpty()) {
            return Check.fail("Your recommendation names no workload from the module ("
                    + WorkloadFamilyValidator.FAMILIES + "); Step 7: \u201cThe paragraph must name the workload, the"
                    + " bottleneck, and the evidence.\u201d");
        }
        return Check.pass("Your recommendation names the workload: "
                + families.stream().map(WorkloadFamily::label).collect(Collectors.joining("; ")) + ".");
    }

    /** A part of a sentence that puts a resource off or away: it waits, comes later, or is rented in the cloud. */
    private static final Pattern CONCEDED = Pattern.compile("\\bbut\\s*$");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern PUT_OFF = Pattern.compile("\\bwait\\w*|\\blater\\b|\\buntil\\b|\\bcan hold\\b"
            + "|\\brent\\w*+(?!\\s+(?:vm|instance|node|machine|box|server)(?:'s)?\\b)|\\bcloud\\b(?!\\s+(?:vm|instance)(?:'s)?\\b)"
            + "|\\bburst\\w*|\\bnot yet\\b|\\b(?:some |an)other time\\b|\\bat some point\\b");
    /** Parts end at a comma, a conjunction, a sentence's end or a line break (a bullet list's items). */
    private static final Pattern PARTS = Pattern.compile("[,;\\n]|\\band\\b|\\bbut\\b|\\bbecause\\b|\\bwhile\\b"
            + "|(?<=[.!?])\\s");

    /**
     * The constraints the recommendation names as its bottleneck: mentions in parts that put a resource off ("a GPU
     * can wait", "rare jobs go to rented GPUs") name what waits, not what limits now.
     */
    private static List<Constraint> namedBottlenecks(String recommendation) {
        String folded = LabText.fold(recommendation);
        List<String> kept = new ArrayList<>();
        java.util.regex.Matcher separator = PARTS.matcher(folded);
        int at = 0;
        while (at <= folded.length()) {
            boolean found = separator.find();
            int end = found ? separator.start() : folded.length();
            String part = folded.substring(at, end);
            if (!PUT_OFF.matcher(part).find()) {
                kept.add(part);
            } else if (at > 0 && CONCEDED.matcher(folded.substring(0, at)).find() && !kept.isEmpty()) {
                // "my disk is at 97% but I will clean it up some other time": what the concession puts off is
                // the part before it
                kept.remove(kept.size() - 1);
            }
            if (!found) {
                break;
            }
            at = separator.end();
        }
        return ConstraintNames.all(String.join(", ", kept));
    }

    private static Check bottleneck(LabFacts facts, String recommendation) {
        List<Constraint> named = namedBottlenecks(recommendation);
        if (named.isEmpty()) {
            return Check.fail("Your recommendation names no bottleneck (" + FirstBottleneckValidator.CONSTRAINTS + ").");
        }
        FirstBottleneck.Judgement first = facts.firstBottleneck();
        Optional<Constraint> decides = first.decides();
        if (first.overruled() && decides.isPresent() && !named.contains(decides.get())) {
            return Check.fail("Your recommendation addresses " + labels(named) + ", but the first bottleneck your"
                    + " inventory shows is " + ConstraintNames.label(decides.get()) + ": " + first.check().evidence());
        }
        if (decides.isPresent() && (named.contains(decides.get()) || onePowerRow(facts, decides.get(), named))) {
            return Check.pass("Your recommendation names the first bottleneck, " + ConstraintNames.label(decides.get())
                    + ".");
        }
        if (decides.isPresent() && recordedAndShown(facts, first, decides.get()) && buys(recommendation)) {
            // Step 7 asks the recommendation to name the bottleneck the evidence shows: where Step 4 recorded it and
            // the inventory agrees, a purchase (a GPU, a new machine) for another constraint contradicts the learner's
            // own diagnosis (issue #14: "the recommendation must address the recorded first bottleneck"); a keep that
            // mentions another resource stays a question
            return Check.fail("Your recommendation addresses " + labels(named) + ", but the first bottleneck you"
                    + " recorded in Step 4, " + ConstraintNames.label(decides.get()) + ", is also the one your"
                    + " inventory shows. " + ModuleQuotes.NO_EVIDENCE);
        }
        if (decides.isPresent()) {
            return Check.attention("Your recommendation names " + labels(named) + ", but your first bottleneck is "
                    + ConstraintNames.label(decides.get()) + ".");
        }
        return Check.pass("Your recommendation names the bottleneck, " + ConstraintNames.label(named.get(0)) + ".");
    }

    private static boolean buys(String recommendation) {
        return Purchases.gpu(recommendation).isPresent() || Purchases.wholeMachine(recommendation).isPresent();
    }

    /** The first bottleneck the learner named in Step 4, judged sound, and first in the inventory's diagnosis. */
    private static boolean recordedAndShown(LabFacts facts, FirstBottleneck.Judgement first, Constraint decides) {
        return first.named().equals(Optional.of(decides)) && first.check().verdict() == Verdict.PASS
                && facts.diagnosis().map(d -> d.first().constraint() == decides).orElse(false);
    }

    private static final Set<Constraint> THERMALS_OR_POWER = Set.of(Constraint.THERMALS, Constraint.POWER_EXPANSION);

    /**
     * Thermals and power as one first bottleneck: Step 5's table gives "performance drops after several minutes" the one
     * constraint "thermals or power" (§2: "suspect heat or power limits"), so where the learner's Step 4 names both
     * ("thermals / power on battery"), a recommendation naming either names it.
     */
    private static boolean onePowerRow(LabFacts facts, Constraint decides, List<Constraint> named) {
        return THERMALS_OR_POWER.contains(decides) && named.stream().anyMatch(THERMALS_OR_POWER::contains)
                && ConstraintNames.all(facts.summary().firstBottleneck()).containsAll(THERMALS_OR_POWER);
    }

    private static final Pattern REASON_START = Pattern.compile("\\b(?:because|since|as|given)\\b|:");

    /**
     * The recommendation without the new machine it buys ("a Mac Studio M3 Ultra with 192 GB"): the size of what is
     * bought is no measurement of the machine; the reason after "because" still counts.
     */
    private static String withoutWhatIsBought(String recommendation) {
        String folded = LabText.fold(recommendation);
        // the same for a GPU bought now ("one targeted upgrade, an RTX 5090 with 32 GB, because …"): the card's size
        // is what is bought (docs/lab-verdicts.md, "an apposition after a purchase is what is bought")
        for (Optional<String> bought : List.of(Purchases.wholeMachine(recommendation), Purchases.gpu(recommendation))) {
            if (bought.isPresent()) {
                String sentence = LabText.fold(bought.get());
                java.util.regex.Matcher reason = REASON_START.matcher(sentence);
                folded = folded.replace(reason.find() ? sentence.substring(0, reason.start()) : sentence, " ");
            }
        }
        return folded;
    }

    /** A prediction: what the work "will sooner or later need", "eventually" (§1: "Future-proofing sounds responsible"). */
    private static final Pattern PREDICTION = Pattern.compile("\\bsooner or later\\b|\\beventually\\b|\\bsomeday\\b"
            + "|\\bone day\\b|\\bin the future\\b|\\bwill (?:\\w+ )?need\\b|\\bgoing to need\\b");

    /**
     * The text without its parts that predict a need: a figure there ("will sooner or later need more than 12 GB") is
     * the size of a future requirement, not a measured or observed constraint (§8: "Do not skip the measurement step").
     */
    private static String withoutPredictions(String folded) {
        return java.util.Arrays.stream(PARTS.split(folded)).filter(part -> !PREDICTION.matcher(part).find())
                .collect(Collectors.joining(", "));
    }

    private static Check evidence(LabFacts facts, String recommendation) {
        List<Checked> claims = facts.claimsIn(recommendation);
        List<Finding> findings = new ArrayList<>(facts.contradictions(recommendation));
        // a measurement of one constraint is no basis for buying a part that fixes another (a whole new machine is
        // judged by its own rule, not as a GPU)
        if (Purchases.wholeMachine(recommendation).isEmpty()) {
            Purchases.gpuForAnotherBottleneck(recommendation, facts).ifPresent(findings::add);
        } else if (facts.firstBottleneck().overruled()) {
            // a whole machine bought for the GPU it names, resting on a constraint the inventory overrules, is a GPU
            // bought for another bottleneck (where the learner measured the right one, 7.5 judges the purchase)
            Purchases.wholeMachineWithGpu(recommendation)
                    .flatMap(sentence -> Purchases.gpuForAnotherBottleneck(sentence, facts)).ifPresent(findings::add);
        }
        claims.stream().filter(c -> c.status() == Status.UNSETTLED)
                .forEach(c -> findings.add(new Finding(Verdict.NEEDS_ATTENTION, c.sentence())));
        // what kind of machine it is ("this laptop") is a fact, not a measured or observed constraint
        Optional<String> confirmed = claims.stream().filter(c -> c.status() == Status.CONFIRMED)
                .filter(c -> !(c.claim() instanceof dev.praxis.lab.claims.Claim.Machine)).map(Checked::sentence)
                .findFirst();
        Optional<String> measurement = LabText.measurement(withoutPredictions(withoutWhatIsBought(recommendation)));
        if (confirmed.isEmpty() && measurement.isPresent() && findings.isEmpty()) {
            contradictedElsewhere(facts, measurement.get()).ifPresent(c -> findings.add(new Finding(Verdict.FAIL,
                    "Your recommendation rests on " + LabText.quote(measurement.get()) + ", a figure your inventory"
                            + " contradicts: " + c.sentence())));
        }
        Optional<String> observed = LabText.affirmed(recommendation, OBSERVED);
        if (confirmed.isPresent() || measurement.isPresent() || observed.isPresent()) {
            findings.add(new Finding(Verdict.PASS, "Your recommendation rests on " + confirmed.orElseGet(() ->
                    measurement.map(m -> "a measurement: " + LabText.quote(m) + ".")
                            .orElseGet(() -> "an observation: " + LabText.quote(observed.get()) + "."))));
        } else if (LabText.notMeasuredYet(recommendation)) {
            findings.add(new Finding(Verdict.NEEDS_ATTENTION, "Your recommendation says nothing is measured yet:"
                    + " base it on what Step 3's commands and the workload show once you have measured."));
        } else {
            findings.add(new Finding(Verdict.FAIL, "Your recommendation cites no measured or observed constraint; "
                    + ModuleQuotes.NO_EVIDENCE));
        }
        return new Check(findings);
    }

    /**
     * A figure the recommendation cites without saying whose it is ("12 GB is too little for 13B") is the learner's
     * own figure when their other answers claim it of the machine: where the inventory contradicts that claim, the
     * recommendation rests on it too.
     */
    private static Optional<Checked> contradictedElsewhere(LabFacts facts, String measurement) {
        Optional<String> number = firstNumber(measurement);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        LabWork.Summary s = facts.summary();
        String elsewhere = LabText.joined(facts.work().archetypeReason(), s.firstBottleneck(), s.evidence(),
                s.secondBottleneck(), s.nextAction());
        return facts.claimsIn(elsewhere).stream().filter(c -> c.status() == Status.CONTRADICTED)
                .filter(c -> firstNumber(c.claim().words()).equals(number)).findFirst();
    }

    private static Optional<String> firstNumber(String text) {
        java.util.regex.Matcher number = NUMBER.matcher(text);
        return number.find() ? Optional.of(number.group().replace(',', '.')) : Optional.empty();
    }

    private static String labels(List<Constraint> constraints) {
        return constraints.stream().map(ConstraintNames::label).collect(Collectors.joining(" and "));
    }
}
