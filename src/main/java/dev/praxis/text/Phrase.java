package dev.praxis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A phrase compiled to a sequence of stems; {@code *} stands for a gap of up to {@value #MAX_GAP} words
 * ("add * ram" matches "add 32 GB more RAM"). Matching stays inside one sentence of the text, and a gap inside one
 * clause and clear of negations: "add RAM; more CPU" does not say "add * CPU", nor "buy nothing now" "buy * now". A word matches its stem, a long word also a typing slip of it
 * (two letters swapped, one missing or one extra: "lapotp", "contxt", "memroy"), and a Ukrainian word every word
 * built on it (the author writes the root "залиш" for "залишити", "залишив", "залишаємо", whose endings a light
 * stemmer cannot all know).
 */
public final class Phrase {

    static final String GAP = "*";
    public static final int MAX_GAP = 3;
    private static final String NOT = "not";
    /** Shorter words are too alike ("heat", "head") to forgive a slip. */
    private static final int TYPO_MIN = 5;
    /** A missing or extra letter needs a longer word than a swap does ("later", "latter" stay apart). */
    private static final int TYPO_EDIT_MIN = 7;
    private static final int ROOT_MIN = 4;

    private final String text;
    private final List<String> elements;
    /** Per element, how loosely a word of the text may say it: decided once, when the phrase is compiled. */
    private final Looseness[] looseness;
    /** {@link #denied()}, made on first use (a phrase is immutable: two threads making it make equal ones). */
    private java.util.Optional<Phrase> denied;

    private enum Looseness { EXACT, SLIP, ROOT }

    private Phrase(String text, List<String> elements) {
        this.text = text;
        this.elements = elements;
        this.looseness = elements.stream().map(Phrase::looseness).toArray(Looseness[]::new);
    }

    private static Looseness looseness(String element) {
        if (element.length() >= ROOT_MIN && isCyrillic(element)) {
            return Looseness.ROOT;
        }
        return element.length() >= TYPO_MIN && isLatinWord(element) ? Looseness.SLIP : Looseness.EXACT;
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
        for (int i = 0; i < tokens.size(); i++) {
            if (says(tokens.get(i).stem(), 0)) {
                int last = matchFrom(tokens, i, 1, tokens.get(i).sentence());
                if (last >= 0) {
                    spans.add(new Span(i, last));
                }
            }
        }
        return spans;
    }

    /**
     * The same as {@link #occurrences(List)} over the text's words, trying only the words that can open the phrase:
     * those with its first stem, or, where a slip or a longer Ukrainian word may say it, those beginning with its
     * first letter (a slip keeps the first letter, a word built on a root starts with it).
     */
    List<Span> occurrences(AnalysedText text) {
        List<Token> tokens = text.tokens();
        String head = elements.get(0);
        int[] candidates = looseness[0] == Looseness.EXACT ? text.stemIndex().withStem(head)
                : text.stemIndex().startingWith(head.charAt(0));
        if (candidates.length == 0) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(2);
        for (int i : candidates) {
            if (says(tokens.get(i).stem(), 0)) {
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
            int clause = tokens.get(previous).clause();
            for (int skip = 0; skip <= MAX_GAP; skip++) {
                int t = previous + 1 + skip;
                if (t >= tokens.size() || tokens.get(t).clause() != clause) {
                    return -1;
                }
                if (skip > 0 && Lexicon.NEGATION_CUES.contains(tokens.get(t - 1).stem())) {
                    return -1; // "buy * now" does not say "buys us nothing now": a gap never swallows a negation
                }
                int last = matchWord(tokens, t, e + 1, sentence);
                if (last >= 0) {
                    return last;
                }
            }
            return -1;
        }
        return matchWord(tokens, previous + 1, e, sentence);
    }

    private int matchWord(List<Token> tokens, int t, int e, int sentence) {
        if (t >= tokens.size() || tokens.get(t).sentence() != sentence
                || !says(tokens.get(t).stem(), e)) {
            return -1;
        }
        return matchFrom(tokens, t, e + 1, sentence);
    }

    /**
     * The phrase without a leading "not" ("not * the bottleneck" → "the bottleneck"), or empty when it does not open
     * with one: a learner denies an idea in more ways than the author can list ("won't be the bottleneck", "none of
     * it needs a GPU"), so a denial phrase also matches its rest wherever a negation rules that rest out.
     */
    public java.util.Optional<Phrase> denied() {
        java.util.Optional<Phrase> made = denied;
        if (made == null) {
            made = deny();
            denied = made;
        }
        return made;
    }

    private java.util.Optional<Phrase> deny() {
        int rest = 1;
        while (rest < elements.size() && elements.get(rest).equals(GAP)) {
            rest++;
        }
        if (!elements.get(0).equals(NOT) || rest >= elements.size()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Phrase(text, elements.subList(rest, elements.size())));
    }

    /**
     * Whether a word of the text (its stem) says the phrase's word: the same stem; for a Latin word of at least
     * {@value #TYPO_MIN} letters one slip away (same first letter; two neighbouring letters swapped, or a missing or
     * extra letter when the longer has at least {@value #TYPO_EDIT_MIN}); for a Ukrainian root of at least
     * {@value #ROOT_MIN} letters, any word that starts with it.
     */
    private boolean says(String stem, int e) {
        String element = elements.get(e);
        if (stem.equals(element)) {
            return true;
        }
        return switch (looseness[e]) {
            case ROOT -> stem.startsWith(element);
            case SLIP -> Math.abs(stem.length() - element.length()) <= 1 && stem.charAt(0) == element.charAt(0)
                    && stem.length() >= TYPO_MIN && isLatinWord(stem) && oneSlipApart(stem, element);
            case EXACT -> false;
        };
    }

    private static boolean oneSlipApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || Math.max(la, lb) < TYPO_MIN) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            // two neighbouring letters swapped; a changed letter is not forgiven: it turns words into other words
            // ("shorter", "shorten"; "context", "content") more often than it repairs a slip
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        if (Math.max(la, lb) < TYPO_EDIT_MIN) {
            return false;
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** A loop, not a stream: asked for many token and phrase-word pairs of every graded answer. */
    private static boolean isLatinWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isCyrillic(String s) {
        return s.chars().allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC || c == '\'');
    }

    @Override
    public String toString() {
        return text;
    }
}
