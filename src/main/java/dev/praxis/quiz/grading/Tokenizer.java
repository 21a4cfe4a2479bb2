package dev.praxis.quiz.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into stemmed {@link Token}s, keeping offsets into the original text. Contractions are expanded
 * ("isn't" → "is not", "can't" → "can not") so that a negation reads the same however it was typed; sentence ends
 * and clause breaks (commas, "but", "however" …) are recorded because negation does not reach across them.
 */
final class Tokenizer {

    private static final Set<String> CLAUSE_WORDS = Set.of("but", "however", "although", "though", "whereas",
            "yet", "while");

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int sentence = 0;
        int clause = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                int end = wordEnd(text, i);
                String word = text.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                if (CLAUSE_WORDS.contains(word)) {
                    clause++;
                }
                for (String part : expand(word)) {
                    tokens.add(new Token(Stemmer.stem(part), start, end, sentence, clause));
                }
                i = end;
                continue;
            }
            if (endsSentence(text, i, cp)) {
                sentence++;
                clause++;
            } else if (cp == ',' || cp == '(' || cp == ')' || cp == '\u2014' || cp == '\u2013' || cp == '|') {
                clause++;
            }
            i += Character.charCount(cp);
        }
        return tokens;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
            } else if ((cp == '\'' || cp == '\u2019') && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean endsSentence(String text, int i, int cp) {
        if (cp == '.') {
            // a dot inside a number or a file name ("3.5", "nvidia-smi.exe") does not end a sentence
            return i + 1 >= text.length() || !Character.isLetterOrDigit(text.codePointAt(i + 1));
        }
        return cp == '!' || cp == '?' || cp == ';' || cp == ':' || cp == '\n' || cp == '\u2022';
    }

    private static List<String> expand(String word) {
        if (word.equals("cannot")) {
            return List.of("can", "not");
        }
        int apostrophe = word.indexOf('\'');
        if (apostrophe < 0) {
            return List.of(word);
        }
        if (word.endsWith("n't")) {
            String base = switch (word) {
                case "won't" -> "will";
                case "can't" -> "can";
                case "shan't" -> "shall";
                default -> word.substring(0, word.length() - 3);
            };
            return List.of(base, "not");
        }
        return List.of(word.substring(0, apostrophe));
    }
}
