package dev.praxis.text;

/** Tokens {@code first..last} (inclusive) of an {@link AnalysedText}. */
public record Span(int first, int last) {

    public Span {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("bad span " + first + ".." + last);
        }
    }

    boolean startsBefore(Span other) {
        return first < other.first || (first == other.first && last > other.last);
    }
}
