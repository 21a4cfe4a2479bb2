package dev.praxis.lab.validation;

import dev.praxis.inventory.core.Constraint;
import dev.praxis.inventory.core.WorkloadFamily;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Step 7, items 1 to 4: the final paragraph names an option, the workload, the first bottleneck and evidence. */
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

    static final Pattern OPTION = Pattern.compile("\\bkeep\\w*|\\bstay\\w*|current (?:machine|laptop|desktop)"
            + "|targeted upgrade|upgrad\\w*|\\badd\\w* (?:more |a |an )?(?:\\w+ )?(?:ram|memory|storage|ssd|nvme|drive|disk)"
            + "|desktop|single[- ]gpu|always[- ]on|home server|server|hybrid|cloud");
    private static final Pattern EVIDENCE_WORDS = Pattern.compile("evidence|measur\\w*|observ\\w*|inventory|shows?"
            + "|showed|saw|swap\\w*|full");

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
        return switch (part) {
            case OPTION -> LabText.affirmed(recommendation, OPTION)
                    .map(option -> Check.pass("Your recommendation names a concrete option: " + LabText.quote(option)
                            + "."))
                    .orElse(Check.fail("Your recommendation names none of the options (keep, targeted upgrade,"
                            + " single-GPU desktop, always-on box later, hybrid cloud bursts)."));
            case WORKLOAD -> workload(recommendation);
            case BOTTLENECK -> bottleneck(facts, recommendation);
            case EVIDENCE -> evidence(recommendation);
        };
    }

    private static Check workload(String recommendation) {
        List<WorkloadFamily> families = WorkloadFamily.allFromText(recommendation);
        if (families.isEmpty()) {
            return Check.attention("Your recommendation names no workload from the module ("
                    + WorkloadFamilyValidator.FAMILIES + ").");
        }
        return Check.pass("Your recommendation names the workload: "
                + families.stream().map(WorkloadFamily::label).collect(Collectors.joining("; ")) + ".");
    }

    private static Check bottleneck(LabFacts facts, String recommendation) {
        List<Constraint> named = ConstraintNames.all(recommendation);
        if (named.isEmpty()) {
            return Check.fail("Your recommendation names no bottleneck (" + FirstBottleneckValidator.CONSTRAINTS + ").");
        }
        Optional<Constraint> first = ConstraintNames.first(facts.summary().firstBottleneck());
        if (first.isPresent() && !named.contains(first.get())) {
            return Check.attention("Your recommendation names " + ConstraintNames.label(named.get(0))
                    + ", but your first bottleneck is " + ConstraintNames.label(first.get()) + ".");
        }
        Constraint shown = first.orElse(named.get(0));
        return Check.pass("Your recommendation names the first bottleneck, " + ConstraintNames.label(shown) + ".");
    }

    private static Check evidence(String recommendation) {
        Optional<String> measurement = LabText.measurement(recommendation);
        if (measurement.isPresent()) {
            return Check.pass("Your recommendation rests on a measurement: " + LabText.quote(measurement.get()) + ".");
        }
        return LabText.mentioned(recommendation, EVIDENCE_WORDS).isPresent()
                ? Check.attention("Your recommendation refers to evidence but quotes no measurement; cite the number"
                        + " from your inventory or observation.")
                : Check.fail("Your recommendation cites no measured or observed constraint.");
    }
}
