package dev.praxis.quiz.grading;

import dev.praxis.text.Wording;
import java.util.List;

/**
 * Something a good answer must (required) or may (optional) contain, worth {@code weight} of the score.
 * {@code label} names it in the module's words; {@code section} is the heading of the module section that explains
 * it (empty when the rubric does not say), shown to a learner whose answer misses it. {@code figures} are the
 * numbers the idea carries (memory per parameter, a temperature): an answer that contradicts one is held below correct.
 */
public record Concept(String id, String label, double weight, boolean required, Wording wording, String section,
        List<Figure> figures) {

    public Concept {
        section = section == null ? "" : section.strip();
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** A concept that carries no figures. */
    public Concept(String id, String label, double weight, boolean required, Wording wording, String section) {
        this(id, label, weight, required, wording, section, List.of());
    }

    /** A concept without a section to point to. */
    public Concept(String id, String label, double weight, boolean required, Wording wording) {
        this(id, label, weight, required, wording, "");
    }
}
