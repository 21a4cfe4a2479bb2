package dev.praxis.lab.validation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Step 1, item 1: one paragraph about the next 3 to 6 months. */
final class WorkloadParagraphValidator implements ItemValidator {

    private static final Pattern SPAN = Pattern.compile("\\b(\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|twelve|few|couple of|several)\\s*(?:-|to)?\\s*(?:\\d+\\s*)?(months?|mos?|mths?|weeks?|years?|quarters?|semesters?)\\b"
            + "|\\b(?:next|this|coming) (month|quarter|semester|term|year)\\b|\\b(?:till|until|by) (?:the )?(?:summer"
            + "|spring|autumn|fall|winter|end of the year)\\b");
    private static final Pattern SOMEDAY = Pattern.compile("\\bsomeday\\b|\\bsome day\\b|\\beventually\\b"
            + "|\\bone day\\b|\\bin the future\\b|\\bforever\\b");
    private static final int MIN_WORDS = 8;

    @Override
    public String name() {
        return "workload-paragraph";
    }

    @Override
    public String source() {
        return "Hands-On Step 1; §1 'describe your next workload in one sentence' with a 3 to 6 month time box";
    }

    @Override
    public Check check(LabFacts facts) {
        String workload = facts.work().workload();
        if (LabText.blank(workload)) {
            return Check.notDone("1", "there is no workload paragraph");
        }
        int paragraphs = workload.strip().split("\\n\\s*\\n").length;
        int words = LabText.words(workload);
        Check check;
        if (words < MIN_WORDS) {
            check = Check.fail(LabText.quote(workload) + " is too short to describe 3 to 6 months of work: say what"
                    + " you will build or run.");
        } else if (paragraphs > 1) {
            check = Check.attention("You wrote " + paragraphs + " paragraphs; Step 1 asks for one paragraph about the"
                    + " next 3 to 6 months.");
        } else {
            check = horizon(workload).orElseGet(() -> Check.pass("Your workload paragraph (" + words + " words) sets"
                    + " a horizon and describes the work: " + LabText.quote(workload) + "."));
        }
        return check.with(facts.contradictions(workload));
    }

    /** What is wrong with the paragraph's time horizon, if anything (shared with the first success criterion). */
    static Optional<Check> horizon(String workload) {
        String folded = LabText.fold(workload);
        Matcher span = SPAN.matcher(folded);
        if (!span.find()) {
            return Optional.of(Check.attention("Your paragraph " + LabText.quote(workload) + " names no time horizon;"
                    + " the module plans for the next 3 to 6 months (§1: \u201cAsk what you need to accomplish in the"
                    + " next 3 to 6 months, not what you might theoretically do someday.\u201d)."));
        }
        double months = months(span);
        if (months > 9 || SOMEDAY.matcher(folded).find() && months > 6) {
            return Optional.of(Check.attention("Your paragraph plans for " + LabText.quote(span.group()) + "; the"
                    + " module's time box is the next 3 to 6 months (§1: \u201cunlimited future-proofing turns every"
                    + " decision into an excuse to overspend\u201d)."));
        }
        return Optional.empty();
    }

    private static double months(Matcher span) {
        if (span.group(1) == null) {
            String unit = span.group(3) == null ? "" : span.group(3);
            return unit.equals("year") ? 12 : unit.equals("quarter") ? 3 : unit.equals("semester") ? 5 : 1;
        }
        String count = span.group(1);
        double n = switch (count) {
            case "a", "one" -> 1;
            case "two", "couple of" -> 2;
            case "three", "few" -> 3;
            case "four", "several" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "twelve" -> 12;
            default -> Double.parseDouble(count);
        };
        String unit = span.group(2);
        return unit.startsWith("week") ? n / 4.3 : unit.startsWith("year") ? n * 12 : unit.startsWith("quarter")
                ? n * 3 : unit.startsWith("semester") ? n * 5 : n;
    }
}
