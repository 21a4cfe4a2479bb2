package dev.praxis.quiz.drafting;

import dev.praxis.text.Stemmer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words of a text as the drafter reads them: split like the grader's tokenizer (runs of letters and digits), each
 * with its stem, its place and whether it stands inside a code span. Also says which words carry meaning: not the
 * glue of English, not the verbs every answer uses.
 */
final class Words {

    /** Words that never make a rubric phrase on their own: grammar, hedges and verbs every answer uses. */
    private static final Set<String> STOP = stems("a", "an", "the", "and", "or", "but", "if", "then", "than", "so",
            "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "over", "under", "about", "as",
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had",
            "it", "its", "this", "that", "these", "those", "there", "here", "their", "they", "them", "you", "your",
            "we", "our", "us", "i", "my", "me", "he", "she", "his", "her", "who", "whom", "which", "what", "when",
            "where", "why", "how", "will", "would", "can", "could", "should", "shall", "may", "might", "must", "not",
            "no", "nor", "any", "some", "all", "each", "every", "both", "either", "neither", "one", "other", "others",
            "another", "such", "same", "own", "only", "just", "also", "too", "very", "much", "many", "more", "most",
            "less", "least", "few", "lot", "lots", "still", "even", "yet", "already", "again", "ever", "never",
            "because", "since", "while", "though", "although", "whether", "unless", "until", "before", "after",
            "during", "through", "via", "per", "e", "g", "eg", "ie", "etc", "vs", "instead", "rather", "first",
            "second", "then", "next", "now", "later", "up", "down", "out", "off", "back", "away", "well", "way",
            "thing", "things", "something", "anything", "nothing", "everything", "someone", "anyone", "everyone",
            "use", "used", "using", "make", "makes", "made", "get", "gets", "got", "let", "lets", "need", "needs",
            "want", "wants", "see", "say", "says", "said", "go", "goes", "going", "come", "take", "takes", "give",
            "gives", "put", "keep", "keeps", "know", "think", "look", "looks", "find", "finds", "try", "tries",
            "work", "works", "happen", "happens", "mean", "means", "case", "cases", "time", "times", "part", "kind",
            "sort", "type", "point", "answer", "question", "problem", "issue", "fix", "example", "instance",
            "usually", "often", "always", "sometimes", "simply", "really", "actually", "exactly", "likely",
            "probably", "perhaps", "maybe", "whole", "entire", "able", "sure", "good", "bad", "better", "best",
            "new", "old", "right", "wrong", "true", "false", "yes", "ok", "okay", "itself", "themselves", "meant",
            "whatever", "whichever", "without", "worth", "therefore", "thus", "hence", "otherwise", "anyway", "rest", "x", "s", "t", "d", "ll", "re", "ve");

    /** Words that mean something but are too common in technical prose to identify one idea. */
    private static final Set<String> GENERIC = stems("system", "systems", "data", "file", "files", "server",
            "servers", "service", "services", "user", "users", "team", "change", "changes", "run", "runs", "running",
            "set", "sets", "check", "checks", "add", "adds", "create", "creates", "show", "shows", "allow", "allows",
            "help", "helps", "start", "starts", "stop", "stops", "call", "calls", "read", "reads", "write", "writes",
            "step", "steps", "value", "values", "number", "level", "state", "thing", "option", "options", "result",
            "results", "approach", "solution", "way", "ways", "reason", "reasons", "instead", "because", "current",
            "correct", "important", "different", "specific", "certain", "real", "simple", "easy", "hard", "small",
            "large", "big", "high", "low", "long", "short", "fast", "slow", "safe", "clear", "full", "free", "open",
            "close", "name", "names", "place", "places", "end", "ends", "order", "form", "day", "days", "week",
            "hour", "hours", "minute", "minutes", "second", "seconds", "year", "years");

    private Words() {
    }

    /**
     * One word: lower-cased text, stem, character span, whether it sits in a code span and whether it was written as
     * an acronym (TTL, OOM, SPF).
     */
    record Word(String text, String stem, int start, int end, boolean code, boolean acronym) {

        boolean meaningful() {
            return !STOP.contains(stem) && (text.length() > 1 || Character.isDigit(text.charAt(0)));
        }

        boolean distinctive() {
            return meaningful() && !GENERIC.contains(stem);
        }
    }

    /** The words of {@code text}; backtick spans mark their words as code. */
    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        boolean code = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (cp == '`') {
                code = !code;
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.codePointAt(i)) || isInnerApostrophe(text, i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                String word = text.substring(start, i).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                int apostrophe = word.indexOf('\'');
                String bare = apostrophe < 0 ? word : word.substring(0, apostrophe);
                if (word.endsWith("n't")) {
                    bare = "not";
                }
                String original = text.substring(start, i);
                boolean acronym = original.length() >= 2 && original.length() <= 6
                        && original.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                        && original.chars().anyMatch(Character::isLetter);
                words.add(new Word(bare, Stemmer.stem(bare), start, i, code, acronym));
                continue;
            }
            i += Character.charCount(cp);
        }
        return words;
    }

    static Set<String> stemsOf(String text) {
        return of(text).stream().filter(Word::meaningful).map(Word::stem).collect(Collectors.toSet());
    }

    private static boolean isInnerApostrophe(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
                && i > 0 && Character.isLetter(text.charAt(i - 1));
    }

    static Set<String> stems(String... words) {
        return Stream.of(words).map(Stemmer::stem).collect(Collectors.toUnmodifiableSet());
    }
}
