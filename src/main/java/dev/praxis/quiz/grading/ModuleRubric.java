package dev.praxis.quiz.grading;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The grading file of one module: its slug, pass share and one rubric per question id ({@code Q1} …). */
public record ModuleRubric(Path file, String module, double passShare, Map<String, QuestionRubric> questions) {

    public static final double DEFAULT_PASS_SHARE = 0.75;

    public ModuleRubric {
        questions = Map.copyOf(questions);
    }

    public Optional<QuestionRubric> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    /**
     * The same rubrics, each told its question's text ({@code Q1} → what learners read) so the grader can tell an
     * answer that only repeats the question; questions missing from {@code texts} keep what they had.
     */
    public ModuleRubric withPrompts(Map<String, String> texts) {
        Map<String, QuestionRubric> told = new LinkedHashMap<>();
        questions.forEach((id, rubric) -> told.put(id,
                texts.containsKey(id) ? rubric.withPrompt(texts.get(id)) : rubric));
        return new ModuleRubric(file, module, passShare, told);
    }
}
