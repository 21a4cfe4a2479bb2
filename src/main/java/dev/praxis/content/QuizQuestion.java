package dev.praxis.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A quiz question with its model answer.
 *
 * @param id            {@code <slug>:quiz:<ordinal>} or {@code <slug>:quiz:<author id>}
 * @param number        "Q1", "Q2", … in quiz order
 * @param answerHtml    the model answer, or null when the source gives none
 * @param options       multiple-choice options, empty for an open question
 * @param correctOption the letter the answer states as correct, or null
 */
public record QuizQuestion(String id, String number, String questionHtml, String questionText, String answerHtml,
                           String answerText, List<QuizOption> options, String correctOption, int line) {

    /** A label the author wrote at the start of the question ("<strong>Q1.</strong>", "Question 1:", "1)"). */
    private static final Pattern LEADING_LABEL = Pattern.compile(
            "^(\\s*<p>)\\s*(?:<(strong|b|em)>\\s*(?:Q(?:uestion)?\\s*)?(\\d+)\\s*[.:)]?\\s*</\\2>\\s*[.:)]?"
                    + "|(?:Q(?:uestion)?\\s*)?(\\d+)\\s*[.:)])\\s*", Pattern.CASE_INSENSITIVE);

    public boolean hasAnswer() {
        return answerHtml != null;
    }

    /**
     * The question as a page shows it under its own number: without the author's leading label when that label is
     * this question's number, so no one reads "Q1" twice. Other leading numbers (a year, a quantity) stay.
     */
    public String bodyHtml() {
        var matcher = LEADING_LABEL.matcher(questionHtml);
        if (!matcher.find()) {
            return questionHtml;
        }
        String label = matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
        return number.equals("Q" + label) ? matcher.group(1) + questionHtml.substring(matcher.end()) : questionHtml;
    }
}
