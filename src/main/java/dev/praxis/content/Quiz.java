package dev.praxis.content;

import java.util.List;

/**
 * The module's quiz.
 *
 * @param title     the quiz heading, e.g. "Quiz"
 * @param anchor    the heading's id in the lesson
 * @param proseHtml text of the quiz section that belongs to no question (an intro), possibly empty
 */
public record Quiz(String title, String anchor, String proseHtml, List<QuizQuestion> questions) {

    static final Quiz NONE = new Quiz("", "", "", List.of());

    public boolean isEmpty() {
        return questions.isEmpty();
    }

    public long answered() {
        return questions.stream().filter(QuizQuestion::hasAnswer).count();
    }
}
