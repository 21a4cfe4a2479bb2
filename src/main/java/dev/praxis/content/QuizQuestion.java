package dev.praxis.content;

import java.util.List;

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

    public boolean hasAnswer() {
        return answerHtml != null;
    }
}
