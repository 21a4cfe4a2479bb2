package dev.praxis.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.system.cli.CommandLineTool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GradeToolTests {

    private static final Path CONTENT = Path.of("content");
    private static final String FLAGSHIP = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new GradeTool().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path answers(String json) throws IOException {
        return Files.writeString(dir.resolve("answers.json"), json);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void isRegisteredAsACommandLineTool() {
        assertThat(ServiceLoader.load(CommandLineTool.class).stream().map(p -> p.get().name()))
                .contains("grade");
    }

    @Test
    void gradesTheFlagshipWithExactKeys() throws IOException {
        Path file = answers("""
                [{"question":"Q2","answer":"It is not VRAM, it's the CPU; buy a faster CPU."},
                 {"question":"Q8","answer":"Thermal throttling: watch temperatures and clocks with nvidia-smi during a long run, then improve airflow."}]
                """);
        assertThat(run(CONTENT.toString(), FLAGSHIP, file.toString())).isZero();
        JsonNode results = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(results.size()).isEqualTo(2);
        JsonNode first = results.get(0);
        assertThat(first.propertyNames()).containsExactly("question", "verdict", "score", "found", "missing",
                "misconceptions", "sections", "rubric", "confidence");
        assertThat(first.get("rubric").stringValue()).isEqualTo("authored");
        assertThat(first.get("confidence").doubleValue()).isEqualTo(1.0);
        assertThat(first.get("question").stringValue()).isEqualTo("Q2");
        assertThat(first.get("verdict").stringValue()).isEqualTo("incorrect");
        assertThat(first.get("misconceptions").get(0).propertyNames()).containsExactly("id", "feedback");
        assertThat(first.get("missing").get(0).isString()).isTrue();
        JsonNode second = results.get(1);
        assertThat(second.get("verdict").stringValue()).isEqualTo("correct");
        assertThat(second.get("found").get(0).propertyNames()).containsExactly("concept", "quote");
        assertThat(second.get("found").get(0).get("quote").stringValue()).isEqualTo("Thermal throttling");
    }

    @Test
    void anAnswerThatOnlyRepeatsTheQuestionIsIncorrectAndToldWhy() throws IOException {
        // the tool reads the module's question texts, so it can tell a restatement from a diagnosis
        Path file = answers("""
                [{"question":"Q4","answer":"The system disk is nearly full and holds models, projects, containers and checkpoints, and model loads and container builds are slow."}]
                """);
        assertThat(run(CONTENT.toString(), FLAGSHIP, file.toString())).isZero();
        JsonNode result = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8)).get(0);
        assertThat(result.propertyNames()).containsExactly("question", "verdict", "score", "found", "missing",
                "misconceptions", "sections", "rubric", "confidence");
        assertThat(result.get("verdict").stringValue()).isEqualTo("incorrect");
        assertThat(result.get("found").size()).isZero();
        assertThat(result.get("misconceptions").get(0).get("id").stringValue()).isEqualTo("restates-question");
    }

    @Test
    void gradesAModuleWithoutGradingFileWithItsDraft() throws IOException {
        Path file = answers("""
                [{"question":"Q3","answer":"Use git revert: it adds a new commit that undoes the bad one, so history stays intact for everyone."},
                 {"question":"Q3","answer":"Use git reset and force push."}]
                """);
        assertThat(run("src/test/resources/drafting/content", "tools/git/module-1.4-recovering-work", file.toString()))
                .isZero();
        JsonNode results = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(results.get(0).get("rubric").stringValue()).isEqualTo("drafted");
        assertThat(results.get(0).get("verdict").stringValue()).isEqualTo("correct");
        assertThat(results.get(1).get("verdict").stringValue()).isNotEqualTo("correct");
        assertThat(results.get(0).get("confidence").doubleValue()).isBetween(0.0, 1.0);
    }

    @Test
    void aDraftedRubricAlsoKnowsItsQuestionButAMultipleChoiceAnswerIsNoRestatement() throws IOException {
        // drafted rubrics are told their question's text as authored ones are; an answer naming a multiple-choice
        // option repeats the question's words by design, so those questions are left out
        JsonNode restated = gradeOneDrafted("tools/git/module-1.4-recovering-work", "Q3", "A bad commit is already on "
                + "a shared branch that the whole team builds from and we need to undo it with reset or revert.");
        assertThat(restated.get("rubric").stringValue()).isEqualTo("drafted");
        assertThat(restated.get("verdict").stringValue()).isEqualTo("incorrect");
        assertThat(restated.get("misconceptions").findValuesAsString("id")).contains("restates-question");
        JsonNode chosen = gradeOneDrafted("web/tls/module-4.1-tls-certificates", "Q3",
                "D) One whose Subject Alternative Names include api.example.com or *.example.com");
        assertThat(chosen.get("verdict").stringValue()).isEqualTo("correct");
        assertThat(chosen.get("misconceptions").findValuesAsString("id")).doesNotContain("restates-question");
    }

    private JsonNode gradeOneDrafted(String slug, String question, String answer) throws IOException {
        out.reset();
        Path file = answers(JsonMapper.builder().build().writeValueAsString(
                List.of(java.util.Map.of("question", question, "answer", answer))));
        assertThat(run("src/test/resources/drafting/content", slug, file.toString())).isZero();
        return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8)).get(0);
    }

    @Test
    void helpPrintsEveryArgument() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Usage: grade", "<content-dir>", "<module-slug>", "<answers.json>", "--help");
        assertThat(errors()).isEmpty();
    }

    @Nested
    @DisplayName("bad input exits 2 with a clear message")
    class BadInput {

        @Test
        void wrongArgumentCount() {
            assertThat(run("content")).isEqualTo(2);
            assertThat(errors()).contains("usage: grade <content-dir>");
        }

        @Test
        void unknownOptionIsNamedWithTheUsage() throws IOException {
            assertThat(run("--colour", CONTENT.toString(), FLAGSHIP, answers("[]").toString())).isEqualTo(2);
            assertThat(errors()).contains("grade: Unknown option: '--colour'", "usage: grade <content-dir>");
            assertThat(out.size()).isZero();
        }

        @Test
        void missingArgumentIsNamed() {
            assertThat(run(CONTENT.toString(), FLAGSHIP)).isEqualTo(2);
            assertThat(errors()).contains("grade: Missing required parameter: '<answers.json>'");
            assertThat(out.size()).isZero();
        }

        @Test
        void extraArgumentIsNamed() throws IOException {
            assertThat(run(CONTENT.toString(), FLAGSHIP, answers("[]").toString(), "more")).isEqualTo(2);
            assertThat(errors()).contains("grade: Unmatched argument at index 3: 'more'");
        }

        @Test
        void unknownSlug() throws IOException {
            assertThat(run(CONTENT.toString(), "no/such-module", answers("[]").toString())).isEqualTo(2);
            assertThat(errors()).contains("unknown module slug 'no/such-module'");
        }

        @Test
        void missingContentFolder() throws IOException {
            assertThat(run(dir.resolve("nope").toString(), FLAGSHIP, answers("[]").toString())).isEqualTo(2);
            assertThat(errors()).contains("content folder not found");
        }

        @Test
        void missingAnswersFile() {
            assertThat(run(CONTENT.toString(), FLAGSHIP, dir.resolve("none.json").toString())).isEqualTo(2);
            assertThat(errors()).contains("answers file not found");
        }

        @Test
        void badJson() throws IOException {
            assertThat(run(CONTENT.toString(), FLAGSHIP, answers("[{\"question\": \"Q1\",\n  ").toString()))
                    .isEqualTo(2);
            assertThat(errors()).contains("is not valid JSON at line");
        }

        @Test
        void notAnArray() throws IOException {
            assertThat(run(CONTENT.toString(), FLAGSHIP, answers("{\"question\":\"Q1\"}").toString())).isEqualTo(2);
            assertThat(errors()).contains("must be a JSON array");
        }

        @Test
        void unknownQuestionId() throws IOException {
            assertThat(run(CONTENT.toString(), FLAGSHIP,
                    answers("[{\"question\":\"Q9\",\"answer\":\"x\"}]").toString())).isEqualTo(2);
            assertThat(errors()).contains("item 1: unknown question id 'Q9'");
            assertThat(out.size()).isZero();
        }

        @Test
        void answerThatIsNotAString() throws IOException {
            assertThat(run(CONTENT.toString(), FLAGSHIP,
                    answers("[{\"question\":\"Q1\",\"answer\":42}]").toString())).isEqualTo(2);
            assertThat(errors()).contains("needs \"answer\" as a string");
        }
    }
}
