package dev.praxis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a rubric's regular expression over a learner's text with a bounded amount of work. Rubric patterns come from
 * files an instructor edits in the browser; Java's matcher backtracks, and a pattern such as {@code (\w*)*\1x}
 * (a back-reference turns off the matcher's memo) needs minutes or hours on 30 letters, holding a request thread
 * the whole time. Each search here may read at most {@link #STEPS} characters (the matcher reads one per step of
 * its search): the linear patterns rubrics use read a few per character of an answer of a few thousand characters.
 * A pattern that runs out is logged with its text and counts as not found beyond the matches it reported before.
 */
public final class BoundedRegex {

    /** Characters one search may read: far above a linear pattern on the longest answer, a few milliseconds. */
    static final long STEPS = 2_000_000;

    private static final Logger log = LoggerFactory.getLogger(BoundedRegex.class);

    private BoundedRegex() {
    }

    /** Every match of the pattern in the text, in order, as far as the budget reached. */
    public static List<MatchResult> findAll(Pattern pattern, String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(new Budgeted(text, STEPS));
        try {
            while (matcher.find()) {
                found.add(matcher.toMatchResult());
            }
        } catch (OutOfSteps e) {
            log.warn("Pattern '{}' gave up after {} steps on a {}-character text: it backtracks without bound. "
                    + "Rewrite it without nested repetition or back-references.", pattern.pattern(), STEPS,
                    text.length());
        }
        return found;
    }

    /** Whether the pattern occurs in the text within the budget. */
    public static boolean find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(new Budgeted(text, STEPS));
        try {
            return matcher.find();
        } catch (OutOfSteps e) {
            log.warn("Pattern '{}' gave up after {} steps on a {}-character text: it backtracks without bound. "
                    + "Rewrite it without nested repetition or back-references.", pattern.pattern(), STEPS,
                    text.length());
            return false;
        }
    }

    /** The text as the matcher reads it, one step per character read. */
    private static final class Budgeted implements CharSequence {

        private final String text;
        private long left;

        Budgeted(String text, long steps) {
            this.text = text;
            this.left = steps;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw new OutOfSteps();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Thrown inside the matcher when the budget is spent; never leaves this class. */
    private static final class OutOfSteps extends RuntimeException {

        OutOfSteps() {
            super(null, null, false, false);
        }
    }
}
