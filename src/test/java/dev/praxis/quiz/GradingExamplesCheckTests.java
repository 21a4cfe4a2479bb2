package dev.praxis.quiz;

import dev.praxis.content.Catalog;
import dev.praxis.content.CheckContentTool;
import dev.praxis.content.importing.ContentImporter;
import dev.praxis.content.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GradingExamplesCheckTests {

    private static final String PAGE = """
            ---
            title: "Memory"
            ---

            ## Quiz

            **Q1.** The model crashes when the context grows. Why, and what do you try first?

            <details>
            <summary>Answer</summary>

            VRAM is full; use a smaller batch or a shorter context.

            </details>
            """;

    private static final String RUBRIC = """
            # examples the rubric must grade as stated
            module: %s
            questions:
              Q1:
                concepts:
                  - id: vram
                    label: VRAM is the constraint
                    required: true
                    weight: 2
                    phrases: [vram, gpu memory]
                  - id: mitigate
                    label: Shrink context or batch
                    weight: 2
                    phrases: [smaller batch, shorter context]
                examples:
                  - answer: VRAM is full, so use a smaller batch.
                    expect: correct
                  - answer: Buy a faster CPU.
                    expect: correct
            """;

    @TempDir
    Path root;

    @Test
    void wrongExampleIsAProblemAtItsLineWithThePathRelativeToTheRoot() throws Exception {
        write("track/memory.md", PAGE);
        write("track/memory.grading.yaml", RUBRIC.formatted("track/memory"));

        List<Problem> problems = new GradingExamplesCheck().check(root, importTree());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("track/memory.grading.yaml");
            assertThat(problem.line()).isEqualTo(18);
            assertThat(problem.message()).contains("Q1 example expects correct but is graded incorrect");
        });
    }

    @Test
    void gradingFileForNoPageIsReportedAtItsModuleLine() throws Exception {
        write("track/memory.md", PAGE);
        String rubric = RUBRIC.formatted("track/memroy");
        write("track/memory.grading.yaml", rubric.substring(0, rubric.indexOf("    examples:")));

        List<Problem> problems = new GradingExamplesCheck().check(root, importTree());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("track/memory.grading.yaml");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("'track/memroy'").contains("no page has that slug");
        });
    }

    @Test
    void unloadableGradingFileIsOneProblem() throws Exception {
        write("track/memory.md", PAGE);
        write("track/memory.grading.yaml", "module: track/memory\nquestions:\n  Q1: {}\n");

        assertThat(new GradingExamplesCheck().check(root, importTree())).singleElement()
                .satisfies(problem -> assertThat(problem.line()).isEqualTo(3));
    }

    @Test
    void checkContentFindsTheCheckAndReportsTheDisagreement() throws Exception {
        write("track/memory.md", PAGE);
        write("track/memory.grading.yaml", RUBRIC.formatted("track/memory"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = new CheckContentTool().run(List.of(root.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("track/memory.grading.yaml:18: Q1 example expects correct but is graded incorrect");
    }

    @Test
    void theRealTreeHasNoGradingProblems() throws Exception {
        Path content = Path.of("content");
        assertThat(new GradingExamplesCheck().check(content, new ContentImporter().importTree(content))).isEmpty();
    }

    private Catalog importTree() throws Exception {
        return new ContentImporter(1).importTree(root);
    }

    private void write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
