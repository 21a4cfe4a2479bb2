package dev.praxis.quiz;

import dev.praxis.content.Catalog;
import dev.praxis.content.ContentCheck;
import dev.praxis.content.Problem;
import dev.praxis.quiz.grading.ModuleRubric;
import dev.praxis.quiz.grading.RubricException;
import dev.praxis.quiz.grading.RubricExampleCheck;
import dev.praxis.quiz.grading.RubricFiles;
import dev.praxis.quiz.grading.RubricLoader;
import dev.praxis.quiz.grading.RubricProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check-content} for grading files: every {@code examples:} answer is graded and each disagreement with its
 * expected verdict is a problem at the example's line; a file that does not load is one problem at its line; a file
 * whose {@code module:} slug names no page of the tree is a problem too (its rubric would never be used).
 */
public final class GradingExamplesCheck implements ContentCheck {

    @Override
    public List<Problem> check(Path root, Catalog catalog) {
        List<Problem> problems = new ArrayList<>();
        for (Path file : RubricFiles.all(root)) {
            ModuleRubric rubric;
            try {
                rubric = RubricLoader.load(file);
            } catch (RubricException e) {
                problems.add(problem(root, e.problem()));
                continue;
            }
            if (catalog.module(rubric.module()).isEmpty()) {
                problems.add(new Problem(relative(root, file), moduleLine(file), "grading file is for module '"
                        + rubric.module() + "', but no page has that slug; its rubric is never used"));
            }
            RubricExampleCheck.checkExamples(rubric).forEach(problem -> problems.add(problem(root, problem)));
        }
        return problems;
    }

    /** The line of the {@code module:} key (the loader does not keep it); 1 when it cannot be found. */
    private static int moduleLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("module:")) {
                    return i + 1;
                }
            }
            return 1;
        } catch (IOException e) {
            return 1;
        }
    }

    private static Problem problem(Path root, RubricProblem problem) {
        return new Problem(relative(root, problem.file()), problem.line(), problem.message());
    }

    private static String relative(Path root, Path file) {
        return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }
}
