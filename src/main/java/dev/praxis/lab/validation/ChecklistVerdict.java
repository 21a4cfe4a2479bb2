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
}
