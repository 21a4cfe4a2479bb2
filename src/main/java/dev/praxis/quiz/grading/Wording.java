package dev.praxis.quiz.grading;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a rubric item can be said: phrases (matched over stems, tolerant of case, punctuation and inflection)
 * and, where a phrase is not enough, regular expressions over the original text. Either kind only counts when it is
 * not negated.
 */
public record Wording(List<Phrase> phrases, List<Pattern> patterns) {

    public Wording {
        phrases = List.copyOf(phrases);
        patterns = List.copyOf(patterns);
    }

    /** The learner's own words for the earliest affirmed occurrence (the longest one there), if any. */
    Optional<String> firstAffirmed(AnswerText answer) {
        List<Token> tokens = answer.tokens();
        int[] best = null;
        for (Phrase phrase : phrases) {
            Optional<int[]> span = phrase.firstAffirmed(tokens);
            if (span.isPresent() && (best == null || earlierOrLonger(span.get(), best))) {
                best = span.get();
            }
        }
        if (best != null) {
            return Optional.of(answer.quote(best[0], best[1]));
        }
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(answer.original());
            while (m.find()) {
                int first = firstTokenFrom(tokens, m.start());
                int last = lastTokenBefore(tokens, m.end());
                if (first >= 0 && last >= first && !Negation.negates(tokens, first, last)) {
                    return Optional.of(m.group());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean earlierOrLonger(int[] span, int[] best) {
        return span[0] < best[0] || (span[0] == best[0] && span[1] > best[1]);
    }

    private static int firstTokenFrom(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }

    private static int lastTokenBefore(List<Token> tokens, int offset) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).start() < offset) {
                return i;
            }
        }
        return -1;
    }
}
