package dev.praxis.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.content.CheckContentTool;
import dev.praxis.content.LargeTreeGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code check-content --json} says per module how many questions the grader can grade and how many by a draft. */
class GradableFactsTests {

    private static JsonNode checkContent(String root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new CheckContentTool().run(List.of(root, "--json"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode module(JsonNode report, String path) {
        for (JsonNode module : report.get("modules")) {
            if (module.get("path").stringValue().equals(path)) {
                return module;
            }
        }
        throw new AssertionError("no module " + path);
    }

    @Test
    void theFlagshipIsGradedByItsGradingFileAndTheRestByDrafts() {
        JsonNode flagship = module(checkContent("content"),
                "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals.md");
        assertThat(flagship.get("gradable").intValue()).isEqualTo(8);
        assertThat(flagship.get("drafted").intValue()).isZero();

        JsonNode dev = checkContent("src/test/resources/drafting/content");
        assertThat(module(dev, "web/tls/module-4.1-tls-certificates.md").get("drafted").intValue()).isEqualTo(7);
        assertThat(dev.get("totals").get("gradable").intValue()).isEqualTo(dev.get("totals").get("quizAnswers").intValue());
    }

    @Test
    void nearlyEveryAnsweredQuestionOfAGeneratedTreeIsGradable(@TempDir Path root) throws Exception {
        LargeTreeGenerator.generate(root, 25, 4_000);
        JsonNode totals = checkContent(root.toString()).get("totals");
        assertThat(totals.get("gradable").intValue()).isGreaterThanOrEqualTo((int) Math.ceil(0.95
                * totals.get("quizAnswers").intValue()));
    }
}
