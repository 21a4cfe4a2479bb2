package dev.praxis.quiz.grading;

import dev.praxis.text.AnalysedText;
import dev.praxis.text.Match;
import java.util.Collection;

/**
 * A correct verdict needs the decision and a reason said in a sentence. An answer whose ideas all sit in fragments
 * of a few words ("keep the laptop. measure. API. revisit."), or that is only a few words long, names the right ideas
 * without arguing for them; it is held below correct, and the flag says why. A structured item "label: value" ("why: rare jobs and a hot flat")
 * counts as one sentence: its label says what the value is for.
 */
final class Fragments {

    static final String ID = "fragments";
    /** Fewer words than this do not make a sentence that can carry a decision and its reason. */
    static final int SENTENCE_WORDS = 5;
    /**
     * Fewer words than this, in the whole answer, name a decision without room to argue for it ("One box first,
     * cluster later.", "Upgrade the RAM, not the GPU."): every labelled answer this short is partial at best,
     * except a calculation ("1 - 0.99^10 ≈ 9.6%"), whose numbers are its working.
     */
    static final int ANSWER_WORDS = 7;

    static final GradeResult.Flag FLAG = new GradeResult.Flag(ID, "Your answer names the right ideas, but only as "
            + "fragments or in a few words. Say in a full sentence what you would decide and why, so the reasoning "
            + "is yours and not just the vocabulary.");

    private Fragments() {
    }

    /**
     * Whether no idea the answer holds stands in a sentence long enough to argue for it, or the whole answer is too
     * short to give a reason.
     */
    static boolean only(AnalysedText text, Collection<Match> held) {
        if (text.tokens().size() < ANSWER_WORDS && text.original().chars().noneMatch(Character::isDigit)) {
            return true;
        }
        int[] lengths = text.sentenceLengths();
        for (Match match : held) {
            int sentence = text.tokens().get(match.span().first()).sentence();
            // "why: rare jobs, heat and noise": a labelled item reads as one sentence, its label as the connective
            int words = lengths[sentence] + (sentence > 0 && text.isLabel(sentence - 1) ? lengths[sentence - 1] : 0)
                    + (text.isLabel(sentence) && sentence + 1 < lengths.length ? lengths[sentence + 1] : 0);
            if (words >= SENTENCE_WORDS) {
                return false;
            }
        }
        return true;
    }
}
