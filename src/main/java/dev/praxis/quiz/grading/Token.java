package dev.praxis.quiz.grading;

/**
 * One word of an answer after normalisation: its stem, where it stands in the original text (so feedback can
 * quote the learner's own words), and which sentence and clause it belongs to (phrases stay inside a sentence,
 * negation stays inside a clause).
 */
record Token(String stem, int start, int end, int sentence, int clause) {

    boolean is(String otherStem) {
        return stem.equals(otherStem);
    }
}
