package dev.praxis.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.content.importing.ContentImporter;
import dev.praxis.content.CourseModule;
import dev.praxis.lab.validation.ChecklistVerdict;
import dev.praxis.lab.validation.Finding;
import dev.praxis.lab.validation.InventoryReading;
import dev.praxis.lab.validation.LabDefinition;
import dev.praxis.lab.validation.LabDefinitions;
import dev.praxis.lab.validation.LabValidator;
import dev.praxis.lab.validation.LabWork;
import dev.praxis.lab.validation.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * On every lab Praxis has a fixture for (the labelled scenarios and the lab file's examples), each verdict and its
 * evidence come from the same findings: the verdict is the gravest finding's, the evidence is exactly the sentences
 * of the findings that decided it, and a pass never carries a sentence of a contradiction or of something missing.
 */
class VerdictEvidenceAgreementTests {

    private static final Path CONTENT = Path.of("content");
    private static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    private static final List<Verdict> GRAVITY = List.of(Verdict.FAIL, Verdict.NEEDS_ATTENTION, Verdict.SELF_ATTESTED,
            Verdict.PASS);
    /** Words only a finding against the learner uses. */
    private static final List<String> AGAINST = List.of("but your inventory shows", "is not one of the module's",
            "not done yet", "cannot settle", "could not be read", "does not target", "no such pressure");

    @Test
    void everyVerdictIsTheGravestFindingAndItsEvidenceIsThatFindingsSentences() throws Exception {
        CourseModule module = new ContentImporter().importFile(CONTENT, CONTENT.resolve(SLUG + ".md"));
        LabDefinition definition = LabDefinitions.load(LabDefinitions.fileFor(CONTENT, module), SLUG + ".lab.yaml");
        JsonMapper json = JsonMapper.builder().build();
        List<LabWork> labs = new ArrayList<>();
        List<LabScenarios.Scenario> scenarios = new ArrayList<>(LabScenarios.all());
        scenarios.addAll(LabScenarios.all(LabScenarios.HELD_OUT));
        for (LabScenarios.Scenario scenario : scenarios) {
            labs.add(json.convertValue(scenario.lab(), LabWork.class));
        }
        definition.examples().forEach(example -> labs.add(example.work()));
        labs.add(LabWork.EMPTY);
        int checked = 0;
        for (LabWork work : labs) {
            for (ChecklistVerdict verdict : LabValidator.validate(definition, module, work,
                    InventoryReading.read(work.inventory()))) {
                List<Finding> findings = verdict.findings();
                Verdict gravest = GRAVITY.stream().filter(v -> findings.stream().anyMatch(f -> f.verdict() == v))
                        .findFirst().orElseThrow();
                assertThat(verdict.verdict()).as(verdict.itemId()).isEqualTo(gravest);
                assertThat(verdict.evidence()).as(verdict.itemId()).isEqualTo(String.join(" ", findings.stream()
                        .filter(f -> f.verdict() == gravest).map(Finding::sentence).distinct().toList()));
                if (verdict.verdict() == Verdict.PASS) {
                    assertThat(AGAINST).as(verdict.evidence()).noneMatch(words -> verdict.evidence().contains(words));
                }
                assertThat(verdict.source()).as(verdict.itemId()).isNotBlank();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(labs.size() * 33);
    }
}
