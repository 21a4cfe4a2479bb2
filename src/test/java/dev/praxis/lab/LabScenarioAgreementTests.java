package dev.praxis.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.lab.LabScenarios.Label;
import dev.praxis.lab.LabScenarios.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code validate-lab} on every labelled scenario (see {@link LabScenarios}) as a learner's lab document and
 * compares each item's verdict with the careful reader's label. Prints the agreement and every disagreement.
 */
class LabScenarioAgreementTests {

    private static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The share of item verdicts that must agree with the labels. */
    private static final double REQUIRED_AGREEMENT = 0.9;
    private static final int CHECKLIST_ITEMS = 33;

    private static List<Scenario> scenarios;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        scenarios = LabScenarios.all();
    }

    private record Judged(Scenario scenario, int exitCode, String error, JsonNode verdicts) {
    }

    private record Disagreement(String scenario, String item, Label expected, String actual, String evidence) {
    }

    @Test
    void thereAreAtLeastThirtyScenariosEachLabellingEveryItem() {
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(30);
        assertThat(scenarios).allSatisfy(scenario -> {
            assertThat(scenario.expect()).as(scenario.file()).hasSize(CHECKLIST_ITEMS);
            assertThat(scenario.expect().values()).as(scenario.file())
                    .allSatisfy(label -> assertThat(label.verdict())
                            .isIn("pass", "needs-attention", "fail", "self-attested"));
        });
    }

    @Test
    void validateLabAgreesWithTheCarefulReader() throws IOException {
        List<Judged> judged = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            judged.add(judge(scenario));
        }
        int total = 0;
        List<Disagreement> disagreements = new ArrayList<>();
        StringBuilder report = new StringBuilder("\nvalidate-lab against the labelled scenarios\n");
        for (Judged run : judged) {
            if (run.exitCode() != 0) {
                total += CHECKLIST_ITEMS;
                run.scenario().expect().forEach((key, label) -> disagreements.add(new Disagreement(
                        run.scenario().name(), key, label, "did not run", run.error().strip())));
                report.append(String.format(Locale.ROOT, "  %-45s did not run: %s%n", run.scenario().name(),
                        run.error().strip()));
                continue;
            }
            int agree = 0;
            for (JsonNode verdict : run.verdicts()) {
                String key = LabScenarios.key(verdict.get("step").stringValue(), verdict.get("item").intValue());
                Label label = run.scenario().expect().get(key);
                String actual = verdict.get("verdict").stringValue();
                total++;
                if (label.verdict().equals(actual)) {
                    agree++;
                } else {
                    disagreements.add(new Disagreement(run.scenario().name(), key, label, actual,
                            verdict.get("evidence").stringValue()));
                }
            }
            report.append(String.format(Locale.ROOT, "  %-45s %2d/%d%n", run.scenario().name(), agree,
                    run.verdicts().size()));
        }
        double agreement = 1.0 - (double) disagreements.size() / total;
        report.append(String.format(Locale.ROOT, "agreement: %d of %d item verdicts (%.1f%%)%n",
                total - disagreements.size(), total, 100 * agreement));
        for (Disagreement d : disagreements) {
            report.append(String.format(Locale.ROOT, "  %s %s: expected %s (%s), got %s: %s%n", d.scenario(), d.item(),
                    d.expected().verdict(), d.expected().why(), d.actual(), d.evidence()));
        }
        System.out.println(report);
        assertThat(judged).allSatisfy(run -> assertThat(run.exitCode())
                .as(run.scenario().file() + " must run: " + run.error()).isZero());
        assertThat(agreement).as(report.toString()).isGreaterThanOrEqualTo(REQUIRED_AGREEMENT);
    }

    private Judged judge(Scenario scenario) throws IOException {
        Path lab = temp.resolve(scenario.file().replace(".yaml", ".json"));
        Files.writeString(lab, JSON.writeValueAsString(scenario.lab()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ValidateLabTool().run(List.of("content", SLUG, lab.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String output = out.toString(StandardCharsets.UTF_8);
        return new Judged(scenario, code, err.toString(StandardCharsets.UTF_8),
                code == 0 ? JSON.readTree(output) : JSON.createArrayNode());
    }
}
