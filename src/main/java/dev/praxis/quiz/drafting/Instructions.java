package dev.praxis.quiz.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clauses of an answer that tell what to do: "Keep the ClusterIP Service", "I'd raise the threshold", "- add a
 * readiness probe", "you should set …". Each is given as [start, end) character offsets into the answer.
 */
final class Instructions {

    /** Clause boundaries: sentence ends, semicolons, line breaks, a colon or comma before a word, " so ", " and then ". */
    private static final Pattern BOUNDARY = Pattern.compile("[.;!?]+(?=\\s|$)|\\n+|[:,](?=\\s+[A-Za-z])|\\s(?=so\\s)"
            + "|\\s(?=then\\s)|\\s(?=but\\s)");
    /** What may stand before the verb of an instruction: bullets, "I'd", "just", "you should", "then". */
    private static final Pattern LEAD = Pattern.compile("^(?:[-*\\u2022>]|\\d+[.)])?\\s*(?:(?:so|and|then|but|"
            + "just|simply|also|first|instead|better|rather|i'd|i would|i'll|i will|i'm going to|we'd|we should|we "
            + "need to|we must|you should|you need to|you must|you can|they should|the fix is to|the solution is to"
            + "|fix:|solution:)\\s+)*", Pattern.CASE_INSENSITIVE);

    private Instructions() {
    }

    static List<int[]> in(String answer) {
        List<int[]> clauses = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(answer);
        int start = 0;
        while (true) {
            boolean found = boundary.find();
            int end = found ? boundary.start() : answer.length();
            if (end > start) {
                add(answer, start, end, clauses);
            }
            if (!found) {
                break;
            }
            start = boundary.end();
        }
        return clauses;
    }

    private static void add(String answer, int start, int end, List<int[]> clauses) {
        String clause = answer.substring(start, end);
        Matcher lead = LEAD.matcher(clause.stripLeading());
        String rest = lead.find() ? clause.stripLeading().substring(lead.end()) : clause.stripLeading();
        List<Words.Word> words = Words.of(rest);
        if (words.size() < 2 || words.get(0).code() || !Character.isLetter(rest.isEmpty() ? ' ' : rest.charAt(0))) {
            return;
        }
        String[] leading = rest.split("\\s+", 3);
        String first = leading[0].toLowerCase(Locale.ROOT);
        if (leading.length > 1 && leading[1].toLowerCase(Locale.ROOT).matches("not|never|n't")) {
            return; // "restart not help the database": a verb denied, not an instruction
        }
        // "Set", "Use" and their kin as the clause's first word; "uses", "using", "set up by" are not instructions
        boolean inflected = first.endsWith("s") && !first.endsWith("ss") || first.endsWith("ing")
                || first.endsWith("ed");
        String verb = words.get(0).stem();
        if (RubricDrafter.IMPERATIVES.contains(verb) && first.equals(words.get(0).text())
                && !inflected) {
            clauses.add(new int[] {start, end});
        }
    }
}
