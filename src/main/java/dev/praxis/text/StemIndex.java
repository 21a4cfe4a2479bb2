package dev.praxis.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each stem of a text stands, and where the words beginning with each letter stand: a phrase is looked for only
 * at the words that can open it ({@link Phrase#occurrences(AnalysedText)}) instead of at every word. A rubric holds
 * hundreds of phrases and a typical answer some fifty words, and most phrases open with none of them.
 */
final class StemIndex {

    private static final int[] NONE = new int[0];

    private final Map<String, int[]> byStem;
    private final Map<Character, int[]> byFirstLetter;

    StemIndex(List<Token> tokens) {
        Map<String, IntList> stems = new HashMap<>();
        Map<Character, IntList> letters = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String stem = tokens.get(i).stem();
            stems.computeIfAbsent(stem, s -> new IntList()).add(i);
            if (!stem.isEmpty()) {
                letters.computeIfAbsent(stem.charAt(0), c -> new IntList()).add(i);
            }
        }
        byStem = new HashMap<>();
        stems.forEach((stem, positions) -> byStem.put(stem, positions.toArray()));
        byFirstLetter = new HashMap<>();
        letters.forEach((letter, positions) -> byFirstLetter.put(letter, positions.toArray()));
    }

    /** The indexes of the words with exactly this stem, in text order. */
    int[] withStem(String stem) {
        return byStem.getOrDefault(stem, NONE);
    }

    /** The indexes of the words whose stem begins with this letter, in text order. */
    int[] startingWith(char letter) {
        return byFirstLetter.getOrDefault(letter, NONE);
    }

    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
