package dev.praxis.quiz.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricExampleCheckTests {

    @TempDir
    Path dir;

    @Test
    void reportsEveryDisagreementAtTheExampleLine() {
        Path file = TestRubrics.write(dir, "m.grading.yaml", TestRubrics.VRAM_RUBRIC + """
                    examples:
                      - answer: VRAM is full, so use a smaller batch.
                        expect: correct
                      - answer: Buy a faster CPU.
                        expect: correct
                      - answer: Use a smaller batch.
                        expect: incorrect
                """);
        List<RubricProblem> problems = RubricExampleCheck.checkExamples(file);
        assertThat(problems).extracting(RubricProblem::line).containsExactly(29, 31);
        assertThat(problems.get(0).file()).isEqualTo(file);
        assertThat(problems.get(0).message()).contains("Q1 example expects correct but is graded incorrect");
        assertThat(problems.get(1).message()).contains("expects incorrect but is graded partial");
    }

    @Test
    void aFileThatDoesNotLoadIsOneProblem() {
        Path file = TestRubrics.write(dir, "bad.grading.yaml", "module: x\nquestions:\n  Q1: {}\n");
        assertThat(RubricExampleCheck.checkExamples(file)).singleElement()
                .satisfies(problem -> assertThat(problem.line()).isEqualTo(3));
    }
}
