package dev.praxis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into stemmed {@link Token}s, keeping offsets into the original text. English contractions are expanded
 * ("isn't" → "is not", "can't" → "can not") so that a negation reads the same however it was typed; an apostrophe
 * inside a Ukrainian word ("пам'ять") is part of the word. Sentence ends and clause breaks (commas, dashes,
 * brackets and the connectives of {@link Lexicon#CLAUSE_WORDS}) are recorded because negation and stance do not
 * reach across them.
 */
public final class Tokenizer {

    /** "that's wrong" is "that is wrong"; "people's instinct" stays a possessive. */
    private static final Set<String> PRONOUNS_WITH_IS = Set.of("that", "it", "this", "what", "there", "here", "he",
            "she", "which", "who", "where");

    /** "dont", "isnt", "wont": contractions typed without their apostrophe (not "cant", a word of its own). */
    private static final Set<String> NEGATIONS_TYPED_WITHOUT_APOSTROPHE = Set.of("dont", "doesnt", "didnt", "isnt",
            "arent", "wasnt", "werent", "wont", "wouldnt", "shouldnt", "couldnt", "hasnt", "havent", "neednt");

    /** "APIs", "GPUs", "SSDs": the plural of an acronym, which the stemmer cannot tell from "this" or "apis". */
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,}s");

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
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
                String word = text.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                        .replace('\u02bc', '\'');
                if (Lexicon.CLAUSE_WORDS.contains(word) && !tokens.isEmpty()
                        && tokens.get(tokens.size() - 1).clause() == clause) {
                    clause++;
                }
                if (ACRONYM_PLURAL.matcher(text.substring(start, end)).matches()) {
                    word = word.substring(0, word.length() - 1);
                }
                for (String part : expand(word)) {
                    tokens.add(new Token(Stemmer.stem(part), part, start, end, sentence, clause));
                }
                i = end;
                continue;
            }
            if (endsSentence(text, i, cp)) {
                if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).sentence() == sentence) {
                    sentence++;
                    clause++;
                }
            } else if (breaksClause(text, i, cp) && !tokens.isEmpty()
                    && tokens.get(tokens.size() - 1).clause() == clause) {
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
            } else if ((cp == '\'' || cp == '\u2019' || cp == '\u02bc') && i + 1 < n
                    && Character.isLetter(text.codePointAt(i + 1))) {
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
        if (cp == ':') {
            return true;
        }
        // an emoji closes its sentence in chat ("keep the laptop 👍 api stuff doesnt need a gpu"); "80°C" goes on
        return cp == '!' || cp == '?' || cp == ';' || cp == '\n' || cp == '\u2022' || cp == '\u2026'
                || Character.getType(cp) == Character.OTHER_SYMBOL && cp != '\u00b0';
    }

    private static boolean breaksClause(String text, int i, int cp) {
        if (cp == '-') {
            // " - " between words is a dash; "gpu-bound" is one compound
            return i > 0 && i + 1 < text.length() && Character.isWhitespace(text.codePointAt(i - 1))
                    && Character.isWhitespace(text.codePointAt(i + 1));
        }
        // an arrow links a cause to what follows from it ("disk full → clean it"), two clauses
        return cp == ',' || cp == '(' || cp == ')' || cp == '\u2014' || cp == '\u2013' || cp == '|'
                || cp >= '\u2190' && cp <= '\u21ff';
    }

    private static List<String> expand(String word) {
        if (word.equals("cannot")) {
            return List.of("can", "not");
        }
        if (NEGATIONS_TYPED_WITHOUT_APOSTROPHE.contains(word)) {
            return List.of(word.equals("wont") ? "will" : word.substring(0, word.length() - 2), "not");
        }
        int apostrophe = word.indexOf('\'');
        if (apostrophe < 0 || !isLatin(word)) {
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
        String base = word.substring(0, apostrophe);
        return word.endsWith("'s") && PRONOUNS_WITH_IS.contains(base) ? List.of(base, "is") : List.of(base);
    }

    private static boolean isLatin(String word) {
        return word.chars().allMatch(c -> c < 0x250);
    }
}
