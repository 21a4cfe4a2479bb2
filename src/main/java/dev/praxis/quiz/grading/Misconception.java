package dev.praxis.quiz.grading;

import dev.praxis.text.Wording;

/**
 * A wrong idea to flag with targeted feedback; an answer that asserts it scores at most {@code cap}. An answer that
 * rejects it ("buying a GPU now would be a mistake") shows understanding instead: it earns the concept whose id is
 * {@code shows}, when the rubric names one (empty otherwise).
 */
public record Misconception(String id, String feedback, double cap, Wording wording, String shows) {

    public Misconception {
        shows = shows == null ? "" : shows.strip();
    }

    /** A misconception whose rejection earns nothing by itself. */
    public Misconception(String id, String feedback, double cap, Wording wording) {
        this(id, feedback, cap, wording, "");
    }
}
