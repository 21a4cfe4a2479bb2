package dev.praxis.content.importing;

import dev.praxis.content.ChecklistItem;
import dev.praxis.content.CourseModule;
import dev.praxis.content.Lab;
import dev.praxis.content.LabStep;
import dev.praxis.content.LessonPart;
import dev.praxis.content.Prediction;
import dev.praxis.content.Problem;
import dev.praxis.content.QuizOption;
import dev.praxis.content.QuizQuestion;
import dev.praxis.content.TocEntry;
import dev.praxis.content.importing.ContentImportException;
import dev.praxis.content.importing.ContentImporter;
import dev.praxis.content.markdown.Regions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;



class ConstructTests {

    private static final ContentImporter IMPORTER = new ContentImporter(1);

    static CourseModule page(String markdown) {
        return page("track/module-1.md", markdown);
    }

    static CourseModule page(String path, String markdown) {
        try {
            return IMPORTER.importSource(path, "---\ntitle: \"Test\"\n---\n\n" + markdown);
        } catch (ContentImportException e) {
            throw new AssertionError(e);
        }
    }

    @Nested
    @DisplayName("prediction prompts")
    class Prompts {

        @ParameterizedTest
        @ValueSource(strings = {"Pause and predict", "Stop and think", "Active learning prompt", "Active check",
                "Try this", "Try This (5 minutes)", "Pause and decide", "Decision check", "Stop and decide",
                "Pause and reflect", "Check for understanding", "Before running", "Check yourself", "Design checkpoint",
                "Stop and reason", "Зупиніться та подумайте", "Зупиніться та поміркуйте", "Активне навчання",
                "Спробуйте зараз", "Спробуйте самі", "Подумайте про це", "Перш ніж продовжити"})
        void everyLabelOpensAPrompt(String label) {
            CourseModule module = page("> **" + label + "**: what happens next?\n\nThis happens.\n");
            assertThat(module.predictions()).hasSize(1);
            assertThat(module.predictions().get(0).revealText()).isEqualTo("This happens.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"> **Pause and predict**: Why?", "> **Pause and predict:** Why?", "**Pause and predict:** Why?",
                "**Pause and predict**: Why?", "Pause and predict: Why?", "*Pause and predict*: Why?",
                "_Pause and predict_ — Why?", "**Pause and predict** - Why?", "**Pause and predict**\nWhy?",
                "**What would happen if** the disk fills?", "> **Which approach would you choose** for this team?"})
        void everyShapeIsRecognised(String prompt) {
            CourseModule module = page(prompt + "\n\nBecause.\n");
            assertThat(module.predictions()).hasSize(1);
            assertThat(module.predictions().get(0).revealHtml()).isEqualTo("<p>Because.</p>");
            assertThat(module.proseHtml()).doesNotContain("Because.");
        }

        @Test
        void headingFollowedByThePromptIsAPrompt() {
            CourseModule module = page("### Stop and think\n\nWhat fails first?\n\nMemory.\n");
            assertThat(module.predictions()).singleElement().satisfies(prediction -> {
                assertThat(prediction.promptText()).contains("Stop and think").contains("What fails first?");
                assertThat(prediction.revealText()).isEqualTo("Memory.");
            });
        }

        @Test
        void revealInsideTheBlockquoteDetails() {
            CourseModule module = page("> **Stop and think**: Why?\n>\n> <details>\n> <summary>Answer</summary>\n>\n"
                    + "> Because of memory.\n>\n> </details>\n\nNext paragraph stays prose.\n");
            assertThat(module.predictions().get(0).revealText()).isEqualTo("Because of memory.");
            assertThat(module.proseHtml()).contains("Next paragraph stays prose.");
        }

        @Test
        void promptBeforeAHeadingIsAReflectionBox() {
            CourseModule module = page("**Pause and reflect:** What did you learn?\n\n## Next\n\nText.\n");
            assertThat(module.predictions()).singleElement().satisfies(prediction -> assertThat(prediction.hasReveal()).isFalse());
        }

        @Test
        void labelInRunningProseIsNotAPrompt() {
            CourseModule module = page("Before you continue, pause and predict: what happens?\n\nTry this command first.\n");
            assertThat(module.predictions()).isEmpty();
        }

        @Test
        void authorMarksFixTheIdAndForceAPrompt() {
            CourseModule module = page("<!-- praxis:id=disk-fills -->\n**Pause and predict:** Why?\n\nBecause.\n\n"
                    + "<!-- praxis:prediction -->\nWhat would you buy first?\n\nNothing yet.\n");
            assertThat(module.predictions()).extracting(Prediction::id)
                    .containsExactly("track/module-1:prediction:disk-fills", "track/module-1:prediction:2");
            assertThat(module.predictions().get(1).revealText()).isEqualTo("Nothing yet.");
        }

        @Test
        void aMarkedWithheldRegionHoldsEverythingUpToItsEnd() {
            CourseModule module = page("> **Pause and predict**: Which constraint diverges first?\n\n"
                    + "<!-- praxis:reveal -->\n\nVRAM for the local learner.\n\n| Workload | Bottleneck |\n|---|---|\n"
                    + "| Local LLM | VRAM |\n\nThe table says it all.\n\n<!-- praxis:end-reveal -->\n\nStill prose.\n");
            Prediction prediction = module.predictions().get(0);
            assertThat(prediction.revealText()).contains("VRAM for the local learner.", "Local LLM", "The table says it all.");
            assertThat(prediction.revealHtml()).contains("<table>");
            assertThat(module.proseHtml()).contains("Still prose.").doesNotContain("Local LLM", "<table", "table says");
        }

        @Test
        void aWithheldRegionWithoutItsEndStopsAtTheNextHeading() {
            CourseModule module = page("**Pause and predict:** Why?\n\n<!-- praxis:reveal -->\n\nBecause.\n\n"
                    + "- memory\n- disk\n\n## Next\n\nProse again.\n");
            assertThat(module.predictions().get(0).revealText()).contains("Because.", "memory", "disk");
            assertThat(module.proseHtml()).contains("Prose again.").doesNotContain("memory");
        }

        @Test
        void slotStandsWhereThePromptWas() {
            CourseModule module = page("First.\n\n> **Pause and predict**: Why?\n\nBecause.\n\nLast.\n");
            assertThat(module.parts()).hasSize(3);
            assertThat(module.parts().get(1)).isEqualTo(new LessonPart.PredictionSlot("track/module-1:prediction:1"));
        }
    }

    @Nested
    @DisplayName("quiz shapes")
    class QuizShapes {

        private static final String DETAILS = "<details>\n<summary>Answer</summary>\n\nThe answer.\n\n</details>\n";

        @Test
        void shapeA_questionIsTheSummary() {
            CourseModule module = page("## Quiz\n\n<details>\n<summary><strong>Question 1:</strong> Why?</summary>\n\n"
                    + "Because.\n\n</details>\n\n<details>\n<summary>2. How?</summary>\n\nLike this.\n\n</details>\n");
            assertThat(module.quiz().questions()).extracting(QuizQuestion::questionText)
                    .containsExactly("Question 1: Why?", "2. How?");
            assertThat(module.quiz().questions()).extracting(QuizQuestion::answerText).containsExactly("Because.", "Like this.");
        }

        @Test
        void shapeB_numberedItemsWithIndentedAnswers() {
            CourseModule module = page("## Knowledge Check\n\n1. **Why does it fail?**\n   It is hard-wrapped.\n\n"
                    + "   <details>\n   <summary>Show Answer</summary>\n\n   Memory.\n\n   </details>\n\n"
                    + "2. **How to fix?**\n\n   <details>\n   <summary>Show Answer</summary>\n\n   Add RAM.\n\n   </details>\n");
            assertThat(module.quiz().questions()).hasSize(2);
            assertThat(module.quiz().questions().get(0).questionText()).contains("Why does it fail?", "hard-wrapped");
            assertThat(module.quiz().questions()).extracting(QuizQuestion::answerText).containsExactly("Memory.", "Add RAM.");
        }

        @Test
        void shapeC_headingPerQuestion() {
            CourseModule module = page("## Quiz\n\n### Question 1\n\nWhy?\n\n" + DETAILS + "\n### Q2: Scaling\n\nHow?\n\n" + DETAILS);
            assertThat(module.quiz().questions()).hasSize(2).allMatch(QuizQuestion::hasAnswer);
            assertThat(module.quiz().questions().get(1).questionText()).contains("Q2: Scaling", "How?");
        }

        @Test
        void shapeD_boldLabels() {
            CourseModule module = page("## Quiz\n\n**Q1.** Why?\n\n" + DETAILS + "\n**Question 2.** How?\n\n" + DETAILS
                    + "\n**3. Whole question?**\n\n" + DETAILS);
            assertThat(module.quiz().questions()).extracting(QuizQuestion::number).containsExactly("Q1", "Q2", "Q3");
            assertThat(module.quiz().questions()).allMatch(QuizQuestion::hasAnswer);
        }

        @Test
        void shapeE_multipleChoiceWithStatedAnswer() {
            CourseModule module = page("## Quiz\n\n**Q1.** Which is first?\n\n- [ ] A) CPU\n- [ ] B) VRAM\n- [ ] C) Disk\n\n"
                    + "<details>\n<summary>Answer</summary>\n\n**Correct answer: B.** VRAM.\n\n</details>\n\n"
                    + "**Q2.** Which?\n\nA. One\nB. Two\n\n<details>\n<summary>Answer</summary>\n\n**Answer:** A\n\n</details>\n");
            QuizQuestion first = module.quiz().questions().get(0);
            assertThat(first.options()).extracting(QuizOption::letter).containsExactly("A", "B", "C");
            assertThat(first.correctOption()).isEqualTo("B");
            assertThat(module.quiz().questions().get(1).correctOption()).isEqualTo("A");
            assertThat(module.counts().checklistItems()).isZero();
        }

        @Test
        void shapeF_visibleAnswersAndMissingOnesAreReported() {
            CourseModule module = page("## Тест\n\n**Q1.** Why?\n\n*Correct Answer: C*\n\n**Q2.** No answer here?\n\n"
                    + "## Next\n");
            assertThat(module.quiz().questions()).hasSize(2);
            assertThat(module.quiz().questions().get(0).answerText()).isEqualTo("Correct Answer: C");
            assertThat(module.quiz().questions().get(1).hasAnswer()).isFalse();
            assertThat(module.problems()).extracting(Problem::message).contains("quiz question without an answer");
        }

        @Test
        void answersNeverReachTheLessonHtml() {
            CourseModule module = page("## Quiz\n\nAnswer all.\n\n**Q1.** Why?\n\n" + DETAILS + "\n## Sources\n\nLink.\n");
            assertThat(module.proseHtml()).contains("Quiz").contains("Sources").doesNotContain("The answer.")
                    .doesNotContain("Why?");
            assertThat(module.quiz().proseHtml()).contains("Answer all.");
        }

        @Test
        void exerciseHeadingContainingTestIsNoQuiz() {
            assertThat(page("## Тестування системи\n\n**Q1.** Why?\n\n" + DETAILS).quiz().isEmpty()).isTrue();
        }
    }

    @Nested
    @DisplayName("hands-on exercise")
    class Labs {

        @Test
        void stepsAtTheShallowestLevelWithTheirChecklists() {
            CourseModule module = page("## Hands-On Exercise: Audit\n\nGoal.\n\n### Part 1: Prepare\n\n#### Step 1\n\n"
                    + "- [ ] one\n\n#### Step 2\n\n- [x] two <!-- praxis:id=two -->\n\n### Part 2: Run\n\n```bash\nls\n```\n\n"
                    + "- [ ] three\n\n**Success Criteria**\n\n- [ ] done\n\n### Cleanup\n\nRemove files.\n");
            Lab lab = module.lab();
            assertThat(lab.steps()).extracting(LabStep::title).containsExactly("Part 1: Prepare", "Part 2: Run");
            assertThat(lab.steps().get(0).checklist()).extracting(ChecklistItem::id)
                    .containsExactly("track/module-1:check:1", "track/module-1:check:two");
            assertThat(lab.steps().get(0).checklist().get(1).preChecked()).isTrue();
            assertThat(lab.steps().get(1).instructionsHtml()).contains("language-bash").doesNotContain("three");
            assertThat(lab.successCriteria()).extracting(ChecklistItem::text).containsExactly("done");
            assertThat(lab.introHtml()).contains("Goal.");
            assertThat(lab.closingHtml()).contains("Remove files.");
            assertThat(module.counts().labSteps()).isEqualTo(2);
            assertThat(module.counts().checklistItems()).isEqualTo(4);
            assertThat(module.parts()).contains(new LessonPart.LabSlot());
        }

        @Test
        void ukrainianLabWithTaskHeadings() {
            CourseModule module = page("uk/track/module-1.md", "## Практична вправа\n\n### Крок 1: Зібрати\n\n- [ ] зроблено\n\n"
                    + "### Крок 2: Перевірити\n\n- [ ] перевірено\n\n### Критерії успіху\n\n- [ ] готово\n");
            assertThat(module.language()).isEqualTo("uk");
            assertThat(module.lab().steps()).hasSize(2);
            assertThat(module.lab().successCriteria()).hasSize(1);
        }
    }

    @Nested
    @DisplayName("rendering")
    class Rendering {

        @Test
        void asidesWithKindsAndTitles() {
            String html = page(":::note\nPlain.\n:::\n\n:::tip[Be quick]\nTip.\n:::\n\n:::warning\nCareful.\n:::\n\n:::danger[Stop]\nNo.\n:::\n")
                    .proseHtml();
            assertThat(html).contains("<aside class=\"aside aside-note\" aria-label=\"Note\">")
                    .contains("<aside class=\"aside aside-tip\" aria-label=\"Be quick\">")
                    .contains("<aside class=\"aside aside-caution\" aria-label=\"Caution\">")
                    .contains("<aside class=\"aside aside-danger\" aria-label=\"Stop\">");
        }

        @Test
        void mathInlineDisplayAndDollarsThatAreNotMath() {
            String html = page("Energy $E = mc^2$ and $$\\sum_i x_i$$.\n\n$$\n\\int_0^1 f(x)\\,dx\n$$\n\n"
                    + "| Cost | Price |\n|---|---|\n| $$$ | $5 or $10 |\n\nUse $HOME and $KUBECONFIG here.\n").proseHtml();
            assertThat(html).contains("<span class=\"math-inline\">E = mc^2</span>")
                    .contains("<span class=\"math-inline\">\\sum_i x_i</span>")
                    .contains("<div class=\"math-display\">\\int_0^1 f(x)\\,dx</div>")
                    .contains("$$$").contains("$5 or $10").contains("Use $HOME and $KUBECONFIG here.");
        }

        @Test
        void linksBetweenPagesAndExternalLinks() {
            String html = page("ai/prereq/module-1.2-x.md", "[prev](../module-1.1-y/), [abs](/ai/other/#part), "
                    + "[ext](https://example.org), [here](#top)").proseHtml();
            assertThat(html).contains("href=\"/modules/ai/prereq/module-1.1-y/\"")
                    .contains("href=\"/modules/ai/other/#part\"")
                    .contains("href=\"https://example.org\" rel=\"noopener noreferrer\" target=\"_blank\"")
                    .contains("href=\"#top\"");
        }

        @Test
        void codeBlocksByLanguage() {
            String html = page("```bash\necho $HOME\n```\n\n```text\n+--+\n```\n\n```mermaid\ngraph TD; A-->B\n```\n\n```yaml\na: 1\n```\n")
                    .proseHtml();
            assertThat(html).contains("<pre data-copy=\"true\"><code class=\"language-bash\"><span class=\"hl-function\">echo</span>")
                    .contains("<pre class=\"diagram\">+--+").contains("<pre class=\"mermaid\">graph TD; A--&gt;B")
                    .contains("<pre><code class=\"language-yaml\">");
            // coloured once, at import: the page needs no script for it
            assertThat(org.jsoup.Jsoup.parseBodyFragment(html).select("code.language-yaml").text()).isEqualTo("a: 1");
            assertThat(org.jsoup.Jsoup.parseBodyFragment(html).select("code.language-bash .hl-variable").text())
                    .isEqualTo("$HOME");
        }

        @Test
        void headingsGetAnchorsAndTheTitleShowsOnce() {
            CourseModule module = page("# Test\n\n## Why It Matters\n\n### Detail\n\nText.\n");
            assertThat(module.proseHtml()).doesNotContain("<h1").contains("id=\"why-it-matters\"");
            assertThat(module.toc()).containsExactly(new TocEntry(2, "why-it-matters", "Why It Matters"),
                    new TocEntry(3, "detail", "Detail"));
        }

        @Test
        void tablesTaskListsStrikethroughAndDetails() {
            String html = page("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~\n\n<details>\n<summary>More</summary>\n\n"
                    + "**Inside**\n\n</details>\n").proseHtml();
            assertThat(html).containsPattern("<div class=\"table-wrap\">\\s*<table>").contains("<del>old</del>")
                    .contains("<details><summary>More</summary>").contains("<strong>Inside</strong>");
        }
    }

    @Nested
    @DisplayName("mdx")
    class Mdx {

        @Test
        void knownComponentsMapToHtmlAndUnknownOnesDegrade() {
            CourseModule module = page("track/page.mdx", "import { Tabs, TabItem } from '@astrojs/starlight/components';\n"
                    + "import Quiz from '../../components/Quiz.astro';\n\n<Tabs>\n<TabItem label=\"Linux\">\n\nRun **this**.\n\n"
                    + "</TabItem>\n</Tabs>\n\n<Aside type=\"tip\" title=\"Hint\">\n\nA hint.\n\n</Aside>\n\n"
                    + "<CardGrid>\n<LinkCard title=\"Next\" href=\"/track/next/\" />\n</CardGrid>\n\n<Quiz id=\"x\" />\n\n"
                    + "<Custom>\n\nKept content.\n\n</Custom>\n\n<script>{`alert(1)`}</script>\n\nexport const x = 1;\n");
            String html = module.proseHtml();
            assertThat(html).doesNotContain("import").doesNotContain("export").doesNotContain("alert")
                    .contains("<div class=\"tab\" data-label=\"Linux\">").contains("<strong>this</strong>")
                    .contains("<aside class=\"aside aside-tip\" aria-label=\"Hint\">")
                    .contains("<a href=\"/modules/track/next/\">Next</a>")
                    .contains("component-placeholder").contains("Kept content.");
        }
    }

    @Nested
    @DisplayName("sanitiser")
    class Sanitiser {

        @Test
        void stripsScriptsEventHandlersJavascriptUrlsAndStyles() {
            String html = page("<script>alert(1)</script>\n\n<img src=\"x.png\" onerror=\"alert(2)\">\n\n"
                    + "[click](javascript:alert(3))\n\n<p style=\"color:red\" onclick=\"alert(4)\">styled</p>\n\n"
                    + "<a href=\"JaVaScRiPt:alert(5)\">x</a>\n").proseHtml();
            assertThat(html).doesNotContain("<script").doesNotContain("alert").doesNotContain("onerror")
                    .doesNotContain("javascript").doesNotContain("style=").contains("styled");
        }

        @Test
        void sanitisesRevealsAndAnswersToo() {
            CourseModule module = page("**Pause and predict:** Why?\n\n<b onmouseover=\"alert(1)\">Because</b>\n\n"
                    + "## Quiz\n\n**Q1.** Why?\n\n<details>\n<summary>Answer</summary>\n<script>alert(2)</script>\n</details>\n");
            assertThat(module.predictions().get(0).revealHtml()).doesNotContain("onmouseover");
            assertThat(module.quiz().questions().get(0).answerHtml()).doesNotContain("script");
        }

        @Test
        void wholeRenderingIsCleanedOnceWhenRegionsNestInTheBody() {
            String rendering = "<p>intro</p>\n" + region(1, "<p onclick=\"x()\">Why?</p>") + "\n<p>after</p>";

            assertThat(ContentSanitizer.cleanRendering(rendering)).hasValueSatisfying(clean -> assertThat(clean)
                    .doesNotContain("onclick").contains(String.valueOf(Regions.START)).contains("<p>after</p>"));
        }

        @Test
        void renderingIsCleanedPartByPartWhenAnElementStaysOpenAcrossARegion() {
            assertThat(ContentSanitizer.cleanRendering("<div><p>intro</p>" + region(1, "<p>Why?</p>") + "</div>"))
                    .isEmpty();
            assertThat(ContentSanitizer.cleanRendering("<table><tr>" + region(1, "<td>x</td>") + "</tr></table>"))
                    .isEmpty();
        }

        @Test
        void rawHtmlLeftOpenAroundAPromptStillGivesWellFormedParts() {
            CourseModule module = page("<div class=\"note\">\n\nIntro.\n\n**Pause and predict:** Why?\n\n"
                    + "Because.\n\n</div>\n\nAfter.\n");

            assertThat(module.predictions()).singleElement().satisfies(prediction -> {
                assertThat(prediction.promptText()).contains("Why?");
                assertThat(prediction.revealText()).isEqualTo("Because.");
            });
            assertThat(module.parts()).filteredOn(LessonPart.Prose.class::isInstance).allSatisfy(part -> {
                String html = ((LessonPart.Prose) part).html();
                assertThat(count(html, "<div")).isEqualTo(count(html, "</div>"));
            });
            assertThat(module.proseHtml()).contains("Intro.").contains("After.");
        }

        private static String region(int id, String html) {
            return Regions.START + Integer.toString(id) + Regions.NAME_END + "\n" + html + "\n" + Regions.END;
        }

        private static int count(String text, String part) {
            return text.split(Pattern.quote(part), -1).length - 1;
        }
    }
}
