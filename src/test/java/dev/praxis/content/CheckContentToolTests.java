package dev.praxis.content;

import dev.praxis.content.importing.ContentImporter;
import dev.praxis.system.cli.CommandLineTools;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;



class CheckContentToolTests {

    private static final String TREE = "src/test/resources/content/problems";

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CheckContentTool(new ContentImporter(2), List.of((root, catalog) -> List.of(
                new Problem("track/basics/module-1.1-first.md", 3, "from a plugged-in check"))))
                .run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Nested
    @DisplayName("text report")
    class Text {

        @Test
        void listsEveryPageWithCountsAndProblemsWithFileAndLine() {
            Run run = run(TREE);
            assertThat(run.code()).isZero();
            assertThat(run.out())
                    .contains("track/basics/module-1.1-first.md  slug=track/basics/module-11-first  title=\"First Module\"  "
                            + "predictions=0 quizQuestions=2 quizAnswers=1 labSteps=0 checklistItems=0 mermaid=0")
                    .contains("track/basics/module-1.1-first.md:18: quiz question without an answer")
                    .contains("track/basics/module-1.1-first.md:22: link to /track/basics/module-9.9-missing/ resolves to no page")
                    .contains("track/basics/module-1.1-first.md:3: from a plugged-in check")
                    .contains("track/basics/module-1.2-second.md:7: paragraph directly above '---' became a heading")
                    .contains("track/basics/module-1.2-second.md:10: <details> is never closed")
                    .contains("track/basics/module-1.2-second.md:15: code fence is never closed")
                    .contains("track/basics/module-1.3-copy.md:1: duplicate slug 'track/basics/module-11-first'")
                    .contains("track/basics/module-1.4-broken.md  NOT IMPORTED")
                    .contains("track/basics/module-1.4-broken.md:0: not imported: front matter is not valid YAML")
                    .doesNotContain("_draft");
        }

        @Test
        void linkToAnExistingPageIsNotAProblem() {
            assertThat(run(TREE).out()).doesNotContain("module-1.2-second/ resolves to no page");
        }

        @Test
        void unreadableTreeExitsNonZero() {
            Run run = run("src/test/resources/content/no-such-dir");
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).contains("cannot read");
        }

        @Test
        void isRegisteredAsACommandLineTool() {
            assertThat(CommandLineTools.handles(new String[] {"check-content", TREE})).isTrue();
        }

        @Test
        void wrongArgumentsPrintUsage() {
            Run run = run();
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("check-content <dir> [--json]");
        }
    }

    @Nested
    @DisplayName("command line")
    class CommandLine {

        @Test
        void unknownOptionIsNamedWithTheUsage() {
            Run run = run(TREE, "--colour");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("check-content: Unknown option: '--colour'",
                    "usage: check-content <dir> [--json]");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void missingTreeIsNamed() {
            Run run = run("--json");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("check-content: Missing required parameter: '<dir>'");
        }

        @Test
        void secondTreeIsRefused() {
            Run run = run(TREE, TREE);
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("check-content: Unmatched argument at index 1");
        }

        @Test
        void jsonMayComeFirst() {
            Run run = run("--json", TREE);
            assertThat(run.code()).isZero();
            assertThat(run.out()).startsWith("{");
        }

        @Test
        void helpPrintsEveryOption() {
            Run run = run("--help");
            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("Usage: check-content", "<dir>", "--json");
        }
    }

    @Nested
    @DisplayName("--json report")
    class Json {

        @Test
        void usesTheExactKeys() {
            JsonNode report = JsonMapper.builder().build().readTree(run(TREE, "--json").out());
            JsonNode first = report.get("modules").get(0);
            List<String> keys = new ArrayList<>();
            first.propertyNames().forEach(keys::add);
            assertThat(keys).containsExactly("path", "slug", "title", "imported", "predictions", "quizQuestions",
                    "quizAnswers", "labSteps", "checklistItems", "mermaid", "problems");
            assertThat(report.get("totals").get("modules").asInt()).isEqualTo(6);
            assertThat(report.get("totals").get("failed").asInt()).isEqualTo(1);
        }

        @Test
        void reportsAFailedModuleAndGoesOn() {
            JsonNode report = JsonMapper.builder().build().readTree(run(TREE, "--json").out());
            JsonNode broken = null;
            JsonNode uk = null;
            for (JsonNode module : report.get("modules")) {
                if (module.get("path").asString().equals("track/basics/module-1.4-broken.md")) {
                    broken = module;
                }
                if (module.get("path").asString().equals("uk/track/basics/module-1.1-first.md")) {
                    uk = module;
                }
            }
            assertThat(broken.get("imported").asBoolean()).isFalse();
            assertThat(broken.get("problems").get(0).asString()).contains("front matter is not valid YAML");
            assertThat(uk.get("quizQuestions").asInt()).isEqualTo(1);
            assertThat(uk.get("quizAnswers").asInt()).isEqualTo(1);
        }
    }
}
