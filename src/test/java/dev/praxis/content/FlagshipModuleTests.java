package dev.praxis.content;

import dev.praxis.content.importing.ContentImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;



class FlagshipModuleTests {

    private static final Path ROOT = Path.of("src/test/resources/content/flagship");
    private static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";

    private static Catalog catalog;
    private static CourseModule module;

    @BeforeAll
    static void importFlagship() throws Exception {
        catalog = new ContentImporter().importTree(ROOT);
        module = catalog.module(SLUG).orElseThrow();
    }

    @Test
    void readsIdentityAndHeader() {
        assertThat(module.title()).isEqualTo("Home AI Workstation Fundamentals");
        assertThat(module.url()).isEqualTo("/modules/" + SLUG + "/");
        assertThat(module.order()).isEqualTo(102);
        assertThat(module.header().track()).isEqualTo("AI/ML Engineering Track");
        assertThat(module.header().complexity()).isEqualTo("MEDIUM");
        assertThat(module.header().time()).isEqualTo("2-3 hours");
        assertThat(module.header().readingTime()).isEqualTo("2-3 hours");
        assertThat(module.header().prerequisites()).startsWith("Module 1.1 complete");
        assertThat(module.header().prerequisiteSlugs())
                .containsExactly("ai-ml-engineering/prerequisites/module-1.1-what-ai-engineering-is");
        assertThat(module.proseHtml()).doesNotContain("Complexity:");
    }

    @Test
    void countsEveryInteractiveBlock() {
        assertThat(module.counts()).isEqualTo(new ModuleCounts(3, 8, 8, 7, 33, 1));
        assertThat(module.predictions()).extracting(Prediction::label)
                .containsExactly("Pause and predict", "Pause and predict", "Decision check");
        assertThat(module.predictions()).allMatch(Prediction::hasReveal);
        assertThat(module.lab().steps()).extracting(step -> step.checklist().size()).containsExactly(3, 3, 4, 4, 4, 4, 5);
        assertThat(module.lab().successCriteria()).hasSize(6);
    }

    @Test
    void keepsRevealsAndAnswersOutOfTheLessonHtml() {
        String prose = module.proseHtml();
        assertThat(prose).doesNotContain("The first suspect is VRAM")
                .doesNotContain("Keep the laptop-first setup for now")
                .doesNotContain("I described the next 3 to 6 months");
        assertThat(module.parts()).filteredOn(LessonPart.PredictionSlot.class::isInstance).hasSize(3);
        assertThat(module.parts()).filteredOn(LessonPart.QuizSlot.class::isInstance).hasSize(1);
        assertThat(module.parts()).filteredOn(LessonPart.LabSlot.class::isInstance).hasSize(1);
        assertThat(module.predictions().get(1).revealText()).startsWith("The first suspect is VRAM");
        assertThat(module.quiz().questions().get(0).answerText()).startsWith("Keep the laptop-first setup for now");
    }

    @Test
    void givesStableIds() {
        assertThat(module.predictions().get(0).id()).isEqualTo(SLUG + ":prediction:1");
        assertThat(module.quiz().questions()).extracting(QuizQuestion::number)
                .containsExactly("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8");
        assertThat(module.lab().steps().get(6).id()).isEqualTo(SLUG + ":step:7");
        assertThat(module.lab().checklist().get(32).id()).isEqualTo(SLUG + ":check:33");
    }

    @Test
    void exposesSectionsAndTableOfContents() {
        assertThat(module.sections()).extracting(LessonSection::title).containsExactly("Learning Outcomes",
                "Why This Module Matters", "Core Content", "Did You Know?", "Common Mistakes", "Quiz",
                "Hands-On Exercise", "Sources");
        assertThat(module.toc()).extracting(TocEntry::title).contains("Step 1: Define The Workload Before Reading Specs",
                "8. Building A Decision Framework You Can Reuse");
        assertThat(module.lab().steps().get(0).anchor()).isEqualTo("step-1-define-the-workload-before-reading-specs");
    }

    @Test
    void rendersCodeDiagramsAndMermaid() {
        String prose = module.proseHtml();
        assertThat(prose).contains("<pre class=\"mermaid\">flowchart TD")
                .contains("<pre class=\"diagram\">+----------------------+")
.contains("<pre data-copy=\"true\"><code class=\"language-bash\"><span class=\"hl-comment\"># Linux: collect basic workstation inventory.</span>");
        assertThat(module.lab().steps().get(2).instructionsHtml()).contains("language-bash")
                .doesNotContain("I recorded CPU, RAM");
    }

    @Test
    void loosesNoTextOfTheSource() {
        String full = module.fullText();
        assertThat(full).contains("Maya had a capable laptop", "Guide them to master one reliable machine first",
                "The correct first upgrade is likely RAM", "Your decision is based on evidence rather than on the largest",
                "Goal: audit the machine you already have");
        assertThat(module.plainText()).doesNotContain("The correct first upgrade is likely RAM")
                .doesNotContain("Guide them to master one reliable machine first");
    }

    @Test
    void reportsOnlyTheMissingPrerequisitePage() {
        assertThat(catalog.problems()).extracting(Problem::message)
                .containsExactly("link to /ai-ml-engineering/prerequisites/module-1.1-what-ai-engineering-is/ resolves to no page");
    }
}
