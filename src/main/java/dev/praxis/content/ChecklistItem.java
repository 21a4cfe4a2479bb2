package dev.praxis.content;

/**
 * A task-list item of the lab.
 *
 * @param id         {@code <slug>:check:<ordinal>} (ordinal over the whole lab) or {@code <slug>:check:<author id>}
 * @param preChecked the source wrote {@code - [x]}
 */
public record ChecklistItem(String id, String text, boolean preChecked) {
}
