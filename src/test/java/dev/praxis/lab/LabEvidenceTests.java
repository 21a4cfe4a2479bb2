package dev.praxis.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.content.importing.ContentImporter;
import dev.praxis.content.CourseModule;
import dev.praxis.inventory.core.Diagnoser;
import dev.praxis.inventory.core.Diagnosis;
import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.WorkloadFamily;
import dev.praxis.lab.validation.ChecklistVerdict;
import dev.praxis.lab.validation.InventoryReading;
import dev.praxis.lab.validation.LabDefinition;
import dev.praxis.lab.validation.LabDefinitions;
import dev.praxis.lab.validation.LabValidator;
import dev.praxis.lab.validation.LabWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * On the Ukrainian lab page every verdict's evidence reads in Ukrainian: run on every labelled lab (English,
 * held-out and Ukrainian learners alike, diagnosis released or not), no evidence keeps an English sentence outside
 * what it quotes, what it quotes of the learner and the inventory is kept verbatim, and what it quotes of the module is
 * the Ukrainian module's own sentence.
 */
class LabEvidenceTests {

    private static final Path CONTENT = Path.of("content");
    private static final String SLUG = "uk/ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    private static final Pattern QUOTED = Pattern.compile("\u201c[^\u201c\u201d]*\u201d|\\([^()]*line \\d+[^()]*\\)"
            + "|\\([^()]*рядок \\d+[^()]*\\)");
    /** English that only an untranslated sentence has. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(?:Your|You|your|you|the|is|not done yet|Step|cannot|which|does|should|would|points|check|names|shows|wrote|because|instead|yet)\\b");

    private final LabEvidence evidence = new LabEvidence(messages());

    /** The page's messages as the application reads them (UTF-8, no fallback to the server's locale). */
    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

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
        String english = Files.readString(CONTENT.resolve(SLUG.substring("uk/".length()) + ".md"));
        String ukrainian = Files.readString(CONTENT.resolve(SLUG + ".md"));
        int checked = 0;
        int moduleQuotes = 0;
        TreeSet<String> englishModule = new TreeSet<>();
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
                    String learner = json.writeValueAsString(work);
                    for (String quote : quotes) {
                        String inner = quote.substring(1, quote.length() - 1);
                        if (inner.split("\\s+").length >= 4 && !learner.contains(inner)
                                && inModule(english, inner.replace('\u2018', '\u201c').replace('\u2019', '\u201d'))) {
                            moduleQuotes++;
                            if (shown.contains(quote)) {
                                englishModule.add(inner);
                            }
                        } else if (!inModule(english, inner)) {
                            // the learner's and the inventory's words verbatim; a learner who copied a module
                            // sentence word for word reads it in the page's language, as the module has it
                            assertThat(shown).as(shown).contains(quote);
                        }
                    }
                    QUOTED.matcher(shown).results().map(r -> r.group()).filter(q -> q.startsWith("\u201c"))
                            .map(q -> q.substring(1, q.length() - 1)).filter(q -> !verdict.evidence().contains(q))
                            .forEach(q -> assertThat(inModule(ukrainian, q)).as(q + " is the Ukrainian module's")
                                    .isTrue());
                }
            }
        }
        assertThat(checked).isGreaterThan(3000);
        assertThat(moduleQuotes).as("evidence quoting the module").isGreaterThan(100);
        assertThat(untranslated).as("evidence left in English").isEmpty();
        assertThat(englishModule).as("the English module quoted on a Ukrainian page").isEmpty();
    }

    /** A sentence of the module as quoted: it may begin a quote mid-sentence or end one where a table cell has no stop. */
    private static boolean inModule(String module, String quoted) {
        String lower = quoted.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + quoted.substring(1);
        return module.contains(quoted) || module.contains(lower) || module.contains(quoted.replaceAll("\\.$", ""));
    }

    @Test
    void aModuleSentenceIsQuotedFromTheUkrainianModule() {
        assertThat(evidence.sentence("Your recommendation cites no measured or observed constraint; \u00a78: \u201cIf you"
                + " cannot name the bottleneck from evidence, you are not ready to claim the upgrade is necessary.\u201d",
                "uk")).contains("\u201cЯкщо ви не можете назвати вузьке місце на основі доказів, ви ще не готові"
                        + " стверджувати, що апгрейд необхідний.\u201d").doesNotContain("If you cannot");
        // the English page quotes the English module
        assertThat(evidence.sentence("\u00a75: \u201cA hybrid strategy is often the most rational.\u201d", "en"))
                .contains("A hybrid strategy is often the most rational.");
        // the learner's words stay theirs, even where they begin like a module sentence
        assertThat(evidence.sentence("You wrote \u201cA hybrid strategy is often the most rational for me\u201d.", "uk"))
                .contains("\u201cA hybrid strategy is often the most rational for me\u201d");
    }

    /**
     * The Step 4 diagnosis cites module sections; on the Ukrainian page each reads in Ukrainian, for every machine of
     * the labelled labs under every workload family alone and all together.
     */
    @Test
    void theDiagnosisCitesTheModuleInThePagesLanguage() {
        List<LabScenarios.Scenario> scenarios = new ArrayList<>(LabScenarios.all());
        scenarios.addAll(LabScenarios.all(LabScenarios.HELD_OUT));
        List<List<WorkloadFamily>> workloads = new ArrayList<>();
        workloads.add(List.of(WorkloadFamily.values()));
        for (WorkloadFamily family : WorkloadFamily.values()) {
            workloads.add(List.of(family));
        }
        TreeSet<String> english = new TreeSet<>();
        int sections = 0;
        for (LabScenarios.Scenario scenario : scenarios) {
            Object raw = scenario.lab().get("inventory");
            Optional<Inventory> inventory = raw == null ? Optional.empty()
                    : InventoryReading.read((String) raw).inventory();
            if (inventory.isEmpty()) {
                continue;
            }
            for (List<WorkloadFamily> families : workloads) {
                Diagnosis diagnosis = Diagnoser.diagnose(inventory.get(), families);
                for (Diagnosis.Bottleneck bottleneck : java.util.stream.Stream.of(diagnosis.first(), diagnosis.second())
                        .filter(java.util.Objects::nonNull).toList()) {
                    for (Diagnosis.Evidence e : bottleneck.evidence()) {
                        sections++;
                        String shown = evidence.section(e.section(), "uk");
                        if (shown.equals(e.section()) || ENGLISH.matcher(shown).find()) {
                            english.add(e.section());
                        }
                        assertThat(evidence.section(e.section(), "en")).isEqualTo(e.section());
                    }
                }
            }
        }
        assertThat(sections).isGreaterThan(500);
        assertThat(english).as("sections cited in English on the Ukrainian page").isEmpty();
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
