package dev.praxis.quiz.grading;

/**
 * A deliberately light suffix stemmer. It only has to map the inflections a learner uses onto the same stem the
 * rubric author's phrase gets ("swapping", "swaps", "swap" → "swap"; "throttled", "throttling" → "throttl"), and
 * it is applied identically to both sides, so over-stemming is harmless while missing an inflection is not.
 */
public final class Stemmer {

    private static final int MIN_STEM = 3;

    private Stemmer() {
    }

    public static String stem(String word) {
        if (word.length() <= MIN_STEM || !word.chars().allMatch(c -> c < 128)) {
            return word;
        }
        String w = word;
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
