package dev.praxis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A phrase compiled to a sequence of stems; {@code *} stands for a gap of up to {@value #MAX_GAP} words
 * ("add * ram" matches "add 32 GB more RAM"). Matching stays inside one sentence of the text.
 */
public final class Phrase {

    static final String GAP = "*";
    public static final int MAX_GAP = 3;

    private final String text;
    private final List<String> elements;

    private Phrase(String text, List<String> elements) {
        this.text = text;
        this.elements = elements;
    }

    /**
     * Compiles a phrase.
     *
     * @throws IllegalArgumentException saying why the phrase cannot match anything
     */
    public static Phrase compile(String text) {
        List<String> elements = new ArrayList<>();
        String[] parts = text.split("\\*", -1);
        for (int p = 0; p < parts.length; p++) {
            List<String> words = Tokenizer.tokenize(parts[p]).stream().map(Token::stem).toList();
            if (p > 0) {
                if (elements.isEmpty() || words.isEmpty()) {
                    throw new IllegalArgumentException("a '*' gap must stand between two words");
                }
                elements.add(GAP);
            }
            elements.addAll(words);
        }
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("the phrase has no words");
        }
        return new Phrase(text, List.copyOf(elements));
    }

    public String text() {
        return text;
    }

    /** Every place the phrase occurs, in text order (the shortest match at each start). */
    public List<Span> occurrences(List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        String head = elements.get(0);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(head)) {
                int last = matchFrom(tokens, i, 1, tokens.get(i).sentence());
                if (last >= 0) {
                    spans.add(new Span(i, last));
                }
            }
        }
        return spans;
    }

    /** Matches elements[e..] after token index previous; returns the last matched token index or -1. */
    private int matchFrom(List<Token> tokens, int previous, int e, int sentence) {
        if (e == elements.size()) {
            return previous;
        }
        if (elements.get(e).equals(GAP)) {
            for (int skip = 0; skip <= MAX_GAP; skip++) {
                int last = matchWord(tokens, previous + 1 + skip, e + 1, sentence);
                if (last >= 0) {
                    return last;
                }
            }
            return -1;
        }
        return matchWord(tokens, previous + 1, e, sentence);
    }

    private int matchWord(List<Token> tokens, int t, int e, int sentence) {
        if (t >= tokens.size() || tokens.get(t).sentence() != sentence || !tokens.get(t).is(elements.get(e))) {
            return -1;
        }
        return matchFrom(tokens, t, e + 1, sentence);
    }

    @Override
    public String toString() {
        return text;
    }
}
