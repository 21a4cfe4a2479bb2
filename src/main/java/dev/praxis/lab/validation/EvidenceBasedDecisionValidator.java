package dev.praxis.lab.validation;

import java.util.List;

/**
 * Sixth success criterion: the decision rests on evidence, not on the largest affordable component. Combines the
 * first-bottleneck, evidence and prestige checks; the worst of them decides, with its own sentence.
 */
final class EvidenceBasedDecisionValidator implements ItemValidator {

    private final List<ItemValidator> parts = List.of(new FirstBottleneckValidator(),
            new EvidenceMeasurementValidator(), new NoPrestigeValidator());

    @Override
    public String name() {
        return "evidence-based-decision";
    }

    @Override
    public String source() {
        return "Success Criteria 6; §8 'If you cannot name the bottleneck from evidence, you are not ready to claim the"
                + " upgrade is necessary'";
    }

    @Override
    public Check check(LabFacts facts) {
        List<Check> checks = parts.stream().map(part -> part.check(facts)).toList();
        for (Verdict worst : List.of(Verdict.FAIL, Verdict.NEEDS_ATTENTION)) {
            for (Check check : checks) {
                if (check.verdict() == worst) {
                    return check;
                }
            }
        }
        return Check.pass("Your decision rests on evidence: " + checks.get(1).evidence().replaceFirst("^Your evidence ",
                "your evidence ").replaceFirst("\\.$", "") + ", and buys nothing for prestige.");
    }
}
