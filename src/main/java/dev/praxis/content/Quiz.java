package dev.praxis.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The module's quiz.
 *
 * @param title     the quiz heading, e.g. "Quiz"
 * @param anchor    the heading's id in the lesson
 * @param proseHtml text of the quiz section that belongs to no question (an intro), possibly empty
 */
public record Quiz(String title, String anchor, String proseHtml, List<QuizQuestion> questions) {

    public static final Quiz NONE = new Quiz("", "", "", List.of());

    public boolean isEmpty() {
        return questions.isEmpty();
    }

    /**
     * Each open question's text as learners read it, by number ("Q1" → "Your team has …"), which lets a grader tell
     * an answer that only repeats the question's facts. Multiple-choice questions are left out: an answer that names
     * its option repeats the question's words by design.
     */
    public Map<String, String> openQuestionTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        questions.stream().filter(question -> question.options().isEmpty())
                .forEach(question -> texts.putIfAbsent(question.number(), question.questionText()));
        return texts;
    }

    public long answered() {
        return questions.stream().filter(QuizQuestion::hasAnswer).count();
    }
}
