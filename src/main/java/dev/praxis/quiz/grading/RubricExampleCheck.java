package dev.praxis.quiz.grading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The authoring check: grades every {@code examples:} answer of a grading file and reports each disagreement with
 * its expected verdict at the example's line, so an author sees which rubric change broke which example.
 */
public final class RubricExampleCheck {

    private RubricExampleCheck() {
    }

    /** Problems of one grading file: a load error (alone), or one per example graded differently than expected. */
    public static List<RubricProblem> checkExamples(Path gradingFile) {
        ModuleRubric rubric;
        try {
            rubric = RubricLoader.load(gradingFile);
        } catch (RubricException e) {
            return List.of(e.problem());
        }
        return checkExamples(rubric);
    }

    public static List<RubricProblem> checkExamples(ModuleRubric rubric) {
        List<RubricProblem> problems = new ArrayList<>();
        for (Map.Entry<String, QuestionRubric> q : rubric.questions().entrySet().stream()
                .sorted(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.line(), b.line()))).toList()) {
            for (RubricExample example : q.getValue().examples()) {
                GradeResult result = RubricGrader.grade(q.getValue(), example.answer());
                if (result.verdict() != example.expect()) {
                    problems.add(new RubricProblem(rubric.file(), example.line(), q.getKey() + " example expects "
                            + example.expect().label() + " but is graded " + result.verdict().label()
                            + " (score " + result.score() + ", missing " + result.missing() + ", flags "
                            + result.misconceptions().stream().map(GradeResult.Flag::id).toList() + ")"));
                }
            }
        }
        return problems;
    }
}
