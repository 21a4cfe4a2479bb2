package dev.praxis.content.importing;

import dev.praxis.content.ChecklistItem;
import dev.praxis.content.CourseModule;
import dev.praxis.content.Lab;
import dev.praxis.content.LabStep;
import dev.praxis.content.Prediction;
import dev.praxis.content.QuizOption;
import dev.praxis.content.QuizQuestion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static dev.praxis.content.importing.ConstructTests.page;
import static org.assertj.core.api.Assertions.assertThat;



/**
 * Shapes met in real KubeDojo modules (a cumulative quiz, a foundations module), reproduced in small fixtures of our
 * own: each test is a place where the import kept the text but showed or graded it wrongly.
 */
class RealShapeTests {

    @Test
    void aQuestionUnderItsOwnHeadingReadsWithoutTheAnchorIcon() {
        CourseModule module = page("## Quiz\n\n### 1. Cache Warmup\n\nWhy does the first request run slowly?\n\n"
                + "<details>\n<summary>Answer</summary>\n\nThe cache is still empty.\n\n</details>\n");

        QuizQuestion question = module.quiz().questions().get(0);
        assertThat(question.questionText()).isEqualTo("1. Cache Warmup Why does the first request run slowly?");
        assertThat(question.answerText()).isEqualTo("The cache is still empty.");
        assertThat(module.plainText()).doesNotContain("#");
    }

    @Test
    void aPromptUnderItsOwnHeadingReadsWithoutTheAnchorIcon() {
        CourseModule module = page("### Active Learning Prompt: Guess The Bottleneck\n\nWhich resource runs out first?\n\n"
                + "Memory, because every worker holds a copy.\n");

        Prediction prediction = module.predictions().get(0);
        assertThat(prediction.promptText()).startsWith("Active Learning Prompt: Guess The Bottleneck")
                .endsWith("Which resource runs out first?").doesNotContain("#");
        assertThat(prediction.revealText()).isEqualTo("Memory, because every worker holds a copy.");
    }

    @Test
    void aBoldStepLabelIsTheStepTitleAndIsNotRepeatedInItsInstructions() {
        CourseModule module = page("## Hands-On Exercise\n\n**Task**: tidy a config file.\n\n"
                + "**Step 1: Read the file.** Open it and note each section.\n\n"
                + "**Step 2: Remove dead keys**\n\nDelete keys nothing reads.\n\n"
                + "**Step 3:** Save it, then reload the service.\n\n"
                + "**Success Criteria**:\n\n- [ ] The service starts with the tidied file.\n");

        assertThat(module.lab().steps()).extracting(LabStep::title)
                .containsExactly("Step 1: Read the file", "Step 2: Remove dead keys", "Step 3");
        assertThat(module.lab().steps()).extracting(LabStep::instructionsText)
                .containsExactly("Open it and note each section.", "Delete keys nothing reads.",
                        "Save it, then reload the service.");
        assertThat(module.lab().steps().get(0).instructionsHtml()).isEqualTo("<p>Open it and note each section.</p>");
        assertThat(module.lab().checklist()).extracting(ChecklistItem::text)
                .containsExactly("The service starts with the tidied file.");
    }

    @Test
    void anUnknownLabelledHeaderLineIsKeptAsItsOwnFieldNotTakenForTheTrack() {
        CourseModule module = page("> **Complexity**: `[QUICK]`\n>\n> **Time to Complete**: 30 minutes\n>\n"
                + "> **Kubernetes Version**: 1.34+\n\n---\n\n## Why This Module Matters\n\nBecause.\n");

        assertThat(module.header().track()).isNull();
        assertThat(module.header().complexity()).isEqualTo("QUICK");
        assertThat(module.header().time()).isEqualTo("30 minutes");
        assertThat(module.header().otherFields()).isEqualTo(Map.of("Kubernetes Version", "1.34+"));
        assertThat(module.proseHtml()).doesNotContain("Kubernetes Version");
    }

    @Test
    void aTrackNameWithoutALabelStaysTheTrack() {
        CourseModule module = page("> **Storage Track** | Complexity: `[MEDIUM]` | Time: 1 hour\n\n## Why\n\nText.\n");

        assertThat(module.header().track()).isEqualTo("Storage Track");
        assertThat(module.header().otherFields()).isEmpty();
    }

    @Test
    void aComponentWhoseAttributesSpanSeveralLinesIsConvertedWholeAndItsLinkGoesWhereThePlatformServesThePage() {
        CourseModule module = page("track/page.mdx", "import { CardGrid, LinkCard } from '@astrojs/starlight/components';\n\n"
                + "Pick a path.\n\n<CardGrid>\n  <LinkCard\n    title=\"Storage\"\n    description=\"Volumes and snapshots\"\n"
                + "    href=\"/track/storage/\"\n  />\n  <LinkCard title=\"Networking\" href=\"../net/\" />\n"
                + "  <LinkCard title=\"Upstream\" href=\"https://example.org/docs\" />\n</CardGrid>\n\n"
                + "Then come back.\n\n> **Pause and predict**: which path first?\n\nStorage.\n");

        assertThat(module.proseHtml())
                .contains("<a href=\"/modules/track/storage/\">Storage</a> Volumes and snapshots")
                .contains("<a href=\"/modules/track/net/\">Networking</a>")
                .contains("<a href=\"https://example.org/docs\" rel=\"noopener noreferrer\" target=\"_blank\">Upstream</a>")
                .doesNotContain("title=\"Storage\"");
        assertThat(module.plainText()).contains("Then come back.");
        // the tag's lines are kept as blank lines, so what follows keeps its source line (front matter: 4 lines)
        assertThat(module.predictions()).extracting(Prediction::line).containsExactly(21);
    }

    @Test
    void anInputOtherThanATaskCheckboxIsDroppedNotTurnedIntoACheckbox() {
        CourseModule module = page("<div>\n  <label>Import <input type=\"file\" accept=\".json\" /></label>\n</div>\n\n"
                + "- [ ] A real task\n");

        assertThat(module.proseHtml()).contains("Import").doesNotContain("type=\"checkbox\" disabled>\n</label>");
        assertThat(module.proseHtml().split("<input", -1)).hasSize(2);
    }

    @Test
    void pauseOrStopWithAnyVerbOpensAPromptInBothLanguages() {
        CourseModule module = page("> **Зупиніться й передбачте**: що покаже команда після збою?\n\n"
                + "Відповідь: порожній список.\n\n> **Stop and explain**: why is the list empty?\n\n"
                + "Nothing matched the selector.\n\nStop and look at the chart below before reading on.\n");

        assertThat(module.predictions()).extracting(Prediction::label)
                .containsExactly("Зупиніться й передбачте", "Stop and explain");
        assertThat(module.predictions()).extracting(Prediction::revealText)
                .containsExactly("Відповідь: порожній список.", "Nothing matched the selector.");
        assertThat(module.proseHtml()).contains("Stop and look at the chart below").doesNotContain("порожній список");
    }

    @Test
    void theUkrainianTimeLabelOfTheHeaderIsTheTime() {
        CourseModule module = page("> **Складність**: `[ШВИДКИЙ]` — коротко\n>\n> **Час на проходження**: 20–30 хвилин\n\n"
                + "## Чому це важливо\n\nТекст.\n");

        assertThat(module.header().complexity()).isEqualTo("ШВИДКИЙ");
        assertThat(module.header().time()).isEqualTo("20–30 хвилин");
        assertThat(module.header().otherFields()).isEmpty();
    }

    @Test
    void aGroupHeadingBetweenStepsKeepsItsPlaceBeforeTheStepsItIntroduces() {
        CourseModule module = page("## Практична вправа\n\nВступ.\n\n### Крок 1: відкрийте журнал\n\nЗнайдіть помилку.\n\n"
                + "Критерії успіху для цього кроку:\n\n- [ ] Помилку знайдено.\n\n### Додаткові завдання\n\n"
                + "### Вправа 1: повторіть на іншому вузлі\n\nТе саме на другому вузлі.\n\n## Джерела\n\n- один\n");

        Lab lab = module.lab();
        assertThat(lab.steps()).extracting(LabStep::title)
                .containsExactly("Крок 1: відкрийте журнал", "Вправа 1: повторіть на іншому вузлі");
        assertThat(lab.steps().get(0).checklist()).extracting(ChecklistItem::text).containsExactly("Помилку знайдено.");
        assertThat(lab.steps().get(0).instructionsText()).endsWith("Додаткові завдання");
        assertThat(lab.closingHtml()).doesNotContain("Додаткові завдання");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yaml", "bash", "", "text", "ascii", "mermaid", "go"})
    void codeKeepsTheIndentationOfEveryLine(String language) {
        CourseModule module = page("## Manifest\n\n```" + language + "\nspec:\n  replicas: 2\n    nested: deeper\nend\n```\n");

        String text = org.jsoup.Jsoup.parseBodyFragment(module.proseHtml()).select("pre").text();
        String pre = org.jsoup.Jsoup.parseBodyFragment(module.proseHtml()).select("pre").first().wholeText();
        assertThat(text).contains("replicas: 2");
        assertThat(pre).contains("spec:\n  replicas: 2\n    nested: deeper\nend");
    }

    @Test
    void codeInsideAQuizAnswerAndALabStepKeepsItsIndentation() {
        CourseModule module = page("## Quiz\n\n<details>\n<summary>1. What does the manifest set?</summary>\n\n"
                + "```yaml\nspec:\n  replicas: 2\n```\n\n</details>\n\n## Hands-On Exercise\n\n### Step 1: Apply\n\n"
                + "```yaml\nmetadata:\n  name: demo\n```\n");

        assertThat(module.quiz().questions().get(0).answerHtml()).contains("spec:\n  replicas: 2");
        assertThat(module.lab().steps().get(0).instructionsHtml()).contains("metadata:\n  name: demo");
    }

    @Test
    void aPlainPromptThatAnswersItselfRevealsItsOwnAnswerAndLeavesTheNextParagraphVisible() {
        CourseModule module = page("Pause and predict: with a cold cache, which request is slowest? Usually the first one, "
                + "because nothing is loaded yet.\n\nEviction comes next and is ordinary prose.\n\n"
                + "> **Stop and think**: which one would you pick? Decide first, then compare with the next paragraph.\n\n"
                + "The second one, since it reuses the warm cache.\n");

        assertThat(module.predictions()).extracting(Prediction::promptText).containsExactly(
                "Pause and predict: with a cold cache, which request is slowest?",
                "Stop and think: which one would you pick? Decide first, then compare with the next paragraph.");
        assertThat(module.predictions()).extracting(Prediction::revealText).containsExactly(
                "Usually the first one, because nothing is loaded yet.", "The second one, since it reuses the warm cache.");
        assertThat(module.proseHtml()).contains("Eviction comes next and is ordinary prose.");
    }

    @Test
    void numberedOptionsAreMultipleChoiceWhenTheAnswerNamesOneByNumber() {
        CourseModule module = page("## Quiz\n\n**Question 1.** A backup job fails every night. What do you check first?\n\n"
                + "1. The disk quota on the target.\n2. The colour of the dashboard.\n3. The office Wi-Fi.\n\n"
                + "<details>\n<summary>Answer + reasoning</summary>\n\nThe correct answer is **1**. A full target stops "
                + "the copy. Option 2 is wrong because colours change nothing.\n\n</details>\n\n"
                + "### 2. Rotation\n\nLogs fill the disk within a week. Which change helps?\n\n"
                + "1. Delete the log directory.\n2. Rotate and compress the logs daily.\n\n"
                + "<details>\n<summary>Answer</summary>\n\nOption 2 is correct because rotation bounds the size.\n\n"
                + "</details>\n\n### 3. Order\n\nPut these in order and explain why:\n\n1. Stop the writer.\n"
                + "2. Copy the file.\n\n<details>\n<summary>Answer</summary>\n\nStop first, then copy 2 files at most, "
                + "so nothing changes under the copy.\n\n</details>\n");

        List<QuizQuestion> questions = module.quiz().questions();
        assertThat(questions.get(0).options()).extracting(QuizOption::letter).containsExactly("1", "2", "3");
        assertThat(questions.get(0).options().get(0).text()).isEqualTo("The disk quota on the target.");
        assertThat(questions).extracting(QuizQuestion::correctOption).containsExactly("1", "2", null);
        assertThat(questions.get(2).options()).isEmpty();
    }

    @Test
    void aLetteredOptionNamedCorrectAfterItsLetterIsTheCorrectOption() {
        CourseModule module = page("## Quiz\n\n1. Which store keeps the cluster state?\n\n   A) etcd\n   B) the kubelet\n\n"
                + "   <details>\n   <summary>Answer</summary>\n\n   Option A is correct: the API server persists to it.\n\n"
                + "   </details>\n");

        assertThat(module.quiz().questions().get(0).correctOption()).isEqualTo("A");
    }

    @Test
    void aLabelQualifiedByAFewWordsBeforeItsColonStillOpensAPrompt() {
        CourseModule module = page("Зупиніться та подумайте, перш ніж читати далі: яка команда покаже монтування після "
                + "перезавантаження? Поточний стан показує `findmnt`, а збережений читають у `/etc/fstab`.\n\n"
                + "Which approach would you choose here and why: one shared cache or one per worker? Most teams start "
                + "with one per worker.\n\nTry this command: `ls -la` lists hidden files too.\n\n"
                + "Stop and look at the chart below before reading on.\n");

        assertThat(module.predictions()).extracting(Prediction::label)
                .containsExactly("Зупиніться та подумайте", "Which approach would you choose");
        assertThat(module.predictions()).extracting(Prediction::revealText).containsExactly(
                "Поточний стан показує findmnt, а збережений читають у /etc/fstab.", "Most teams start with one per worker.");
        assertThat(module.proseHtml()).contains("lists hidden files too").contains("Stop and look at the chart");
    }

    @Test
    void boldNumberedTitlesAreTheStepsOfALabWithoutStepLabels() {
        CourseModule module = page("## Hands-On Exercise: Budget a Queue\n\nPlan capacity for a job queue.\n\n"
                + "### Your Task\n\n**1. Measure the arrival rate**\n\n```yaml\nrate: # jobs per minute\n```\n\n"
                + "**2. Pick a worker count**\n\nJustify it against the peak.\n\n### Success Criteria\n\n"
                + "- [ ] The worker count covers the peak\n\n## Next Module\n\nOn to scaling.\n");

        Lab lab = module.lab();
        assertThat(lab.steps()).extracting(LabStep::title)
                .containsExactly("1. Measure the arrival rate", "2. Pick a worker count");
        assertThat(lab.steps().get(0).instructionsText()).contains("rate: # jobs per minute");
        assertThat(lab.steps().get(1).instructionsText()).isEqualTo("Justify it against the peak.");
        assertThat(lab.introHtml()).contains("Your Task");
        assertThat(lab.checklist()).extracting(ChecklistItem::text).containsExactly("The worker count covers the peak");
    }

    @Test
    void theTaskChecklistOfALabWithoutStepsCanBeTicked() {
        CourseModule module = page("## Hands-On Exercise\n\nNo cluster needed.\n\n**Scenario**: you run the scheduler by hand.\n\n"
                + "- [ ] **Step 1: Write the wish.** Two web replicas and one cache.\n"
                + "- [ ] **Step 2: Break one.** Cross out a web replica.\n\n"
                + "<details><summary>Solution guidance</summary>\nReplace the replica; do not redesign.</details>\n\n"
                + "**Success Criteria**:\n\n- [ ] You can say why one replacement is enough.\n");

        Lab lab = module.lab();
        assertThat(lab.checklist()).extracting(ChecklistItem::text).containsExactly(
                "Step 1: Write the wish. Two web replicas and one cache.", "Step 2: Break one. Cross out a web replica.",
                "You can say why one replacement is enough.");
        assertThat(lab.introHtml()).contains("No cluster needed.").doesNotContain("checkbox");
    }

    @Test
    void aUkrainianAnswerNamesTheNumberedOptionItChooses() {
        CourseModule module = page("## Тест\n\n**Запитання 1.** Черга росте щогодини. Що перевірити спершу?\n\n"
                + "1. Колір панелі.\n2. Швидкість споживачів.\n\n<details>\n<summary>Відповідь + обґрунтування</summary>\n\n"
                + "Правильна відповідь — **2**. Варіант 1 неправильний, бо колір нічого не змінює.\n\n</details>\n\n"
                + "**Запитання 2.** Диск заповнено. Що зробити?\n\n1. Стиснути журнали.\n2. Вимкнути сервер.\n\n"
                + "<details>\n<summary>Відповідь</summary>\n\nВаріант 1 правильний: стиснення звільняє місце.\n\n</details>\n");

        assertThat(module.quiz().questions()).extracting(QuizQuestion::correctOption).containsExactly("2", "1");
    }

    @Test
    void aBeforeRunningSentenceThatAsksWhatYouExpectIsAPrompt() {
        CourseModule module = page("Before running this audit on a fresh cluster, what do you expect it to report? Most people "
                + "guess one finding; a fresh cluster usually shows several.\n\nBefore running the script, save your work.\n\n"
                + "Ordinary prose follows.\n");

        assertThat(module.predictions()).extracting(Prediction::label).containsExactly("Before running");
        assertThat(module.predictions().get(0).revealText())
                .isEqualTo("Most people guess one finding; a fresh cluster usually shows several.");
        assertThat(module.proseHtml()).contains("save your work").contains("Ordinary prose follows.");
    }

    @Test
    void aNumberedOptionIsGradedByItsAnnouncedNumberNotByEveryNumberInTheAnswer(@TempDir Path content) throws Exception {
        Files.createDirectories(content.resolve("track"));
        Files.writeString(content.resolve("track/scaling.md"), "---\ntitle: \"Scaling\"\n---\n\n## Quiz\n\n"
                + "**Question 1.** A service runs 4 replicas and must never drop below 4. Which setting fits?\n\n"
                + "1. maxUnavailable 0 with maxSurge 1.\n2. maxUnavailable 1 with maxSurge 0.\n\n<details>\n"
                + "<summary>Answer</summary>\n\nThe correct answer is **1**. Option 2 lets the count fall to 3.\n\n</details>\n");
        Path answers = content.resolve("answers.json");
        Files.writeString(answers, "[{\"question\":\"Q1\",\"answer\":\"Option 1: zero unavailable keeps all 4 up, and the rollout takes 2 minutes\"},"
                + "{\"question\":\"Q1\",\"answer\":\"2, since 1 pod may be down\"}]");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        int exit = new dev.praxis.quiz.GradeTool().run(List.of(content.toString(), "track/scaling", answers.toString()),
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8), System.err);

        assertThat(exit).isZero();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s", ""))
                .contains("\"verdict\":\"correct\"").contains("\"verdict\":\"incorrect\"");
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).indexOf("\"correct\""))
                .isLessThan(out.toString(java.nio.charset.StandardCharsets.UTF_8).indexOf("\"incorrect\""));
    }
}
