package dev.praxis.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.praxis.ContentCopyTest;
import dev.praxis.ContentTrees;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.content.ContentLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A module without a grading file: its questions are graded by rubrics drafted from the model answers; a question
 * whose answer gives the drafter nothing to go on falls back to self-assessment, and the learner's judgement decides
 * its credit. A provisional drafted verdict shows the model answer and the self-assessment buttons, and waits in the
 * instructors' review queue. The content tree is the shared writable copy of the course ({@link ContentCopyTest}) plus
 * one tiny module.
 */
@ContentCopyTest
class QuizDraftedGradingTests {

    private static final String SLUG = "praxis-tests/quiz-without-rubric";
    private static final String MODULE = """
            ---
            title: "A quiz without a grading file"
            ---

            ## Quiz

            **Q1.** A teammate wants to delete raw uploads once they are parsed, to save disk space. What do you answer?

            <details>
            <summary>Answer</summary>

            Keep every raw upload. A later, better parser can then read the old uploads again, and a parser bug can be
            fixed and the uploads re-read instead of being lost.

            </details>

            **Q2.** How much does a partly correct answer count?

            <details>
            <summary>Answer</summary>

            Half of a correct one.

            </details>
            """;

    private static final String VALID_EDIT = """
            module: "praxis-tests/quiz-without-rubric"
            questions:
              Q1:
                concepts:
                  - id: keep
                    label: "Keeps the raw uploads"
                    weight: 2
                    required: true
                    phrases: ["keep * uploads"]
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentLibrary library;

    PraxisUser learner;
    /** The module's folder in the shared writable copy of the course ({@link ContentCopyTest}). */
    Path content;

    @BeforeEach
    void aModuleWithoutGradingFileAndALearner() throws IOException {
        ContentTrees.addModule(library, SLUG, MODULE);
        content = library.root();
        learner = TestUsers.create(accounts, jdbc, "self-assessor", Role.LEARNER);
    }

    @Test
    void theQuizPageSaysDraftedRubricsGradeIt() throws Exception {
        Document page = page("/quiz/" + SLUG + "/");
        assertThat(page.select("main .notice--warn")).isEmpty();
        assertThat(page.selectFirst("main .notice").text()).startsWith("Answer in your own words.")
                .contains("drafted from the model answers");
        assertThat(page.select("textarea[name=answer]")).hasSize(2);
    }

    @Test
    void aDraftedVerdictAndASelfAssessedQuestionSideBySide() throws Exception {
        long attempt = submit("Keep them, otherwise after a parser bug the data is lost for good.",
                "Half.");
        Document page = page("/quiz/attempts/" + attempt);
        assertThat(page.select(".answer-feedback h2 .badge").eachText()).startsWith("correct").contains("to self-assess");
        assertThat(page.select(".answer-feedback").get(0).text()).contains("drafted from the module's model answer");
        assertThat(page.select(".answer-feedback__model[open]")).as("only the self-assessed model answer is open")
                .hasSize(1);
        assertThat(page.select(".answer-feedback").get(1).select("form.self-assess")).hasSize(1);
    }

    @Test
    void aProvisionalVerdictShowsTheModelAnswerAndWaitsForReview() throws Exception {
        long attempt = submit("Honestly I would want to hold on to them, since you never know what tomorrow's code "
                + "will be able to pull out of the originals that today's code misses.", "");
        Document page = page("/quiz/attempts/" + attempt);
        Element first = page.select(".answer-feedback").get(0);
        assertThat(first.select("h2 .badge").eachText()).contains("provisional");
        assertThat(first.select(".answer-feedback__provisional").text()).startsWith("Provisional verdict.");
        assertThat(first.select(".answer-feedback__model[open]")).hasSize(1);
        assertThat(first.select("form.self-assess")).hasSize(1);

        PraxisUser instructor = TestUsers.create(accounts, jdbc, "reviewer", Role.INSTRUCTOR);
        Document queue = Jsoup.parse(mvc.perform(get("/instructor/reviews").with(user(instructor))).andReturn()
                .getResponse().getContentAsString());
        assertThat(queue.select(".reviews__item .reviews__answer").eachText())
                .contains("Honestly I would want to hold on to them, since you never know what tomorrow's code will be "
                        + "able to pull out of the originals that today's code misses.");
    }

    @Test
    void theLearnersJudgementDecidesTheSelfAssessedQuestion() throws Exception {
        long attempt = submit("Keep them, otherwise after a parser bug the data is lost for good.",
                "Some of it.");
        long[] answers = jdbc.sql("select id from quiz_answer where attempt_id = :id order by id").param("id", attempt)
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();

        selfAssess(answers[1], "partial");
        assertThat(page("/quiz/attempts/" + attempt).selectFirst(".card[role=status]").text())
                .as("1 correct + 1 partial of 2 = 75%").contains("Score: 75%").contains("passed")
                .doesNotContain("not passed");

        selfAssess(answers[1], "incorrect");
        assertThat(page("/quiz/attempts/" + attempt).selectFirst(".card[role=status]").text())
                .contains("Score: 50%").contains("not passed yet");
    }

    @Test
    void theFlagshipStaysRubricGradedNextToIt() throws Exception {
        Document page = page("/quiz/" + FlagshipAnswers.SLUG + "/");
        assertThat(page.select("main .notice--warn")).isEmpty();
        assertThat(page.selectFirst("main .notice").text()).startsWith("Answer in your own words.");
    }

    @Test
    void theRubricEditorIsForInstructorsOnly() throws Exception {
        assertThat(mvc.perform(get("/instructor/rubrics/" + SLUG).with(user(learner))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/instructor/rubrics/save").with(user(learner)).with(csrf()).param("module", SLUG)
                .param("yaml", VALID_EDIT).param("base", "none")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(content.resolve(SLUG + ".grading.yaml")).doesNotExist();
    }

    @Test
    void anEditThatDoesNotLoadIsRefusedWithItsLineAndNothingIsWritten() throws Exception {
        PraxisUser instructor = TestUsers.create(accounts, jdbc, "editor", Role.INSTRUCTOR);
        Document editor = Jsoup.parse(mvc.perform(get("/instructor/rubrics/" + SLUG).with(user(instructor)))
                .andReturn().getResponse().getContentAsString());
        assertThat(editor.selectFirst("[data-rubric-source]").text()).isEqualTo("drafted");
        assertThat(editor.selectFirst("#rubric-yaml").text()).contains("module: \"" + SLUG + "\"");

        assertThat(refusedSave(instructor, VALID_EDIT.replace("weight: 2", "weight: heavy"), "none", 422))
                .contains("line 7");
        assertThat(refusedSave(instructor, VALID_EDIT.replace(SLUG, "praxis-tests/another-module"), "none", 422))
                .contains("line 1").contains("module must be \"" + SLUG + "\"");
        assertThat(refusedSave(instructor, VALID_EDIT.replace("Q1:", "Q9:"), "none", 422))
                .contains("line 3").contains("the quiz has no question Q9 (it has Q1, Q2)");
        assertThat(content.resolve(SLUG + ".grading.yaml")).doesNotExist();
    }

    @Test
    void aGradingFileBeyondTheSizeLimitIsRefusedBeforeItIsReadAndNothingIsWritten() throws Exception {
        PraxisUser instructor = TestUsers.create(accounts, jdbc, "editor", Role.INSTRUCTOR);
        String huge = VALID_EDIT + "#" + "x".repeat(QuizForms.RubricEdit.MAX_RUBRIC);
        assertThat(refusedSave(instructor, huge, "none", 400)).isEqualTo("A grading file is at most 256 KB; this one is longer.");
        assertThat(content.resolve(SLUG + ".grading.yaml")).doesNotExist();
    }

    @Test
    void aSaveOverAFileChangedSinceTheEditorOpenedIsRefused() throws Exception {
        PraxisUser instructor = TestUsers.create(accounts, jdbc, "editor", Role.INSTRUCTOR);
        Path file = content.resolve(SLUG + ".grading.yaml");
        String saved = VALID_EDIT.replace("weight: 2", "weight: 3");
        try {
            // opened while there was no file (base "none"), then someone else saved one
            Files.writeString(file, saved);
            assertThat(refusedSave(instructor, VALID_EDIT, "none", 409)).contains("changed since you opened it");
            assertThat(file).hasContent(saved);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Grading files load with the catalog: an author's edit grades once the tree is imported again, not before. */
    @Test
    void aGradingFileWrittenNextToTheModuleGradesOnceTheTreeIsImportedAgain() throws Exception {
        Path file = content.resolve(SLUG + ".grading.yaml");
        String answer = "Keep them, otherwise after a parser bug the data is lost for good.";
        try {
            // graded once, so the rubrics kept are current (an earlier test's save may have been heard since)
            assertThat(firstVerdict(submit(answer, "Half."))).isEqualTo("correct");
            Files.writeString(file, VALID_EDIT.replace("keep * uploads", "quokka ledger"));
            assertThat(firstVerdict(submit(answer, "Half."))).as("no file is read per request").isEqualTo("correct");

            library.reload();

            assertThat(firstVerdict(submit(answer, "Half."))).isEqualTo("incorrect");
        } finally {
            Files.deleteIfExists(file);
            library.reload();
        }
    }

    @Test
    void anInstructorsOverrideBecomesALabelledExampleInTheEditor() throws Exception {
        String answer = "Archive them in cold storage instead, a fixed parser can read them again.";
        long attempt = submit(answer, "Half.");
        long first = jdbc.sql("select min(id) from quiz_answer where attempt_id = :id").param("id", attempt)
                .query(Long.class).single();
        PraxisUser instructor = TestUsers.create(accounts, jdbc, "labeller", Role.INSTRUCTOR);
        assertThat(mvc.perform(post("/instructor/quiz/answers/" + first + "/override").with(user(instructor))
                .with(csrf()).param("verdict", "correct").param("comment", "Archiving keeps them."))
                .andReturn().getResponse().getStatus()).isEqualTo(302);

        String yaml = Jsoup.parse(mvc.perform(get("/instructor/rubrics/" + SLUG).with(user(instructor))).andReturn()
                .getResponse().getContentAsString()).selectFirst("#rubric-yaml").text();
        assertThat(yaml).contains("    examples:\n      - expect: correct\n        answer: \"" + answer + "\"");
    }

    @Test
    void aTriedRubricWithABacktrackingPatternIsAnsweredInSecondsNotHours() throws Exception {
        PraxisUser instructor = TestUsers.create(accounts, jdbc, "backtracker", Role.INSTRUCTOR);
        // a back-reference turns off the matcher's memo: unbounded, this pattern needs hours on 40 letters
        String edit = VALID_EDIT.replace("phrases: [\"keep * uploads\"]",
                "phrases: [\"keep * uploads\"]\n        patterns: ['(\\w*)*\\1x']");
        assertThat(edit).contains("patterns: ['(\\w*)*\\1x']");
        MockHttpServletResponse response = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> mvc.perform(
                post("/instructor/rubrics/try").with(user(instructor)).with(csrf()).param("module", SLUG)
                        .param("yaml", edit).param("base", "none").param("question", "Q1")
                        .param("answer", "a".repeat(40) + " keep the raw uploads")).andReturn().getResponse());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString()).text()).contains("correct");
    }

    private String refusedSave(PraxisUser instructor, String yaml, String base, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/instructor/rubrics/save").with(user(instructor))
                .with(csrf()).param("module", SLUG).param("yaml", yaml).param("base", base)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.selectFirst("#rubric-yaml").text()).as("the edit is kept").isEqualTo(yaml.strip());
        return page.selectFirst("[data-rubric-error]").text();
    }

    private long submit(String first, String second) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/quiz/attempts").with(user(learner)).with(csrf())
                .param("module", SLUG)
                .param("questionId", SLUG + ":quiz:1").param("answer", first)
                .param("questionId", SLUG + ":quiz:2").param("answer", second)).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).startsWith("/quiz/attempts/");
        return Long.parseLong(response.getRedirectedUrl().substring("/quiz/attempts/".length()));
    }

    private String firstVerdict(long attempt) {
        return jdbc.sql("select verdict from quiz_answer where attempt_id = :id order by id limit 1").param("id", attempt)
                .query(String.class).single();
    }

    private void selfAssess(long answer, String verdict) throws Exception {
        assertThat(mvc.perform(post("/quiz/answers/" + answer + "/self-assessment").param("verdict", verdict)
                .with(user(learner)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(learner))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
