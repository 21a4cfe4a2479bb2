package dev.praxis.text;

/**
 * One place a {@link Wording} occurs in a text: the words matched, the writer's clause around them, the writer's
 * stance there and whether a negation rules the words out.
 */
public record Match(Span span, String quote, String context, Stance stance, boolean negated) {

    /** The writer holds this idea: not negated, and asserted, conceded or supposed. */
    public boolean held() {
        return !negated && stance.holds();
    }

    /** The writer claims this idea outright: not negated, not conceded, not a condition, not someone else's. */
    public boolean asserted() {
        return !negated && stance == Stance.ASSERTED;
    }

    /** The writer denies or sets this idea aside ("not X", "instead of X", "X would be a mistake"). */
    public boolean rejected() {
        return negated ? stance.holds() : stance == Stance.REJECTED;
    }
}
