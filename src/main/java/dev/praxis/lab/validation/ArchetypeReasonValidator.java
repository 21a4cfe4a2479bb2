package dev.praxis.lab.validation;

import dev.praxis.lab.claims.Claim;
import dev.praxis.lab.claims.ClaimCheck;
import java.util.List;

/** Step 2, item 2: one sentence explaining why the archetype fits the actual use. */
final class ArchetypeReasonValidator implements ItemValidator {

    private static final int MIN_WORDS = 5;

    @Override
    public String name() {
        return "archetype-reason";
    }

    @Override
    public String source() {
        return "Hands-On Step 2 'write one sentence explaining why that archetype fits your actual use'";
    }

    @Override
    public Check check(LabFacts facts) {
        String reason = facts.work().archetypeReason();
        if (LabText.blank(reason)) {
            return Check.notDone("2", "no sentence explains the archetype");
        }
        // a bullet list of reasons ("- my only computer\n- hybrid graphics") is one explanation in fragments
        String prose = reason.replaceAll("(?m)^\\s*[-*\u2022].*$", "");
        int sentences = LabText.sentences(prose).size() + (prose.equals(reason) ? 0 : 1);
        Check check;
        if (LabText.words(reason) < MIN_WORDS) {
            check = Check.fail(LabText.quote(reason) + " is too short to explain why the archetype fits your use.");
        } else if (sentences > 2) {
            check = Check.attention("You wrote " + sentences + " sentences to explain the archetype; Step 2 asks for"
                    + " one.");
        } else {
            check = Check.pass("You explained the classification: " + LabText.quote(reason) + ".");
        }
        // a figure the upload cannot settle (its block is missing: a Radeon's VRAM without rocm-smi) asks for the
        // output that settles it (issue #14: "upload X to confirm"); a part named without a figure ("a GTX 1080" the
        // upload's commands cannot see) stays the sentence's words, and without any upload the reason is judged as words
        List<Finding> unsettled = facts.inventory().isEmpty() ? List.of() : facts.claimsIn(reason).stream()
                .filter(c -> c.status() == ClaimCheck.Status.UNSETTLED && c.claim() instanceof Claim.Size)
                .map(c -> new Finding(Verdict.NEEDS_ATTENTION, c.sentence())).toList();
        return check.with(facts.contradictions(reason)).with(unsettled).with(facts.moduleWording()
                .copiedFinding(reason, "Step 2 asks why the archetype fits your use of this machine").stream()
                .toList());
    }
}
