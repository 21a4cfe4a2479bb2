package dev.praxis.quiz.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rubric phrase compiled to a sequence of stems; {@code *} stands for a gap of up to {@value #MAX_GAP} words
 * ("add * ram" matches "add 32 GB more RAM"). Matching stays inside one sentence of the answer.
 */
public final class Phrase {

    static final String GAP = "*";
    static final int MAX_GAP = 3;

    private final String text;
    private final List<String> elements;

    private Phrase(String text, List<String> elements) {
        this.text = text;
        this.elements = elements;
    }

    /** Compiles a phrase, or explains why it cannot match anything. */
    static Phrase compile(String text) {
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

    /** The first place this phrase occurs in the answer that is not negated, as [first, last] token indexes. */
    Optional<int[]> firstAffirmed(List<Token> tokens) {
        String head = elements.get(0);
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is(head)) {
                continue;
            }
            int last = matchFrom(tokens, i, 1, tokens.get(i).sentence());
            if (last >= 0 && !Negation.negates(tokens, i, last)) {
                return Optional.of(new int[] {i, last});
            }
        }
        return Optional.empty();
    }

    /** Matches elements[e..] starting at token index t; returns the last matched token index or -1. */
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
