package dev.praxis.content;

/**
 * A prediction prompt.
 *
 * @param id         {@code <slug>:prediction:<ordinal>}, or {@code <slug>:prediction:<author id>}
 * @param label      the label as recognised, e.g. "Pause and predict", "Decision check"
 * @param revealHtml the explanation released after the learner commits, or null for a reflection box
 * @param line       the 1-based source line of the prompt
 */
public record Prediction(String id, int ordinal, String label, String promptHtml, String promptText,
                         String revealHtml, String revealText, int line) {

    public boolean hasReveal() {
        return revealHtml != null;
    }
}
