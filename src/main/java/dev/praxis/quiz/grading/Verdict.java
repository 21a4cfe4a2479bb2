package dev.praxis.quiz.grading;

import java.util.Locale;
import java.util.Optional;

/** The three outcomes of grading one answer. */
public enum Verdict {
    CORRECT, PARTIAL, INCORRECT;

    /** The lower-case word used in grading files and JSON: {@code correct}, {@code partial}, {@code incorrect}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Verdict> fromLabel(String label) {
        for (Verdict verdict : values()) {
            if (verdict.label().equals(label)) {
                return Optional.of(verdict);
            }
        }
        return Optional.empty();
    }
}
