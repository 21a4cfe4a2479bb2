package dev.praxis.lab.validation;

import java.util.List;

/**
 * Sixth success criterion: the decision rests on evidence, not on the largest affordable component: the first
 * bottleneck agrees with the machine, the evidence with the inventory, and nothing is bought for prestige. The
 * gravest of the three decides, with its own sentences.
 */
final class EvidenceBasedDecisionValidator implements ItemValidator {

    private final ItemValidator evidence = new EvidenceMeasurementValidator();
    private final ItemValidator prestige = new NoPrestigeValidator();

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
        List<Check> parts = List.of(facts.firstBottleneck().check(), evidence.check(facts), prestige.check(facts));
        if (parts.stream().allMatch(part -> part.verdict() == Verdict.PASS)) {
            return Check.pass("Your decision rests on evidence: " + parts.get(1).evidence() + " It buys nothing for"
                    + " prestige.");
        }
        return Check.all(parts.stream().filter(part -> part.verdict() != Verdict.PASS).toList());
    }
}
