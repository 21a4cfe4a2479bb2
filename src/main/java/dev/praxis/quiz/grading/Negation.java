package dev.praxis.quiz.grading;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides whether a matched phrase is ruled out rather than asserted. "It is not VRAM, it's the CPU" must not earn
 * VRAM: a cue (not, n't, no, never, without, rather than, instead of …) scopes forward over a few words within its
 * clause; "VRAM is not the problem" scopes backward onto the subject. Cues that strengthen instead of deny ("not
 * only", "not just", "without doubt", "not enough RAM") are not negations.
 */
final class Negation {

    /** How many words may stand between a cue and the phrase it negates. */
    private static final int FORWARD_WINDOW = 5;
    private static final int BACKWARD_WINDOW = 3;

    private static final Set<String> CUES = stems("not", "no", "never", "without", "none", "nor", "neither", "nothing",
            "avoid", "skip", "against");
    /** "instead of X", "rather than X", "before assuming X": the second word is stemmed with the first. */
    private static final Set<String> TWO_WORD_CUES = Set.of(pair("instead", "of"), pair("rather", "than"),
            pair("before", "assuming"), pair("before", "concluding"), pair("before", "blaming"),
            pair("before", "deciding"));
    private static final Set<String> STRENGTHENERS = stems("only", "just", "merely", "doubt", "question");
    private static final Set<String> SHORTAGE = stems("enough", "sufficient", "adequate");
    private static final Set<String> DISMISSED_ROLES = stems("problem", "issue", "bottleneck", "cause", "culprit",
            "constraint", "limit", "limiting", "blame", "fault", "answer", "fix", "solution", "factor", "reason",
            "matter", "help", "need", "necessary", "relevant", "suspect", "saturated", "full", "busy", "maxed",
            "first", "main", "real", "priority", "worth", "concern", "stressed", "pressure", "used", "do");

    private Negation() {
    }

    static boolean negates(List<Token> tokens, int first, int last) {
        return negatedBefore(tokens, first) || negatedAfter(tokens, last);
    }

    private static boolean negatedBefore(List<Token> tokens, int first) {
        int clause = tokens.get(first).clause();
        for (int c = first - 1; c >= 0 && first - c <= FORWARD_WINDOW && tokens.get(c).clause() == clause; c--) {
            int cueLength = cueLength(tokens, c);
            if (cueLength > 0 && c + cueLength <= first && !strengthens(tokens, c + cueLength, first)) {
                return true;
            }
        }
        return false;
    }

    private static boolean negatedAfter(List<Token> tokens, int last) {
        int clause = tokens.get(last).clause();
        for (int p = last + 1; p < tokens.size() && p - last <= BACKWARD_WINDOW && tokens.get(p).clause() == clause;
                p++) {
            if (!CUES.contains(tokens.get(p).stem())) {
                continue;
            }
            boolean clauseEnds = p + 1 >= tokens.size() || tokens.get(p + 1).clause() != clause;
            return clauseEnds || dismissesRole(tokens, p + 1, clause);
        }
        return false;
    }

    private static boolean dismissesRole(List<Token> tokens, int from, int clause) {
        for (int i = from; i < tokens.size() && i - from < 4 && tokens.get(i).clause() == clause; i++) {
            if (DISMISSED_ROLES.contains(tokens.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    private static int cueLength(List<Token> tokens, int i) {
        String stem = tokens.get(i).stem();
        if (CUES.contains(stem)) {
            return 1;
        }
        boolean twoWord = i + 1 < tokens.size() && TWO_WORD_CUES.contains(stem + " " + tokens.get(i + 1).stem());
        return twoWord ? 2 : 0;
    }

    private static boolean strengthens(List<Token> tokens, int from, int to) {
        if (from < tokens.size() && STRENGTHENERS.contains(tokens.get(from).stem())) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (SHORTAGE.contains(tokens.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    private static String pair(String first, String second) {
        return Stemmer.stem(first) + " " + Stemmer.stem(second);
    }

    static Set<String> stems(String... words) {
        return Stream.of(words).map(Stemmer::stem).collect(Collectors.toUnmodifiableSet());
    }
}
