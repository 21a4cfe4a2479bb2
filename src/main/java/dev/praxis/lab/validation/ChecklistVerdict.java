package dev.praxis.lab.validation;

import java.util.List;

/**
 * The verdict on one checklist item.
 *
 * @param step     the step number ("1".."7") or {@code success} for the success criteria
 * @param item     1-based index of the item within its step
 * @param itemId   the module's {@code ChecklistItem} id
 * @param evidence the sentences of the findings that decided the verdict
 * @param source   the module paragraph or table the item's rule comes from
 * @param findings everything the validator found; {@code verdict} and {@code evidence} are read from these
 */
public record ChecklistVerdict(String step, int item, String itemId, String text, Verdict verdict, String evidence,
                               String source, List<Finding> findings) {

    public ChecklistVerdict {
        findings = List.copyOf(findings);
    }

    /** The verdict and evidence of an item as its check decided them. */
    static ChecklistVerdict of(String step, int item, String itemId, String text, String source, Check check) {
        return new ChecklistVerdict(step, item, itemId, text, check.verdict(), check.evidence(), source,
                check.findings());
    }

    /**
     * Nothing the item needs was given yet: the verdict is {@code needs-attention} (pending, never wrong), but a page
     * says "not started" rather than asking for attention to work the learner has not begun.
     */
    public boolean notStarted() {
        return verdict == Verdict.NEEDS_ATTENTION && Check.isNotDone(evidence);
    }

    /** The badge's word: the verdict's label, or "not started". */
    public String shownLabel() {
        return notStarted() ? "not started" : verdict.label();
    }

    /** The badge's style: the verdict's, or the neutral one for an item not started. */
    public String shownStyle() {
        return notStarted() ? "neutral" : verdict.label();
    }
}
