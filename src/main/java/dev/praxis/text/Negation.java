package dev.praxis.text;

import java.util.List;

/**
 * Decides whether a matched span is ruled out rather than asserted. "It is not VRAM, it's the CPU" must not earn
 * VRAM: a cue (not, n't, no, never, without, rather than, instead of, не, без, замість …) scopes forward over a few
 * words within its clause; "VRAM is not the problem" scopes backward onto the subject. Cues that strengthen instead
 * of deny ("not only", "not just", "without doubt", "not enough RAM") are not negations.
 */
public final class Negation {

    /** How many words may stand between a cue and the phrase it negates. */
    private static final int FORWARD_WINDOW = 5;
    private static final int BACKWARD_WINDOW = 3;
    /** "An expression index on lower(email) won't help": a dismissed role reaches back over a longer subject. */
    private static final int DISMISSAL_WINDOW = 6;
    /** How many words a subordinate clause's subject may take before its negation ("if the rate doesn't …"). */
    private static final int SUBORDINATE_SUBJECT = 3;

    private Negation() {
    }

    /** Whether tokens first..last (inclusive) are denied by a negation in their clause. */
    public static boolean negates(List<Token> tokens, int first, int last) {
        return negates(tokens, first, last, new java.util.BitSet());
    }

    /**
     * As {@link #negates(List, int, int)}, with cues that deny nothing: the "not" of a question that proposes
     * ("isn't it VRAM?", "why not try a smaller batch?").
     */
    static boolean negates(List<Token> tokens, int first, int last, java.util.BitSet ignored) {
        return negatedBefore(tokens, first, ignored) || negatedAfter(tokens, last) || switchedOff(tokens, first, last)
                || deemedHarmless(tokens, last);
    }

    /** "Turn the quantization off": what the writer switches off is undone, not used. */
    private static boolean switchedOff(List<Token> tokens, int first, int last) {
        int clause = tokens.get(last).clause();
        if (last + 1 >= tokens.size() || tokens.get(last + 1).clause() != clause
                || !tokens.get(last + 1).word().equals("off")) {
            return false;
        }
        for (int c = first - 1; c >= 0 && first - c <= BACKWARD_WINDOW && tokens.get(c).clause() == clause; c--) {
            if (Lexicon.SWITCHES.contains(tokens.get(c).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A proprietary power supply and limited clearance are standard in workstations": what the writer calls normal
     * is dismissed as a concern, like "X is not the problem". A relative or subordinate clause in between ("a drive
     * that is standard") says it of something else.
     */
    private static boolean deemedHarmless(List<Token> tokens, int last) {
        int clause = tokens.get(last).clause();
        for (int p = last + 1; p + 1 < tokens.size() && p - last <= DISMISSAL_WINDOW
                && tokens.get(p + 1).clause() == clause; p++) {
            String stem = tokens.get(p).stem();
            if (Lexicon.SUBORDINATORS.contains(stem) || Lexicon.RELATIVES.contains(tokens.get(p).word())) {
                return false;
            }
            if (Lexicon.BE.contains(stem)) {
                int q = p + 1;
                while (q < tokens.size() && tokens.get(q).clause() == clause
                        && Lexicon.FILLERS.contains(tokens.get(q).stem())) {
                    q++;
                }
                return q < tokens.size() && tokens.get(q).clause() == clause
                        && Lexicon.HARMLESS.contains(tokens.get(q).word());
            }
        }
        return false;
    }

    private static boolean negatedBefore(List<Token> tokens, int first, java.util.BitSet ignored) {
        int clause = tokens.get(first).clause();
        for (int c = first - 1; c >= 0 && first - c <= FORWARD_WINDOW && tokens.get(c).clause() == clause; c--) {
            if (ignored.get(c)) {
                continue;
            }
            int cueLength = cueLength(tokens, c);
            if (cueLength > 0 && c + cueLength <= first && !strengthens(tokens, c + cueLength, first)) {
                return true;
            }
            // "improve the airflow before buying a faster GPU": the action a "before …ing" cue defers is not done now,
            // so a phrase that starts with the deferred verb ("buying a faster GPU") is inside the cue's scope too
            if (cueLength == 2 && c + 1 == first && tokens.get(c).word().equals("before")) {
                return true;
            }
        }
        return false;
    }

    private static boolean negatedAfter(List<Token> tokens, int last) {
        int clause = tokens.get(last).clause();
        for (int p = last + 1; p < tokens.size() && p - last <= DISMISSAL_WINDOW && tokens.get(p).clause() == clause;
                p++) {
            if (!Lexicon.NEGATION_CUES.contains(tokens.get(p).stem())) {
                continue;
            }
            if (opensOwnClause(tokens, last + 1, p)) {
                // "lasts 6 days if nothing changes": the cue denies its own subordinate clause
                return false;
            }
            boolean clauseEnds = p + 1 >= tokens.size() || tokens.get(p + 1).clause() != clause;
            if (p - last <= BACKWARD_WINDOW && clauseEnds) {
                return true;
            }
            return dismissesRole(tokens, p + 1, clause);
        }
        return false;
    }

    /**
     * Whether a subordinator ("if", "unless", "when", "because" …) stands just before the cue at {@code cue}, after
     * the span: its subject fits in the few words between ("if the rate doesn't change").
     */
    private static boolean opensOwnClause(List<Token> tokens, int from, int cue) {
        for (int i = Math.max(from, cue - SUBORDINATE_SUBJECT); i < cue; i++) {
            if (Lexicon.SUBORDINATORS.contains(tokens.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    private static boolean dismissesRole(List<Token> tokens, int from, int clause) {
        for (int i = from; i < tokens.size() && i - from < 4 && tokens.get(i).clause() == clause; i++) {
            if (Lexicon.DISMISSED_ROLES.contains(tokens.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    private static int cueLength(List<Token> tokens, int i) {
        String stem = tokens.get(i).stem();
        if (Lexicon.NEGATION_CUES.contains(stem)) {
            return 1;
        }
        boolean twoWord = i + 1 < tokens.size()
                && Lexicon.TWO_WORD_NEGATION_CUES.contains(stem + " " + tokens.get(i + 1).stem());
        // "real experience is worth more than single-machine basics", "better than buying": ranked below
        boolean rankedBelow = i + 1 < tokens.size() && tokens.get(i + 1).word().equals("than")
                && (tokens.get(i).word().equals("better") || tokens.get(i).word().equals("more") && i > 0
                        && Lexicon.VALUES.contains(tokens.get(i - 1).word()));
        return twoWord || rankedBelow ? 2 : 0;
    }

    private static boolean strengthens(List<Token> tokens, int from, int to) {
        if (from < tokens.size() && Lexicon.STRENGTHENERS.contains(tokens.get(from).stem())) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (Lexicon.SHORTAGE.contains(tokens.get(i).stem())) {
                return true;
            }
        }
        return false;
    }
}
