package dev.praxis.quiz.grading;

import dev.praxis.text.Wording;

/**
 * Something a good answer must (required) or may (optional) contain, worth {@code weight} of the score.
 * {@code label} names it in the module's words; {@code section} is the heading of the module section that explains
 * it (empty when the rubric does not say), shown to a learner whose answer misses it.
 */
public record Concept(String id, String label, double weight, boolean required, Wording wording, String section) {

    public Concept {
        section = section == null ? "" : section.strip();
    }

    /** A concept without a section to point to. */
    public Concept(String id, String label, double weight, boolean required, Wording wording) {
        this(id, label, weight, required, wording, "");
    }
}
