package dev.praxis.text;

/**
 * One word of a text after normalisation: its stem, where it stands in the original text (so feedback can quote the
 * writer's own words), and which sentence and clause it belongs to (phrases stay inside a sentence, negation and
 * stance inside a clause). {@code word} is the lower-cased surface form, for the few rules that need the exact word.
 */
public record Token(String stem, String word, int start, int end, int sentence, int clause) {

    public boolean is(String otherStem) {
        return stem.equals(otherStem);
    }
}
