package dev.praxis.quiz.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RubricLoaderTests {

    @TempDir
    Path dir;

    private static final String VALID_QUESTION = """
            questions:
              Q1:
                concepts:
                  - id: vram
                    label: VRAM
                    phrases: [vram]
            """;

    @Test
    void loadsDefaults() throws RubricException {
        ModuleRubric rubric = RubricLoader.load(TestRubrics.write(dir, "a.grading.yaml",
                "module: a/b\n" + VALID_QUESTION));
        assertThat(rubric.module()).isEqualTo("a/b");
        assertThat(rubric.passShare()).isEqualTo(0.75);
        QuestionRubric q1 = rubric.question("Q1").orElseThrow();
        assertThat(q1.thresholds()).isEqualTo(Thresholds.DEFAULT);
        assertThat(q1.concepts().get(0).weight()).isEqualTo(1.0);
        assertThat(q1.concepts().get(0).required()).isFalse();
        assertThat(rubric.question("Q2")).isEmpty();
    }

    @Test
    void synonymsSectionsAndShowsAreRead() throws RubricException {
        ModuleRubric rubric = RubricLoader.load(TestRubrics.write(dir, "s.grading.yaml", """
                module: a/b
                synonyms:
                  - [gpu, graphics card]
                questions:
                  Q1:
                    concepts:
                      - {id: gpu, label: Not the GPU, section: "2. Constraints", phrases: [not the gpu]}
                    misconceptions:
                      - {id: buy, feedback: Do not buy., phrases: [buy * gpu], shows: gpu}
                """));
        QuestionRubric q1 = rubric.question("Q1").orElseThrow();
        assertThat(q1.concepts().get(0).section()).isEqualTo("2. Constraints");
        assertThat(q1.concepts().get(0).wording().phrases()).extracting(p -> p.text())
                .containsExactly("not the gpu", "not the graphics card");
        assertThat(q1.misconceptions().get(0).shows()).isEqualTo("gpu");
    }

    @Nested
    @DisplayName("errors name file:line and what was wrong")
    class Errors {

        @ParameterizedTest(name = "{2}")
        @CsvSource(delimiter = '|', value = {
            // yaml (\n-separated) | line | message fragment
            "module: a\\nquestions:\\n  Q1:\\n    concepts:\\n      - id: x\\n        label: X\\n        phrasez: [x]|7|unknown key 'phrasez'",
            "module: a\\nquestions:\\n  Q1:\\n    concepts:\\n      - id: x\\n        label: X|5|missing phrases",
            "module: a\\nquestions:\\n  Q1:\\n    concepts:\\n      - id: x\\n        label: X\\n        patterns: ['(unclosed']|7|bad regex",
            "module: a\\nthresholds: {correct: 1.5}\\nquestions:\\n  Q1:\\n    concepts:\\n      - {id: x, label: X, phrases: [x]}|2|threshold out of range",
            "module: a\\nquestions:\\n  Q1:\\n    thresholds: {correct: 0.3, partial: 0.6}\\n    concepts:\\n      - {id: x, label: X, phrases: [x]}|4|threshold out of range",
            "module: a\\nquestions:\\n  Question1:\\n    concepts:\\n      - {id: x, label: X, phrases: [x]}|3|not of the form Q1",
            "questions:\\n  Q1:\\n    concepts:\\n      - {id: x, label: X, phrases: [x]}|1|missing 'module'",
            "module: a\\nquestions:\\n  Q1:\\n    concepts:\\n      - {id: x, label: X, phrases: ['!!!']}|5|bad phrase",
            "module: a\\nquestions:\\n  Q1:\\n    concepts:\\n      - {id: x, label: X, phrases: [x]}\\n      - {id: x, label: Y, phrases: [y]}|6|duplicate concept id 'x'",
            "module: a\\nquestions:\\n  Q1:\\n    concepts:\\n      - {id: x, label: X, phrases: [x], weight: heavy}|5|must be a number",
            "module: a\\nquestions:\\n  Q1:\\n    concepts:\\n      - {id: x, label: X, phrases: [x]}\\n    examples:\\n      - {answer: x, expect: right}|7|expect must be correct, partial or incorrect",
            "module: a\\nmodule: b\\nquestions: {}|2|duplicate key 'module'",
            "module: [a\\nquestions:|2|not valid YAML",
            "module: a\\nquestions:\\n  Q1:\\n    concepts:\\n      - {id: x, label: X, phrases: [x]}\\n    misconceptions:\\n      - {id: m, feedback: F, phrases: [m], shows: y}|7|shows 'y', which is not a concept",
            "module: a\\nsynonyms:\\n  - [gpu]\\nquestions:\\n  Q1:\\n    concepts:\\n      - {id: x, label: X, phrases: [x]}|3|at least two members",
            "module: a\\nsynonyms:\\n  - gpu\\nquestions:\\n  Q1:\\n    concepts:\\n      - {id: x, label: X, phrases: [x]}|3|each synonym group must be a list"})
        void reportsLineAndReason(String yaml, int line, String fragment) {
            Path file = TestRubrics.write(dir, "bad.grading.yaml", yaml.replace("\\n", "\n"));
            assertThatThrownBy(() -> RubricLoader.load(file))
                    .isInstanceOfSatisfying(RubricException.class, e -> {
                        assertThat(e.problem().file()).isEqualTo(file);
                        assertThat(e.problem().line()).isEqualTo(line);
                        assertThat(e.getMessage()).startsWith(file + ":" + line + ": ").contains(fragment);
                    });
        }

        @Test
        void missingFileIsAClearError() {
            assertThatThrownBy(() -> RubricLoader.load(dir.resolve("none.grading.yaml")))
                    .hasMessageContaining("grading file not found");
        }

        @Test
        void emptyFileIsAClearError() {
            Path file = TestRubrics.write(dir, "empty.grading.yaml", "");
            assertThatThrownBy(() -> RubricLoader.load(file)).hasMessageContaining("empty");
        }
    }

    @Nested
    @DisplayName("finding grading files")
    class Finding {

        @Test
        void gradingFileSitsNextToTheModule() {
            assertThat(RubricFiles.gradingFileFor(Path.of("c/t/module-1.2-x.md")))
                    .isEqualTo(Path.of("c/t/module-1.2-x.grading.yaml"));
        }

        @Test
        void moduleWithoutGradingFileHasNoRubric() throws RubricException {
            assertThat(RubricFiles.forModule(dir.resolve("module-9.md"))).isEmpty();
        }

        @Test
        void findsBySlugAndReportsUnreadableFiles() {
            TestRubrics.write(dir, "t/one.grading.yaml", "module: t/one\n" + VALID_QUESTION);
            TestRubrics.write(dir, "t/broken.grading.yaml", "module: [");
            RubricFiles.Lookup lookup = RubricFiles.findBySlug(dir, "t/one");
            assertThat(lookup.rubric()).map(ModuleRubric::module).contains("t/one");
            assertThat(RubricFiles.findBySlug(dir, "t/none").unreadable()).hasSize(1);
        }
    }
}
