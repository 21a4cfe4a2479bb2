package dev.praxis.content;

import dev.praxis.content.importing.ContentImporter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;



/** The real flagship module in {@code content/}: nothing of the seed's text lost, and its golden structure. */
class FlagshipFidelityTests {

    private static final Path CONTENT = Path.of("content");
    private static final Path SEED = Path.of("src/test/resources/seed/home-ai-workstation-fundamentals.txt");
    private static final Path DEBRIS = Path.of("src/test/resources/seed/debris.txt");
    private static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    private static final String FILE = SLUG + ".md";

    private static Catalog catalog;

    @BeforeAll
    static void importTheRealTree() throws Exception {
        catalog = new ContentImporter(2).importTree(CONTENT);
    }

    private static CourseModule english() {
        return catalog.modules().stream().filter(module -> module.path().equals(FILE)).findFirst().orElseThrow();
    }

    private static CourseModule ukrainian() {
        return catalog.modules().stream().filter(module -> module.path().equals("uk/" + FILE)).findFirst().orElseThrow();
    }

    @Test
    void treeImportsWithoutFailures() {
        assertThat(catalog.failures()).isEmpty();
    }

    @Test
    void noSentenceOfTheSeedIsMissingFromTheRenderedLesson() throws Exception {
        CourseModule module = english();
        String rendered = comparable(headerAsThePageShowsIt(module) + "\n" + module.fullText());
        Set<String> debris = Files.readAllLines(DEBRIS).stream().map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.toSet());

        List<String> seedLines = Files.readAllLines(SEED, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !debris.contains(line))
                .map(line -> line.startsWith("•") ? line.substring(1).strip() : line)
                .toList();
        List<String> missing = seedLines.stream()
                .filter(line -> !line.equals(ANSWER_TOGGLE))
                .flatMap(line -> sentences(line).stream())
                .filter(sentence -> !rendered.contains(comparable(sentence)))
                .toList();

        assertThat(seedLines).hasSizeGreaterThan(300);
        assertThat(seedLines.stream().filter(ANSWER_TOGGLE::equals).count())
                .as("the seed's answer toggles, one per answered question").isEqualTo(module.quiz().answered());
        assertThat(missing).as("seed sentences missing from the rendered lesson").isEmpty();
    }

    /** The label of the toggle that opens a quiz answer on the seed's page: page furniture, not module text. */
    private static final String ANSWER_TOGGLE = "Answer";

    /** The title and the header lines the lesson page shows as its heading and chips. */
    private static String headerAsThePageShowsIt(CourseModule module) {
        ModuleHeader header = module.header();
        return module.title() + "\n" + header.track() + " | Complexity: [" + header.complexity() + "] | Time: "
                + header.time() + "\nReading Time: " + header.readingTime() + "\nPrerequisites: "
                + header.prerequisites();
    }

    /**
     * Text as both sides can be compared: no straight double quotes (the mermaid labels in the Markdown add some the
     * seed never had) and no whitespace at all (ASCII diagrams differ in spacing, and the seed glues table cells
     * together without any).
     */
    private static String comparable(String text) {
        return text.replace("\"", "").replaceAll("\\s+", "");
    }

    /** A seed line cut after each sentence end, so a report names the sentence, not the whole paragraph. */
    private static List<String> sentences(String line) {
        return List.of(line.split("(?<=[.!?])\\s+(?=[A-Z])")).stream().map(String::strip)
                .filter(sentence -> !sentence.isEmpty()).toList();
    }

    @Nested
    @DisplayName("golden structure")
    class Structure {

        @Test
        void englishEdition() {
            assertGoldenStructure(english(), "Pause and predict", "Decision check");
        }

        @Test
        void ukrainianEditionHasTheSameShape() {
            CourseModule module = ukrainian();
            assertThat(module.language()).isEqualTo("uk");
            assertThat(module.counts()).isEqualTo(english().counts());
            assertThat(module.predictions()).allMatch(Prediction::hasReveal);
            assertThat(module.quiz().questions()).allMatch(QuizQuestion::hasAnswer);
            assertThat(module.lab().successCriteria()).hasSize(6);
        }

        private void assertGoldenStructure(CourseModule module, String predict, String decide) {
            assertThat(module.counts()).isEqualTo(new ModuleCounts(3, 8, 8, 7, 33, 1));
            assertThat(module.predictions()).extracting(Prediction::label).containsExactly(predict, predict, decide);
            assertThat(module.predictions()).allMatch(Prediction::hasReveal);
            assertThat(module.quiz().questions()).hasSize(8).allMatch(QuizQuestion::hasAnswer);
            assertThat(module.lab().steps()).hasSize(7);
            assertThat(module.lab().checklist()).hasSize(33);
            assertThat(module.lab().successCriteria()).hasSize(6);
            assertThat(module.counts().mermaid()).isEqualTo(1);
        }
    }

    @Test
    void checkContentReportsNoProblemForTheFlagship() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new CheckContentTool().run(List.of(CONTENT.toString(), "--json"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        List<JsonNode> flagship = new ArrayList<>();
        report.get("modules").forEach(module -> {
            if (module.get("path").asString().endsWith(FILE)) {
                flagship.add(module);
            }
        });
        assertThat(flagship).hasSize(2).allSatisfy(module -> {
            assertThat(module.get("imported").asBoolean()).isTrue();
            assertThat(module.get("problems")).as(module.get("path").asString()).isEmpty();
        });
    }
}
