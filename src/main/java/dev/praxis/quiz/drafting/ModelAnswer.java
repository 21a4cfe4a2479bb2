package dev.praxis.quiz.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A model answer as the drafter reads it: the visible text with code spans kept in backticks, without the label an
 * author put in front ("**Answer**:", "Correct answer: B."), cut into sentences.
 */
record ModelAnswer(String text, List<String> sentences) {

    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(?:(?:show |model |short |the )?(?:answer(?: and reasoning)?|explanation|solution|відповідь)"
                    + "\\s*[:.\\-—]\\s*)+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CHOICE_LABEL = Pattern.compile(
            "^\\s*(?:correct(?:\\s+answer)?(?:\\s+is)?\\s*[:\\-—]?\\s*)?\\(?[A-F]\\)?\\s*(?:[.:)\\-—]\\s*|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABBREVIATIONS = Pattern.compile("\\b(e\\.g|i\\.e|etc|vs|cf|approx)\\.",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"')\\]]?\\s+(?=[\\p{Lu}`\"'(\\[\\d])"
            + "|\\n\\s*\\n|\\n\\s*(?:[-*+]|\\d+[.)])\\s+");

    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d{1,2}[.)])\\s+");

    /** A terminal transcript: a code block whose first line is a command after a shell prompt ("$ vmstat 1"). */
    private static final Pattern TRANSCRIPT = Pattern.compile("^\\s*\\$\\s+\\S");

    static ModelAnswer of(String answerHtml, boolean choice) {
        String text = visibleText(withoutLeadingTranscript(answerHtml));
        text = LABEL.matcher(text).replaceFirst("");
        if (choice) {
            text = CHOICE_LABEL.matcher(text).replaceFirst("");
        }
        return new ModelAnswer(text.strip(), split(text));
    }

    /**
     * The answer without the command output it opens with ("$ iostat -xz 1" and its rows, then "The disk is highly
     * utilized …"): that output is the exhibit the question asks about, shown again; the answer is the prose that reads
     * it. A code block that is the answer itself (YAML, a query) has no shell prompt and stays.
     */
    static String withoutLeadingTranscript(String html) {
        if (html == null || html.isBlank()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        boolean removed = false;
        while (!document.body().children().isEmpty()) {
            Element first = document.body().child(0);
            boolean before = document.body().textNodes().stream().anyMatch(node -> !node.isBlank()
                    && node.siblingIndex() < first.siblingIndex());
            if (before || !first.tagName().equals("pre") || !TRANSCRIPT.matcher(first.wholeText()).find()) {
                break;
            }
            first.remove();
            removed = true;
        }
        if (!removed || document.body().text().isBlank()) {
            return html;
        }
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    /** The HTML's text with each code element wrapped in backticks and block ends as line breaks. */
    static String visibleText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        for (Element code : document.select("code")) {
            if (code.parent() == null || !code.parent().tagName().equals("pre")) {
                code.prependText("`").appendText("`");
            }
        }
        for (Element block : document.select("p, li, pre, tr, h1, h2, h3, h4, h5, h6, blockquote, div")) {
            block.appendText("\n\n");
        }
        document.outputSettings().prettyPrint(false);
        String text = document.body().wholeText();
        return text.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll("\\n[ \\t]+", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static List<String> split(String text) {
        Matcher protect = ABBREVIATIONS.matcher(text);
        String masked = protect.replaceAll(m -> m.group(1) + "\u0001");
        List<String> sentences = new ArrayList<>();
        for (String piece : SENTENCE_END.split(masked)) {
            // the marker of a list's first item is no word of the answer ("1. Create a ServiceAccount")
            String sentence = LIST_MARKER.matcher(piece.replace('\u0001', '.').replaceAll("\\s+", " ").strip())
                    .replaceFirst("");
            if (!sentence.isEmpty() && sentence.chars().anyMatch(Character::isLetterOrDigit)) {
                sentences.add(sentence);
            }
        }
        return List.copyOf(sentences);
    }
}
