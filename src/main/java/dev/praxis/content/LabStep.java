package dev.praxis.content;

import java.util.List;

/**
 * A step of the hands-on exercise.
 *
 * @param id               {@code <slug>:step:<ordinal>} or {@code <slug>:step:<author id>}
 * @param number           the number in the title ("3" for "Step 3: …"), else the ordinal
 * @param anchor           the step heading's id in the page ("" for a bold-label step)
 * @param instructionsHtml the step's instructions with their code blocks, without its checklist
 */
public record LabStep(String id, int ordinal, String number, String title, String anchor, String instructionsHtml,
                      String instructionsText, List<ChecklistItem> checklist) {
}
