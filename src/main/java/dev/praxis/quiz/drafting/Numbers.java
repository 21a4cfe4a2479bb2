package dev.praxis.quiz.drafting;

import java.util.ArrayList;
import java.util.List;

/**
 * Regular expressions for the whole numbers on one side of a bound: a model answer's "`parallelism: 6` (or higher)"
 * is contradicted by "parallelism 2", not by "parallelism 8".
 */
final class Numbers {

    private Numbers() {
    }

    /** A whole number below {@code bound} ({@code below}) or above it, not followed by more digits or a decimal point. */
    static String beyond(long bound, boolean below) {
        String digits = Long.toString(bound);
        int length = digits.length();
        List<String> alternatives = new ArrayList<>();
        if (below) {
            if (length > 1) {
                alternatives.add("\\d{1," + (length - 1) + "}");
            }
            for (int i = 0; i < length; i++) {
                int digit = digits.charAt(i) - '0';
                if (digit > 0) {
                    alternatives.add(digits.substring(0, i) + "[0-" + (digit - 1) + "]" + rest(length - i - 1));
                }
            }
        } else {
            alternatives.add("[1-9]\\d{" + length + ",}");
            for (int i = 0; i < length; i++) {
                int digit = digits.charAt(i) - '0';
                if (digit < 9) {
                    alternatives.add(digits.substring(0, i) + "[" + (digit + 1) + "-9]" + rest(length - i - 1));
                }
            }
        }
        if (alternatives.isEmpty()) {
            return "(?!)";
        }
        return "(?<!\\d)(?:" + String.join("|", alternatives) + ")(?![\\d.]\\d|\\d)";
    }

    private static String rest(int digits) {
        return digits == 0 ? "" : "\\d{" + digits + "}";
    }
}
