package dev.praxis.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.praxis.content.ConstructTests.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Shapes found by importing a larger scratch tree of real KubeDojo pages (every track, index pages, Ukrainian),
 * each reproduced in a small fixture written in our own words.
 */
class RealTreeShapeTests {

    @Test
    void drillsRightAfterTheHandsOnExerciseAreStepsOfThatLab() {
        CourseModule module = page("## Hands-On Exercise\n\n**Task**: give a web pod a health check.\n\n"
                + "**Setup:**\n```bash\nk apply -f web.yaml\n```\n\n---\n\n## Practice Drills\n\n"
                + "### Drill 1: Port check (Target: 2 minutes)\n\nAdd a TCP check on port 80.\n\n"
                + "<details>\n<summary>Solution</summary>\n\nUse tcpSocket.\n\n</details>\n\n"
                + "### Drill 2: Command check (Target: 3 minutes)\n\nAdd a check that runs a command.\n\n"
                + "## Next Module\n\nOn to logging.\n");

        assertThat(module.lab().title()).isEqualTo("Hands-On Exercise");
        assertThat(module.lab().steps()).extracting(LabStep::title)
                .containsExactly("Drill 1: Port check (Target: 2 minutes)", "Drill 2: Command check (Target: 3 minutes)");
        assertThat(module.lab().introHtml()).contains("give a web pod a health check").contains("Practice Drills");
        assertThat(module.sections()).extracting(LessonSection::title)
                .containsExactly("Hands-On Exercise", "Practice Drills", "Next Module");
        assertThat(module.proseHtml()).contains("On to logging.");
    }

    @Test
    void aDrillsSectionOnItsOwnIsTheLab() {
        CourseModule module = page("## Quiz\n\n1. **Why pin versions?**\n   <details>\n   <summary>Answer</summary>\n"
                + "   So builds repeat.\n   </details>\n\n## Practice Drills\n\n### Drill 1: Pin an image\n\nPick a tag.\n\n"
                + "### Drill 2: Pin a chart\n\nPick a chart version.\n");

        assertThat(module.quiz().questions()).hasSize(1);
        assertThat(module.lab().steps()).extracting(LabStep::title).containsExactly("Drill 1: Pin an image", "Drill 2: Pin a chart");
    }

    @Test
    void aSecondHandsOnSectionFurtherDownStaysOnThePage() {
        CourseModule module = page("## Hands-On Exercise\n\n### Step 1: Start\n\nBegin here.\n\n## Quiz\n\n"
                + "1. **Why start?**\n   <details>\n   <summary>Answer</summary>\n   To begin.\n   </details>\n\n"
                + "## Hands-On Practice\n\nTry the same on a second cluster.\n");

        assertThat(module.lab().steps()).extracting(LabStep::title).containsExactly("Step 1: Start");
        assertThat(module.proseHtml()).contains("Try the same on a second cluster.");
    }

    @Test
    void aLandingPageSummaryLineIsItsHeader() {
        CourseModule module = page("track/index.md", "> **Storage Track** | 5 Modules | ~3 hours total\n\n"
                + "Keeping data safe.\n\n## Modules\n\n| # | Module |\n|---|---|\n| 1 | Volumes |\n");

        assertThat(module.header().track()).isEqualTo("Storage Track");
        assertThat(module.header().time()).isEqualTo("~3 hours total");
        assertThat(module.header().otherFields()).isEqualTo(Map.of("Modules", "5"));
        assertThat(module.proseHtml()).doesNotContain("5 Modules").contains("Keeping data safe.");
    }

    @Test
    void aUkrainianSummaryLineIsReadTheSameWay() {
        CourseModule module = page("uk/track/index.md", "> **Трек зберігання** | 5 модулів | ~3 години\n\nТекст.\n\n## Модулі\n\nСписок.\n");

        assertThat(module.header().track()).isEqualTo("Трек зберігання");
        assertThat(module.header().time()).isEqualTo("~3 години");
        assertThat(module.header().otherFields()).isEqualTo(Map.of("Модулів", "5"));
    }

    @Test
    void aBoldLineWithOtherWordsIsNotTakenForAHeader() {
        CourseModule module = page("> **Note** | this track assumes a running cluster\n\n## Why\n\nText.\n");

        assertThat(module.header().track()).isNull();
        assertThat(module.proseHtml()).contains("this track assumes a running cluster");
    }

    @Test
    void anEstimatedTimeLineIsTheTime() {
        CourseModule module = page("> **Exam Track** | Practice set | Part 2  \n> **Complexity:** `[MEDIUM]`  \n"
                + "> **Estimated time:** 50 minutes\n\n## Learning Outcomes\n\n- Read a drift report.\n");

        assertThat(module.header().track()).isEqualTo("Exam Track");
        assertThat(module.header().complexity()).isEqualTo("MEDIUM");
        assertThat(module.header().time()).isEqualTo("50 minutes");
        assertThat(module.header().otherFields()).isEmpty();
    }

    @Test
    void aDesignPromptIsAPredictionAnsweredByTheNextParagraph() {
        CourseModule module = page("## Sizing\n\n> **Design prompt:** A nightly job runs four hours and a report job ten "
                + "minutes. Which one belongs on the shared cluster?\n\nThe short report job fits the shared cluster; the long "
                + "one gets its own pool.\n\nMore prose.\n");

        assertThat(module.predictions()).extracting(Prediction::label).containsExactly("Design prompt");
        assertThat(module.predictions().get(0).revealText()).startsWith("The short report job fits");
    }

    @Test
    void aUkrainianBeforeRunningQuestionIsAPrompt() {
        CourseModule module = page("## Інструменти\n\nПерш ніж запускати цю перевірку, вирішіть, що ви очікуєте: "
                + "чи поверне вона лише назви подів? Найчастіше вона повертає ще й їхні стани.\n\nДалі текст.\n");

        assertThat(module.predictions()).hasSize(1);
        assertThat(module.predictions().get(0).revealText()).isEqualTo("Найчастіше вона повертає ще й їхні стани.");
    }

    @Test
    void aUkrainianBeforeRunningInstructionWithoutAQuestionStaysProse() {
        CourseModule module = page("## Інструменти\n\nПерш ніж запускати цю команду, збережіть файл.\n\nДалі текст.\n");

        assertThat(module.predictions()).isEmpty();
    }

    @Test
    void practiceQuestionsAreTheQuiz() {
        CourseModule module = page("## Practice Questions\n\n**Question 1.** Which object keeps a pod count steady?\n\n"
                + "1. A Service.\n2. A ReplicaSet.\n\n<details>\n<summary>Answer + reasoning</summary>\n\n"
                + "The correct answer is **2**. A Service only routes traffic.\n\n</details>\n");

        assertThat(module.quiz().questions()).hasSize(1);
        assertThat(module.quiz().questions().get(0).correctOption()).isEqualTo("2");
    }

    @Test
    void aNumberedListOfBoldLedTasksIsTheStepsOfALabWithoutOthers() {
        CourseModule module = page("## Hands-On Exercise: Share a file safely\n\n1. **Create a bucket** named `drop`.\n"
                + "2. **Upload** any small file.\n3. **Issue a link** that expires in ten minutes.\n\n## Next Module\n\nOn.\n");

        assertThat(module.lab().steps()).extracting(LabStep::title).containsExactly("Create a bucket", "Upload", "Issue a link");
        assertThat(module.lab().steps()).extracting(LabStep::instructionsText)
                .containsExactly("named drop.", "any small file.", "that expires in ten minutes.");
    }

    @Test
    void aNumberedListBesideStepHeadingsStaysInItsStep() {
        CourseModule module = page("## Hands-On Exercise\n\n### Step 1: Prepare\n\n1. **Open** the console.\n"
                + "2. **Log in** as admin.\n\n### Step 2: Finish\n\nDone.\n");

        assertThat(module.lab().steps()).extracting(LabStep::title).containsExactly("Step 1: Prepare", "Step 2: Finish");
    }

    @Test
    void anOutcomeNoteAtTheTopOfAnAnswerStaysWithTheQuestionNotTheModelAnswer() {
        CourseModule module = page("## Quiz\n\n<details>\n<summary>1. Logs are read once a quarter. Which tier fits?</summary>\n\n"
                + "*[Maps to Learning Outcome: Choose a storage tier by access pattern]*\n\n"
                + "The cold tier: rare reads cost little there.\n</details>\n");

        QuizQuestion question = module.quiz().questions().get(0);
        assertThat(question.answerText()).isEqualTo("The cold tier: rare reads cost little there.");
        assertThat(question.questionText()).contains("Maps to Learning Outcome: Choose a storage tier by access pattern");
    }

    @Test
    void aRevealEndingOnAColonKeepsTheCommandItIntroduces() {
        CourseModule module = page("## Triage\n\n> **Active Learning Prompt**: Three pods wait in Pending. Which source explains "
                + "why first?\n\nThe quickest first look is still:\n\n```bash\nk describe pod web-0\n```\n\nIts events name the "
                + "scheduler's reason.\n");

        Prediction prediction = module.predictions().get(0);
        assertThat(prediction.revealText()).contains("The quickest first look is still:").contains("k describe pod web-0");
        assertThat(module.proseHtml()).doesNotContain("k describe pod web-0").contains("Its events name");
    }

    @Test
    void tryItYourselfOpensAPromptThatCanAnswerItself() {
        CourseModule module = page("## Listing\n\n> **Try it yourself**: List the folder once plain and once with `-l`. "
                + "What changes between the two? Sizes and dates appear beside every name.\n\nHidden files come next.\n");

        assertThat(module.predictions()).extracting(Prediction::label).containsExactly("Try it yourself");
        assertThat(module.predictions().get(0).revealText()).isEqualTo("Sizes and dates appear beside every name.");
        assertThat(module.proseHtml()).contains("Hidden files come next.");
    }

    @Test
    void aBeforeRunningSentenceThatAsksForAPredictionIsAPromptInBothLanguages() {
        CourseModule module = page("## Конвеєри\n\nПеред тим як запустити цей конвеєр, передбачте, яка з двох команд почне "
                + "роботу першою. Потім змініть слово пошуку.\n\n## Скрипти\n\nПеред тим як запустити скрипт, збережіть файл.\n\n"
                + "## Pipes\n\nBefore running the pipeline, predict which side prints first.\n\n## Scripts\n\n"
                + "Before running the script, close the editor.\n");

        assertThat(module.predictions()).extracting(Prediction::label)
                .containsExactly("Перед тим як запустити", "Before running");
        assertThat(module.proseHtml()).contains("збережіть файл").contains("close the editor");
    }

    @Test
    void aSentenceAfterTheTimeInTheHeaderLineStaysInTheLesson() {
        CourseModule module = page("> **Storage Track** | Complexity: `[MEDIUM]` | Time: 40-50 min. This module walks through "
                + "`fsck` and snapshot checks in a fixed order.\n\n## Why\n\nText.\n");

        assertThat(module.header().track()).isEqualTo("Storage Track");
        assertThat(module.header().time()).isEqualTo("40-50 min");
        assertThat(module.proseHtml()).contains("This module walks through <code>fsck</code> and snapshot checks")
                .doesNotContain("Complexity");
    }

    @Test
    void aFractionalSidebarOrderPlacesThePageBetweenItsNeighbours(@TempDir Path content) throws Exception {
        Files.createDirectories(content.resolve("track"));
        Files.writeString(content.resolve("track/a-first.md"), "---\ntitle: \"First\"\nsidebar:\n  order: 2\n---\n\nOne.\n");
        Files.writeString(content.resolve("track/b-last.md"), "---\ntitle: \"Last\"\nsidebar:\n  order: 3\n---\n\nThree.\n");
        Files.writeString(content.resolve("track/0-between.md"), "---\ntitle: \"Between\"\nsidebar:\n  order: 2.5\n---\n\nTwo.\n");

        Catalog catalog = new ContentImporter(1).importTree(content);

        assertThat(catalog.root().sections().get(0).modules()).extracting(CourseModule::title)
                .containsExactly("First", "Between", "Last");
    }

    @Test
    void letteredPartsAreTheStepsAndBoldStepLabelsInsideThemStayTheirInstructions() {
        CourseModule module = page("## Hands-On Exercise\n\n### Part A: Break something on purpose\n\n"
                + "**Step 1: Start three copies**\n\nRun them.\n\n**Step 2: Stop one**\n\nWatch it come back.\n\n"
                + "### Part B: Explain what happened\n\nWrite two sentences.\n\n**Success Criteria**:\n"
                + "- [ ] Part A: one copy came back\n- [ ] Part B: the note names the controller\n");

        assertThat(module.lab().steps())
                .extracting(LabStep::title, step -> step.instructionsText().contains("Step 1: Start three copies"))
                .containsExactly(tuple("Part A: Break something on purpose", true), tuple("Part B: Explain what happened", false));
        assertThat(module.lab().checklist()).hasSize(2);
    }

    @Test
    void aLabelledTrackLineOfTheHeaderIsTheTrack() {
        CourseModule module = page("> **Complexity**: `[COMPLEX]`\n>\n> **Time to Complete**: 40 minutes\n>\n"
                + "> **Track**: Foundations\n\n## Why\n\nText.\n");

        assertThat(module.header().track()).isEqualTo("Foundations");
        assertThat(module.header().otherFields()).isEmpty();
    }
}
