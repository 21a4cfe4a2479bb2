package dev.praxis.content.importing;

import dev.praxis.content.Catalog;
import dev.praxis.content.CourseModule;
import dev.praxis.content.LabStep;
import dev.praxis.content.LessonSection;
import dev.praxis.content.Prediction;
import dev.praxis.content.QuizQuestion;
import dev.praxis.content.importing.ContentImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static dev.praxis.content.importing.ConstructTests.page;
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

    @Test
    void aUkrainianCumulativeQuizIsItsGroupsOfNumberedQuestions() {
        CourseModule module = page("uk/track/part-quiz.md", "> **Обмеження часу**: 20 хвилин\n\nТест охоплює два модулі.\n\n"
                + "## Розділ 1: Черги (2 питання)\n\n### П1: Довжина черги\nЩо показує довжина черги?\n\n"
                + "<details>\n<summary>Відповідь</summary>\n\nСкільки роботи чекає.\n\n</details>\n\n"
                + "### П2: Споживачі\nКоли додавати споживачів?\n\n<details>\n<summary>Відповідь</summary>\n\n"
                + "Коли черга росте довше за хвилину.\n\n</details>\n\n## Розділ 2: Журнали (1 питання)\n\n"
                + "### П3: Ротація\nНавіщо стискати старі журнали?\n\n<details>\n<summary>Відповідь</summary>\n\n"
                + "Щоб диск не заповнився.\n\n</details>\n\n## Оцінювання\n\nПорахуйте правильні відповіді.\n");

        assertThat(module.quiz().questions()).extracting(QuizQuestion::answerText)
                .containsExactly("Скільки роботи чекає.", "Коли черга росте довше за хвилину.", "Щоб диск не заповнився.");
        assertThat(module.quiz().questions().get(0).questionText()).contains("Довжина черги").contains("Що показує довжина черги?");
    }

    @Test
    void theUkrainianActiveLearningPromptAndChoiceQuestionOpenPrompts() {
        CourseModule module = page("uk/track/module-1.md", "## Черги\n\nПідказка для активного навчання: перш ніж читати "
                + "далі, вирішіть, де зберігати чорнові файли задачі.\n\nЧорновий каталог зникає разом із подом.\n\n"
                + "> **Запит на активне навчання**: Черга росте, а "
                + "споживачі простоюють. Що перевірити першим?\n\nСпершу — чи споживачі взагалі бачать чергу.\n\n"
                + "Який підхід ви б обрали тут і чому: одна спільна черга чи окрема для кожної команди? Зазвичай починають "
                + "зі спільної.\n\nДалі текст.\n");

        assertThat(module.predictions()).extracting(Prediction::label)
                .containsExactly("Підказка для активного навчання", "Запит на активне навчання", "Який підхід ви б обрали");
        assertThat(module.predictions()).extracting(Prediction::revealText).containsExactly("Чорновий каталог зникає разом із подом.",
                "Спершу — чи споживачі взагалі бачать чергу.", "Зазвичай починають зі спільної.");
        assertThat(module.proseHtml()).contains("Далі текст.");
    }

    @Test
    void anyShortLabelAroundActiveLearningOpensAPromptButProseAboutItDoesNot() {
        CourseModule module = page("## Черги\n\n**Вправа з активного навчання**: що станеться з чергою, якщо споживач зупиниться?\n\n"
                + "Вона почне рости.\n\n**Active Learning Exercise:** which consumer drains the queue first?\n\nThe fastest one.\n\n"
                + "Active learning works better than rereading notes.\n");

        assertThat(module.predictions()).extracting(Prediction::revealText).containsExactly("Вона почне рости.", "The fastest one.");
        assertThat(module.proseHtml()).contains("Active learning works better than rereading notes.");
    }

    @Test
    void aTimeLimitLineMakesTheBlockTheHeaderInBothLanguages() {
        CourseModule english = page("> **Time Limit**: 30 minutes\n>\n> **Passing Score**: 75% (9/12 questions)\n\n## Section 1\n\nText.\n");
        CourseModule ukrainian = page("uk/track/quiz.md", "> **Обмеження часу**: 30 хвилин\n>\n> **Прохідний бал**: 75%\n\n"
                + "## Розділ 1\n\nТекст.\n");

        assertThat(english.header().time()).isEqualTo("30 minutes");
        assertThat(english.header().otherFields()).isEqualTo(Map.of("Passing Score", "75% (9/12 questions)"));
        assertThat(ukrainian.header().time()).isEqualTo("30 хвилин");
        assertThat(ukrainian.proseHtml()).doesNotContain("Прохідний бал");
    }

    @Test
    void frontMatterClosedOnTheLineOfItsLastQuotedValueStillImports() throws ContentImportException {
        CourseModule module = new ContentImporter(1).importSource("uk/track/module-2.md", "---\ntitle: \"Модуль 2: Черги\"\n"
                + "sidebar:\n  order: 3\nsource_file: \"docs/track/module-2.md\"---\n> **Час**: 20 хвилин\n\n---\n\n"
                + "## Вступ\n\nТекст про черги.\n");

        assertThat(module).extracting(CourseModule::title, CourseModule::order, m -> m.header().time(),
                m -> m.frontMatter().get("source_file"), m -> m.proseHtml().contains("Текст про черги."))
                .containsExactly("Модуль 2: Черги", 3, "20 хвилин", "docs/track/module-2.md", true);
    }

    @Test
    void aLabelStartingALineInsideAHardWrappedParagraphOpensAPrompt() {
        CourseModule module = page("## Buffers\n\nA delivery buffer trades delay\nfor fewer, larger files.\n"
                + "Pause and predict: what happens to query\ncost when the files stay tiny?\n"
                + "Every query opens more files and plans\nlonger, so it costs more.\n\n"
                + "## Shards\n\nOne shard takes a fixed write rate.\nNow you solve it: how many shards does\n"
                + "a stream of four megabytes a second need?\nFour, before any headroom.\n\n"
                + "Plain prose where a line starts\nwith something: a colon is not a label.\n");

        assertThat(module.predictions()).extracting(Prediction::label).containsExactly("Pause and predict", "Now you solve it");
        assertThat(module.predictions()).extracting(Prediction::promptText).allMatch(text -> text.strip().endsWith("?"));
        assertThat(module.predictions()).extracting(Prediction::revealText)
                .containsExactly("Every query opens more files and plans longer, so it costs more.", "Four, before any headroom.");
        assertThat(module.proseHtml()).contains("A delivery buffer trades delay").contains("One shard takes a fixed write rate.")
                .contains("with something: a colon is not a label.");
    }

    @Test
    void aPromptOpeningMidLineInWrappedProseWithholdsItsAnswerAndNotTheProseAroundIt() {
        CourseModule module = page("## Queues\n\nA queue absorbs bursts that the consumer cannot take at once. Pause and"
                + " predict: a producer\nsends twice the consumer's rate for a minute; what does the queue hold at the"
                + " end? Half of\nwhat was sent stays queued, and it drains only when the burst is over.\n\n"
                + "Draining takes as long as the burst did when the rates are even.\n\n"
                + "## Retries\n\nEvery retry adds load at the worst moment. **Stop and think:** why does a fixed"
                + " delay make it worse? Decide before reading on.\n\nAll clients wake at the same moment and hit the"
                + " service together.\n\nJitter spreads them out.\n");

        assertThat(module.predictions()).extracting(Prediction::label).containsExactly("Pause and predict", "Stop and think");
        assertThat(module.predictions()).extracting(prediction -> prediction.promptText().replaceAll("\\s+", " ").strip())
                .containsExactly("Pause and predict: a producer sends twice the consumer's rate for a minute; what does the"
                        + " queue hold at the end?", "Stop and think: why does a fixed delay make it worse? Decide before"
                        + " reading on.");
        assertThat(module.predictions()).extracting(prediction -> prediction.revealText().replaceAll("\\s+", " "))
                .containsExactly("Half of what was sent stays queued, and it drains only when the burst is over.",
                        "All clients wake at the same moment and hit the service together.");
        assertThat(module.proseHtml()).contains("A queue absorbs bursts that the consumer cannot take at once.")
                .contains("Draining takes as long as the burst did").contains("Every retry adds load at the worst moment.")
                .contains("Jitter spreads them out.").doesNotContain("Half of").doesNotContain("All clients wake");
    }

    @Test
    void aLabelInsideALineWithoutAQuestionIsProse() {
        CourseModule module = page("## Shell\n\nThe prompt shows where you are. Try it yourself: type pwd and read the"
                + " path it prints.\n\nThe next section covers paths.\n");

        assertThat(module.predictions()).isEmpty();
        assertThat(module.proseHtml()).contains("Try it yourself: type pwd").contains("The next section covers paths.");
    }

    @Test
    void ukrainianThinkAndWhatWouldHappenLabelsOpenPrompts() {
        CourseModule module = page("uk/track/module-3.md", "## Томи\n\n> **Подумайте**: под переїхав на інший вузол. "
                + "Що лишиться від файлів у тимчасовому томі?\n\nНічого: том живе стільки, скільки под.\n\n"
                + "> **Що станеться, якщо**: оновити карту конфігурації, змонтовану одним файлом?\n\n"
                + "Под не побачить змін до перезапуску.\n\nПодумайте про це як про звичайну папку.\n");

        assertThat(module.predictions()).extracting(Prediction::label).containsExactly("Подумайте", "Що станеться, якщо");
        assertThat(module.predictions()).extracting(Prediction::revealText)
                .containsExactly("Нічого: том живе стільки, скільки под.", "Под не побачить змін до перезапуску.");
    }

    @Test
    void boldNumberedStepsCutApartByCodeFencesAreTheStepsAndLaterDrillsAreNot() {
        CourseModule module = page("## Hands-On Exercise\n\n**Task**: look at name lookups.\n\n**Steps**:\n\n"
                + "1. **See the resolver pods**:\n```bash\nk get pods -n kube-system\n```\n\n"
                + "2. **Read the resolver settings**:\n```bash\nk get cm coredns -n kube-system\n```\n\n"
                + "Check the map has a forward line.\n\n"
                + "3. **Clean up**:\n```bash\nk delete ns lookups\n```\n\n"
                + "**Success Criteria**:\n- [ ] Found the pods\n- [ ] Read the settings\n\n---\n\n"
                + "## Practice Drills\n\n### Drill 1: Short names (Target: 2 minutes)\n\nLook up a service by its short name.\n\n"
                + "### Drill 2: Other namespaces (Target: 3 minutes)\n\nLook up a service in another namespace.\n");

        assertThat(module.lab().steps()).extracting(LabStep::title)
                .containsExactly("See the resolver pods", "Read the resolver settings", "Clean up");
        assertThat(module.lab().steps().get(1).instructionsText()).contains("forward line");
        assertThat(module.lab().checklist()).hasSize(2);
        assertThat(module.lab().introHtml()).contains("look at name lookups");
        assertThat(module.lab().closingHtml()).contains("Look up a service by its short name.");
    }

    @Test
    void aPlainNumberedListUnderYourTasksIsTheSteps() {
        CourseModule module = page("## Hands-On Exercise\n\n**Task**: repair a broken image reference.\n\n"
                + "**Setup:**\n```bash\nk create deploy broken --image=web:missing\n```\n\n"
                + "**Your Tasks:**\n1. Find out why the pods wait\n2. Pick a tag that exists\n3. Point the deployment at it\n\n"
                + "**Success Criteria:**\n- [ ] The pods run\n\n## Practice Drills\n\n### Drill 1: Read an image name\n\nSplit it.\n");

        assertThat(module.lab().steps()).extracting(LabStep::title)
                .containsExactly("Find out why the pods wait", "Pick a tag that exists", "Point the deployment at it");
    }

    @Test
    void ukrainianTryThisWithATimeInBracketsOpensAPromptButASentenceDoesNot() {
        CourseModule module = page("uk/track/module-4.md", "## Згода\n\nСпробуйте це зробити до наступного розділу.\n\n"
                + "> **Спробуйте це (3 хвилини)**\n>\n> Згадайте дві системи, де вузли мають дійти згоди.\n>\n"
                + "> | Система | Про що згода |\n> |---|---|\n> | | |\n\n## Далі\n\nТекст.\n");

        assertThat(module.predictions()).singleElement().satisfies(prediction -> {
            assertThat(prediction.label()).isEqualTo("Спробуйте це");
            assertThat(prediction.promptText()).contains("Згадайте дві системи");
        });
        assertThat(module.proseHtml()).contains("Спробуйте це зробити до наступного розділу.");
    }
}
