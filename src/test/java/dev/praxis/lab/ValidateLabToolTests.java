package dev.praxis.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateLabToolTests {

    private static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ValidateLabTool().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }

    @Test
    void printsOneEntryPerChecklistItemWithExactlyTheContractKeys() {
        Run run = run("content", SLUG, "src/test/resources/lab/strong.json");
        assertThat(run.code()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.size()).isEqualTo(33);
        for (JsonNode entry : result) {
            assertThat(entry.propertyNames()).containsExactly("step", "item", "text", "verdict", "evidence", "source");
            assertThat(entry.get("verdict").stringValue()).isEqualTo("pass");
        }
        assertThat(result.get(0).get("step").stringValue()).isEqualTo("1");
        assertThat(result.get(0).get("item").intValue()).isEqualTo(1);
        assertThat(result.get(32).get("step").stringValue()).isEqualTo("success");
        assertThat(result.get(32).get("item").intValue()).isEqualTo(6);
    }

    @Test
    void missingFieldsAreStepsNotDoneYet() throws IOException {
        Path lab = file("lab.json", "{\"workload\": \"For the next 4 months I will build API-first apps and small"
                + " notebooks on my laptop.\"}");
        Run run = run("content", SLUG, lab.toString());
        assertThat(run.code()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get(0).get("verdict").stringValue()).isEqualTo("pass");
        assertThat(result.get(3).get("verdict").stringValue()).isEqualTo("needs-attention");
        assertThat(result.get(3).get("evidence").stringValue()).startsWith("Step 2 not done yet");
        assertThat(result.get(6).get("evidence").stringValue()).isEqualTo("Step 3 not done yet: no inventory uploaded.");
    }

    @Test
    void unknownSlugExitsTwo() {
        Run run = run("content", "no/such/module", "src/test/resources/lab/strong.json");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown module slug 'no/such/module'");
    }

    @Test
    void badJsonNamesTheLine() throws IOException {
        Path lab = file("lab.json", "{\n  \"workload\": \"x\",\n  \"archetype\": \n}\n");
        Run run = run("content", SLUG, lab.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("not a valid lab document at line 4");
    }

    @Test
    void unknownKeyIsAnError() throws IOException {
        Run run = run("content", SLUG, file("lab.json", "{\"workloads\": \"x\"}").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("workloads");
    }

    @Test
    void anUnreadableInventoryDoesNotStopTheLabAndItsItemsNameTheSectionAndLine() throws IOException {
        Path lab = file("lab.json", JSON.writeValueAsString(java.util.Map.of("inventory",
                "{\"schemaVersion\": 1, \"source\": \"nonsense\"}", "workload", "For the next 4 months I will build"
                        + " API-first apps and small notebooks.")));
        Run run = run("content", SLUG, lab.toString());
        assertThat(run.code()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get(0).get("verdict").stringValue()).isEqualTo("pass");
        assertThat(result.get(6).get("verdict").stringValue()).isEqualTo("needs-attention");
        assertThat(result.get(6).get("evidence").stringValue()).containsPattern("Your upload could not be read \\(.+,"
                + " line \\d+: expected .+\\)");
    }

    @Test
    void wrongArgumentsAndMissingFilesExitTwo() {
        assertThat(run("content").code()).isEqualTo(2);
        assertThat(run("content", SLUG, temp.resolve("absent.json").toString()).err()).contains("lab file not found");
        assertThat(run(temp.resolve("nowhere").toString(), SLUG, "x").err()).contains("content folder not found");
    }

    @Test
    void unknownOptionAndMissingArgumentAreNamedWithTheUsage() {
        Run unknown = run("--colour", "content", SLUG, "src/test/resources/lab/strong.json");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("validate-lab: Unknown option: '--colour'",
                "usage: validate-lab <content-dir>");
        assertThat(unknown.out()).isEmpty();
        Run missing = run("content", SLUG);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("validate-lab: Missing required parameter: '<lab.json>'");
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void helpPrintsEveryArgument() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: validate-lab", "<content-dir>", "<module-slug>", "<lab.json>");
    }
}
