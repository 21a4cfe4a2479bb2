package dev.praxis.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.content.ContentImporter;
import dev.praxis.content.CourseModule;
import dev.praxis.lab.validation.ChecklistVerdict;
import dev.praxis.lab.validation.InventoryReading;
import dev.praxis.lab.validation.LabDefinition;
import dev.praxis.lab.validation.LabDefinitions;
import dev.praxis.lab.validation.LabValidator;
import dev.praxis.lab.validation.LabWork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * On the Ukrainian lab page every verdict's evidence reads in Ukrainian: run on every labelled lab (English,
 * held-out and Ukrainian learners alike, diagnosis released or not), no evidence keeps an English sentence outside
 * what it quotes, and what it quotes is kept verbatim.
 */
class LabEvidenceTests {

    private static final Path CONTENT = Path.of("content");
    private static final String SLUG = "uk/ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    private static final Pattern QUOTED = Pattern.compile("\u201c[^\u201c\u201d]*\u201d|\\([^()]*line \\d+[^()]*\\)"
            + "|\\([^()]*рядок \\d+[^()]*\\)");
    /** English that only an untranslated sentence has. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(?:Your|You|your|you|the|is|not done yet|Step|cannot|which|does|should|would|points|check|names|shows|wrote|because|instead|yet)\\b");

    private final LabEvidence evidence = new LabEvidence();

    @Test
    void everyEvidenceOnTheUkrainianLabReadsInUkrainianAndKeepsItsQuotes() throws Exception {
        CourseModule module = new ContentImporter().importFile(CONTENT, CONTENT.resolve(SLUG + ".md"));
        LabDefinition definition = LabDefinitions.load(LabDefinitions.fileFor(CONTENT, module), SLUG + ".lab.yaml");
        JsonMapper json = JsonMapper.builder().build();
        List<LabScenarios.Scenario> scenarios = new ArrayList<>(LabScenarios.all());
        scenarios.addAll(LabScenarios.all(LabScenarios.HELD_OUT));
        scenarios.addAll(LabScenarios.all(LabScenarios.UKRAINIAN));
        List<LabWork> labs = new ArrayList<>();
        scenarios.forEach(s -> labs.add(json.convertValue(s.lab(), LabWork.class)));
        labs.add(LabWork.EMPTY);
        TreeSet<String> untranslated = new TreeSet<>();
        int checked = 0;
        for (LabWork work : labs) {
            for (boolean released : new boolean[] {true, false}) {
                for (ChecklistVerdict verdict : LabValidator.validate(definition, module, work,
                        InventoryReading.read(work.inventory()), released)) {
                    String shown = evidence.of(verdict, "uk");
                    checked++;
                    if (ENGLISH.matcher(QUOTED.matcher(shown).replaceAll("")).find()) {
                        untranslated.add(shown);
                    }
                    List<String> quotes = QUOTED.matcher(verdict.evidence()).results()
                            .map(r -> r.group()).filter(q -> q.startsWith("\u201c")).toList();
                    assertThat(quotes).as(shown).allSatisfy(quote -> assertThat(shown).contains(quote));
                }
            }
        }
        assertThat(checked).isGreaterThan(3000);
        assertThat(untranslated).as("evidence left in English").isEmpty();
    }

    @Test
    void englishPagesShowTheValidatorsWords() {
        assertThat(evidence.sentence("Your recommendation names the first bottleneck, storage.", "en"))
                .isEqualTo("Your recommendation names the first bottleneck, storage.");
        assertThat(evidence.sentence("Your recommendation names the first bottleneck, storage.", "uk"))
                .isEqualTo("Ваша рекомендація називає перше вузьке місце: сховище.");
        // sentences no scenario happens to produce are in the catalog too
        assertThat(evidence.sentence("Praxis cannot tell which constraint \u201cфен гуде\u201d points to, so it cannot"
                + " check the fix.", "uk")).isEqualTo("Praxis не може визначити, на яке обмеження вказує"
                + " \u201cфен гуде\u201d, тож не може перевірити виправлення.");
        assertThat(evidence.sentence("Your inventory ranks storage first (/ is 93% used: storage); say in your evidence"
                + " why RAM comes first.", "uk")).isEqualTo("Ваш інвентар ставить першим сховище (/ зайнятий на 93%:"
                + " сховище); поясніть у доказах, чому першим іде RAM.");
    }
}
