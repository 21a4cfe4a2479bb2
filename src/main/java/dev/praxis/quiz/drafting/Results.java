package dev.praxis.quiz.drafting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The result of a calculation the model answer makes ("Budget in minutes = 43,200 x 0.005 = **216 minutes**"): for a
 * question that asks for a quantity ("How many minutes …?", "What is the burn rate …?", "Approximately how likely
 * …?") the result is the decision, and another number with a result's unit ("2,160 minutes", "90.4%") is another
 * result. Read from the model answer alone: the figures it sets in bold, else the last figure of its last sentence
 * with a figure.
 */
final class Results {

    /** A question that asks for a number. */
    static final Pattern QUANTITY_QUESTION = Pattern.compile("\\bhow (?:many|much|long|likely|often)\\b|"
            + "\\bwhat is the\\b[^?]{0,40}\\b(?:rate|availability|probability|chance|percentage|ratio|total|cost)\\b|"
            + "\\bcalculate\\b|\\bapproximately\\b", Pattern.CASE_INSENSITIVE);
    /** A short label that introduces a calculation: "Calculation:", "Burn rate calculation:", "The math:". */
    static final Pattern CALCULATION_LABEL = Pattern.compile("\\b(?:calculation|math|maths|arithmetic)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?";
    private static final String ANY_NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final Map<String, String> UNITS = units();
    /** A figure and the word or sign after it: "216 minutes", "99.7%", "5.0". */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\w.,])" + NUMBER + "(?:\\s*(%)|\\s*([A-Za-z]+)\\b)?");

    private Results() {
    }

    /** A figure of the result: its value as written (without thousands separators) and its unit ("" for none). */
    record Figure(String value, String unit) {
    }

    /** The figures of the model answer's result: those in bold, else the last figure of its last sentence with one. */
    static List<Figure> of(String answerHtml, List<String> sentences) {
        Set<Figure> figures = new LinkedHashSet<>();
        groups(answerHtml, sentences).forEach(figures::addAll);
        return List.copyOf(figures);
    }

    /**
     * The results one by one: each bold span with figures is one ("**5.0**" and "**6 days**" answer "What is the burn
     * rate, and how long until …?"; "**216 minutes (3 hours 36 minutes)**" is one result written two ways).
     */
    static List<List<Figure>> groups(String answerHtml, List<String> sentences) {
        return groups(answerHtml, sentences, "");
    }

    /** "How many requests …?", "How long …?": the unit a question asks its number in. */
    private static final Pattern ASKED_UNIT = Pattern.compile("\\bhow\\s+(?:many\\s+([A-Za-z]+)|(long))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> TIME_UNITS = Set.of("millisecond", "second", "minute", "hour", "day");

    /**
     * As {@link #groups(String, List)}; without a figure in bold, the first figure in the unit the question asks for
     * ("How many requests …?" answered "… = 300,000 requests", a rate such as "1,000 requests/second" being no count of
     * them; "How long …?" answered "At least 3 minutes") is the
     * result before the last figure of the last sentence, which may belong to an aside ("t=2m").
     */
    static List<List<Figure>> groups(String answerHtml, List<String> sentences, String questionText) {
        List<List<Figure>> bold = groups(answerHtml, sentences, true);
        Matcher asked = ASKED_UNIT.matcher(questionText == null ? "" : questionText);
        if (!bold.isEmpty() || !asked.find()) {
            return bold.isEmpty() ? groups(answerHtml, sentences, false) : bold;
        }
        Set<String> units = asked.group(2) != null ? TIME_UNITS : Set.of(unit(asked.group(1)));
        for (String sentence : sentences) {
            // a rate ("200 requests/second", "10 requests per second") is not a count of requests
            String counts = sentence.replace("`", " ").replaceAll("(?i)(\\d)\\s*[A-Za-z]+\\s*(?:/|\\bper\\b)\\s*[A-Za-z]+",
                    "$1 rate");
            for (Figure figure : figures(counts)) {
                if (units.contains(figure.unit())) {
                    return List.of(List.of(figure));
                }
            }
        }
        return groups(answerHtml, sentences, false);
    }

    private static List<List<Figure>> groups(String answerHtml, List<String> sentences, boolean boldOnly) {
        List<List<Figure>> groups = new ArrayList<>();
        Set<Figure> seen = new LinkedHashSet<>();
        if (answerHtml != null) {
            for (Element strong : Jsoup.parseBodyFragment(answerHtml).select("strong, b")) {
                List<Figure> group = figures(strong.text()).stream().filter(seen::add).toList();
                if (!group.isEmpty()) {
                    groups.add(group);
                }
            }
        }
        if (groups.isEmpty() && !boldOnly) {
            for (int i = sentences.size() - 1; i >= 0; i--) {
                List<Figure> last = figures(sentences.get(i).replace("`", " "));
                if (!last.isEmpty()) {
                    groups.add(List.of(last.get(last.size() - 1)));
                    break;
                }
            }
        }
        return groups;
    }

    /** The figures of a text, each with the unit after it when the word after it is one ("per", "of" are not). */
    static List<Figure> figures(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher figure = FIGURE.matcher(text);
        while (figure.find()) {
            String value = figure.group(1).replace(",", "") + (figure.group(2) == null ? "" : "." + figure.group(2));
            String unit = figure.group(3) != null ? "%" : unit(figure.group(4));
            figures.add(new Figure(value, unit));
        }
        return figures;
    }

    /** The regular expressions that find one of the result's figures in an answer (a percentage also as a fraction). */
    static List<String> patterns(List<Figure> figures) {
        List<String> patterns = new ArrayList<>();
        for (Figure figure : figures) {
            // "216" is the result however it is written; "6" only with its unit ("6 days")
            boolean bare = figure.value().matches("\\d{1,2}");
            String unit = figure.unit().isEmpty() ? ""
                    : "(?:\\s*" + unitPattern(figure.unit()) + ")" + (bare ? "" : "?");
            patterns.add("(?i)(?<![\\w.,])" + value(figure.value()) + unit);
            if (figure.unit().equals("%")) {
                java.math.BigDecimal fraction = new java.math.BigDecimal(figure.value()).movePointLeft(2);
                patterns.add("(?<![\\w.,])" + value(fraction.toPlainString()));
            }
        }
        return patterns;
    }

    /**
     * For each unit of the result, a number with that unit that neither the model answer nor the question gives with it:
     * "2,160 minutes" where the module computes 216 minutes from 43,200.
     */
    static List<String> otherResults(List<Figure> result, String modelAnswer, String questionText) {
        Map<String, Set<String>> given = new LinkedHashMap<>();
        for (Figure figure : result) {
            if (!figure.unit().isEmpty()) {
                given.computeIfAbsent(figure.unit(), u -> new LinkedHashSet<>()).add(figure.value());
            }
        }
        for (Figure figure : figures(modelAnswer.replace("`", " ") + "\n" + questionText.replace("`", " "))) {
            if (given.containsKey(figure.unit())) {
                given.get(figure.unit()).add(figure.value());
            }
        }
        List<String> patterns = new ArrayList<>();
        given.forEach((unit, values) -> {
            List<String> known = values.stream().map(Results::value).toList();
            String unitPattern = "\\s*" + unitPattern(unit);
            patterns.add("(?i)(?<![\\w.,])(?!(?:" + String.join("|", known) + ")" + unitPattern + ")" + ANY_NUMBER
                    + unitPattern);
        });
        return patterns;
    }

    /** A value as it may be written: thousands separated or not, trailing zeros of a decimal left off or not. */
    private static String value(String value) {
        String[] parts = value.split("\\.");
        String whole = parts[0];
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(",?");
            }
            grouped.append(whole.charAt(i));
        }
        String decimals = parts.length > 1 ? parts[1].replaceFirst("0+$", "") : "";
        String tail = decimals.isEmpty() ? "(?:\\.0+)?" : "\\." + decimals + "0*";
        return grouped + tail + "(?![\\d]|[.,]\\d)";
    }

    private static String unitPattern(String unit) {
        String words = UNITS.entrySet().stream().filter(e -> e.getValue().equals(unit)).map(Map.Entry::getKey)
                .reduce((a, b) -> a + "|" + b).orElse(Pattern.quote(unit) + "s?");
        return unit.equals("%") ? "(?:%|percent\\b)" : "(?:" + words + ")\\b";
    }

    /** The unit a word names: a word of time or a plain noun ("requests"); words that carry on the sentence are none. */
    private static String unit(String word) {
        if (word == null) {
            return "";
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (UNITS.containsKey(lower)) {
            return UNITS.get(lower);
        }
        if (lower.length() < 2 || Set.of("per", "of", "and", "or", "to", "in", "at", "on", "by", "an", "as", "if", "it",
                "is", "so", "be", "we", "no", "up", "for", "the", "x").contains(lower)) {
            return "";
        }
        return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        for (String w : List.of("minutes", "minute", "mins", "min")) {
            units.put(w, "minute");
        }
        for (String w : List.of("hours", "hour", "hrs", "hr", "h")) {
            units.put(w, "hour");
        }
        for (String w : List.of("days", "day")) {
            units.put(w, "day");
        }
        for (String w : List.of("seconds", "second", "secs", "sec", "s")) {
            units.put(w, "second");
        }
        for (String w : List.of("milliseconds", "millisecond", "ms")) {
            units.put(w, "millisecond");
        }
        units.put("percent", "%");
        return units;
    }
}
