package dev.praxis.quiz.grading;

import java.nio.file.Path;
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
}
