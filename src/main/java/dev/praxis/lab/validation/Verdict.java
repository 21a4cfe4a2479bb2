package dev.praxis.lab.validation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * How a checklist item of the lab stands. {@code needs-attention} also covers a step whose input is absent
 * ("Step N not done yet"): an unfinished step is pending, not wrong, so {@code fail} is kept for answers that
 * contradict the module or the learner's own inventory.
 */
public enum Verdict {
    PASS("pass"),
    NEEDS_ATTENTION("needs-attention"),
    FAIL("fail"),
    SELF_ATTESTED("self-attested");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static Optional<Verdict> fromLabel(String label) {
        for (Verdict verdict : values()) {
            if (verdict.label.equals(label)) {
                return Optional.of(verdict);
            }
        }
        return Optional.empty();
    }
}
