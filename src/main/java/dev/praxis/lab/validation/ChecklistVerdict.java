package dev.praxis.lab.validation;

/**
 * The verdict on one checklist item.
 *
 * @param step     the step number ("1".."7") or {@code success} for the success criteria
 * @param item     1-based index of the item within its step
 * @param itemId   the module's {@code ChecklistItem} id
 * @param evidence one sentence quoting what the verdict rests on
 */
public record ChecklistVerdict(String step, int item, String itemId, String text, Verdict verdict, String evidence) {

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
