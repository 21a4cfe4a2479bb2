package dev.praxis.text;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A deliberately light suffix stemmer for English and Ukrainian. It only has to map the inflections a writer uses
 * onto the same stem the author's phrase gets ("swapping", "swaps", "swap" → "swap"; "пам'яті", "пам'ять" →
 * "пам'ят"), and it is applied identically to both sides, so over-stemming is harmless while missing an inflection
 * is not.
 */
public final class Stemmer {

    private static final int MIN_STEM = 3;
    /** Ukrainian case, number and verb endings, longest first so "ами" is cut before "и". */
    private static final List<String> UKRAINIAN_ENDINGS = Stream.of("ування", "ювання", "ення", "ання", "ися", "ись",
            "ться", "ами", "ями", "ієї", "єї", "ого", "ому", "ими", "іми", "ій", "ий", "ої", "ою", "ею", "ів", "їв", "ам", "ям",
            "ах", "ях", "ом", "ем", "им", "их", "іх", "ли", "ла", "ло", "ує", "а", "я", "и", "і", "у", "ю",
            "е", "о", "й", "ь").sorted((a, b) -> b.length() - a.length()).toList();

    private Stemmer() {
    }

    public static String stem(String word) {
        if (word.length() <= MIN_STEM) {
            return word;
        }
        if (word.chars().allMatch(c -> c < 128)) {
            String stem = english(word);
            // "note" must not become the negation "not"
            return stem.equals("not") ? word : stem;
        }
        if (word.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
            return ukrainian(word);
        }
        return word;
    }

    /** The stems of some words, for comparing with {@link Token#stem()}. */
    public static Set<String> stems(String... words) {
        return Stream.of(words).map(Stemmer::stem).collect(Collectors.toUnmodifiableSet());
    }

    private static String ukrainian(String word) {
        for (String ending : UKRAINIAN_ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /** "thermally", "physically": an adverb this long on "-ally" reads as its adjective ("really", "usually" do not). */
    private static final int ALLY_ADVERB = 8;

    /** "using", "going": a verb of two letters and "-ing". */
    private static final int SHORT_ING = 5;

    private static String english(String word) {
        String w = word;
        if (w.endsWith("ally") && w.length() >= ALLY_ADVERB) {
            return english(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ied") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("is") && (!w.endsWith("us") || isChipPlural(w))) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && hasVowel(w, w.length() - 3) && w.length() - 3 >= MIN_STEM) {
            w = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ing") && w.length() == SHORT_ING && hasVowel(w, 2)) {
            // "using", "going", "doing": a two-letter stem takes back the "e" its other forms keep ("uses", "goes")
            w = w.substring(0, 2) + "e";
        } else if (w.endsWith("ed") && hasVowel(w, w.length() - 2) && w.length() - 2 >= MIN_STEM) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > MIN_STEM && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)
                && !isVowel(w.charAt(w.length() - 1))) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > MIN_STEM && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "gpus", "cpus", "tpus", "npus" are plurals, unlike "status" or "bus". */
    private static boolean isChipPlural(String w) {
        return w.length() == 4 && w.endsWith("pus");
    }

    private static boolean hasVowel(String w, int end) {
        for (int i = 0; i < end; i++) {
            if (isVowel(w.charAt(i)) || w.charAt(i) == 'y') {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
