package dev.praxis.content.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The labels that open a prediction prompt, and the rule for when a label really opens one. */
final class PromptLabels {

    static final List<String> LABELS = List.of(
            "Pause and predict", "Stop and think", "Active learning prompt", "Active check", "Try this", "Try it yourself",
            "Pause and decide", "What would happen if", "Decision check", "Stop and decide", "Pause and reflect",
            "Check for understanding", "Before running", "Check yourself", "Design checkpoint", "Stop and reason",
            "Which approach would you choose", "Design prompt", "Reflection prompt", "Prediction prompt",
            "Now you solve it",
            "Зупиніться та подумайте", "Зупиніться та поміркуйте", "Активне навчання", "Спробуйте зараз",
            "Спробуйте самі", "Подумайте про це", "Перш ніж продовжити", "Запит на активне навчання",
            "Підказка для активного навчання",
            "Який підхід ви б обрали", "Подумайте", "Що станеться, якщо",
            "Спробуйте це");

    /** Labels that are the start of the question itself, so plain words may follow them. */
    private static final List<String> QUESTION_LABELS = List.of("What would happen if", "Which approach would you choose",
            "Який підхід ви б обрали", "Подумайте", "Що станеться, якщо");

    private static final Pattern OPENING;

    /** An opening sentence that ends in a question mark (no sentence ends before it). */
    private static final Pattern ASKS = Pattern.compile("^[ \\t]+[^.!?:\\n]{1,240}\\?");
    /** The same, where the question may follow an instruction and a colon ("…, decide what you expect: will it …?"). */
    private static final Pattern ASKS_AFTER_INSTRUCTION = Pattern.compile("^[ \\t]+[^.!?\\n]{1,300}\\?");
    /** An opening sentence that asks for a prediction in so many words ("…, predict which side runs first."). */
    private static final Pattern ASKS_TO_PREDICT = Pattern.compile(
            "^,?[ \\t]+[^.!?\\n]{0,120}?\\b(?:predict|guess|передбачте|спрогнозуйте|вгадайте|припустіть)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A few words that qualify the label before its colon: "Stop and think before you go on:", "Which approach would
     * you choose here and why:", uk "Зупиніться та подумайте, перш ніж продовжити:". No sentence ends on the way.
     */
    private static final Pattern QUALIFIED = Pattern.compile(
            "^,?[ \\t]+(?:[\\p{L}\\p{N}'’-]+,?[ \\t]*){1,6}[*_]*[:—–][*_]*(?:\\s|$)");

    static {
        StringBuilder alternatives = new StringBuilder();
        for (String label : LABELS) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(label));
        }
        // "Pause and …", "Stop and …" and the Ukrainian "Зупиніться та/й/і …" take any verb: real modules write
        // "Stop and explain", "Зупиніться й передбачте", "Зупиніться й вирішіть" beside the listed ones
        alternatives.append("|(?:pause|stop)\\s+and\\s+\\p{L}+|зупиніться\\s+(?:та|й|і)\\s+\\p{L}+");
        // "Active Learning Prompt" is translated several ways ("Запит на активне навчання", "Підказка для активного
        // навчання") and renamed in English ("Active Learning Exercise"): any short label around "active learning"
        alternatives.append("|active\\s+learning(?:\\s+\\p{L}+)?|(?:\\p{L}+\\s+){0,3}активн\\p{L}*\\s+навчанн\\p{L}*");
        // uk "Перш ніж запускати …, вирішіть …?" (or "Перед тим як запустити …") is "Before running …": a prompt only
        // when that sentence asks
        alternatives.append("|(?:перш\\s+ніж|перед\\s+тим\\s*,?\\s+як)\\s+(?:запускати|запустити|виконати|виконувати)");
        OPENING = Pattern.compile("^[\\s>]*(\\*\\*|__|\\*|_)?\\s*(" + alternatives + ")(.*)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    private PromptLabels() {
    }

    /**
     * The label when this Markdown source opens with one: the label must start the block, and be followed by a
     * separator ({@code :}, a dash, a parenthesis such as "(5 minutes)", the end of the emphasis or the line). A
     * label in the middle of prose, or a sentence that merely begins with the same words, is not a prompt.
     */
    static Optional<String> labelOf(String markdown) {
        Matcher matcher = OPENING.matcher(markdown);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String label = canonical(matcher.group(2));
        String rest = matcher.group(3);
        String afterEmphasis = rest.replaceFirst("^[*_]+", "");
        boolean emphasised = matcher.group(1) != null;
        if (afterEmphasis.isEmpty() || separator(afterEmphasis) || qualified(label, rest)) {
            return Optional.of(label);
        }
        if (QUESTION_LABELS.contains(label) && emphasised && afterEmphasis.startsWith(" ")) {
            return Optional.of(label);
        }
        return Optional.empty();
    }

    /** Only labels that cannot start an ordinary instruction take a qualifier ("Try this command: …" stays prose). */
    private static boolean qualified(String label, String rest) {
        boolean question = QUESTION_LABELS.contains(label)
                || label.toLowerCase(Locale.ROOT).matches("(?:pause|stop|зупиніться)\\s.*");
        if (question && QUALIFIED.matcher(rest).find()) {
            return true;
        }
        // "Before running this inspection, what output do you expect …?": the opening sentence is itself the question
        if (label.equals("Before running") || label.toLowerCase(Locale.ROOT).matches("(?:перш|перед)\\s.*")) {
            return ASKS_AFTER_INSTRUCTION.matcher(rest).find() || ASKS_TO_PREDICT.matcher(rest).find();
        }
        return question && ASKS.matcher(rest).find();
    }

    private static boolean separator(String rest) {
        String trimmed = rest.stripLeading();
        if (rest.startsWith("\n") || rest.startsWith("\r") || trimmed.isEmpty()) {
            return true;
        }
        char first = trimmed.charAt(0);
        if (first == ':' || first == '—' || first == '–' || first == '(' || first == '?' || first == '.') {
            return true;
        }
        return first == '-' && !rest.startsWith("-");
    }

    private static String canonical(String written) {
        for (String label : LABELS) {
            if (label.toLowerCase(Locale.ROOT).equals(written.toLowerCase(Locale.ROOT))) {
                return label;
            }
        }
        return written;
    }
}
