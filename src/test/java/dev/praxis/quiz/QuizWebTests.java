package dev.praxis.quiz;

import static dev.praxis.quiz.FlagshipAnswers.QUESTIONS;
import static dev.praxis.quiz.FlagshipAnswers.SLUG;
import static dev.praxis.quiz.FlagshipAnswers.questionId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.quiz.grading.Verdict;
import jakarta.servlet.http.Cookie;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The quiz as a learner and an instructor use it: drafts, grading with the flagship rubric, feedback, overrides. */
@IntegrationTest
@DisplayName("Quiz pages")
class QuizWebTests {

    private static final String QUIZ_PAGE = "/quiz/" + SLUG + "/";
    private static final String STRONG_Q1 = "Keep the laptop; the workload is API-bound, not GPU-bound. Watch RAM, disk"
            + " and environment stability, and revisit only if VRAM becomes the blocker.";
    private static final String NEGATION_TRAP_Q1 = "I would not keep the laptop setup and I would not wait to collect"
            + " evidence; buying the powerful GPU now avoids a second purchase later.";
    private static final String MANY_SCRIPTS = "Держать ноутбук 🚀, 保持笔记本电脑, لا تشتري البطاقة, कोई GPU नहीं 👩🏽‍💻";
    private static final FlagshipAnswers ANSWERS = new FlagshipAnswers();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    PraxisUser learner;

    @BeforeEach
    void createLearner() {
        learner = TestUsers.create(accounts, jdbc, "quiz-learner", Role.LEARNER);
    }

    @Nested
    @DisplayName("drafts")
    class Drafts {

        @Test
        void aDraftIsSavedAndShownAgainAfterAReload() throws Exception {
            MockHttpServletResponse saved = saveDraft(learner, 1, "Keep the laptop for now");
            assertThat(saved.getStatus()).isEqualTo(200);
            assertThat(saved.getContentAsString()).contains("savedAt");

            Document page = quizPage(learner);
            assertThat(page.selectFirst("#answer-Q1").wholeText()).isEqualTo("Keep the laptop for now");
            assertThat(page.selectFirst("[data-autosave-status]").text()).startsWith("Drafts saved");
        }

        @Test
        void aLaterDraftReplacesTheEarlierOne() throws Exception {
            saveDraft(learner, 2, "first thought");
            saveDraft(learner, 2, "second thought");
            assertThat(quizPage(learner).selectFirst("#answer-Q2").wholeText()).isEqualTo("second thought");
        }

        @Test
        void emojiAndNonLatinScriptsRoundTrip() throws Exception {
            saveDraft(learner, 3, MANY_SCRIPTS);
            assertThat(quizPage(learner).selectFirst("#answer-Q3").wholeText()).isEqualTo(MANY_SCRIPTS);
        }

        @Test
        void aDraftForAQuestionOfNoQuizIsNotFound() throws Exception {
            MockHttpServletResponse response = mvc.perform(as(learner, post("/quiz/drafts"))
                    .param("module", SLUG).param("questionId", SLUG + ":quiz:99").param("answer", "x"))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(404);
        }

        @Test
        void aDraftOverTwentyThousandCharactersIsRefusedAndTheEarlierDraftKept() throws Exception {
            saveDraft(learner, 1, "my careful earlier draft");
            MockHttpServletResponse refused = saveDraft(learner, 1, "a".repeat(20_001));
            assertThat(refused.getStatus()).isEqualTo(400);
            assertThat(refused.getContentAsString()).contains("longer than 20000 characters");
            assertThat(quizPage(learner).selectFirst("#answer-Q1").wholeText()).isEqualTo("my careful earlier draft");
        }
    }

    @Nested
    @DisplayName("grading and feedback")
    class Grading {

        @Test
        void aStrongAnswerIsCorrectAndTheFeedbackQuotesTheLearnersWords() throws Exception {
            long attempt = submit(learner, Map.of(1, STRONG_Q1));
            Element q1 = answerSection(attemptPage(learner, attempt), 1);

            assertThat(q1.selectFirst("h2 .badge").text()).isEqualTo("correct");
            assertThat(q1.selectFirst(".answer-feedback__score").text()).startsWith("score ");
            assertThat(q1.selectFirst(".answer-feedback__answer").wholeText()).isEqualTo(STRONG_Q1);
            List<Element> found = q1.select("li:has(.badge--pass)");
            assertThat(found).isNotEmpty();
            for (Element concept : found) {
                String quote = concept.selectFirst("q").text();
                assertThat(quote).isNotBlank();
                assertThat(STRONG_Q1.toLowerCase()).as("quoted from the learner's answer").contains(quote.toLowerCase());
            }
            assertThat(q1.selectFirst(".answer-feedback__model summary").text()).isEqualTo("Model answer");
            assertThat(q1.selectFirst(".answer-feedback__model .prose").text()).contains("Keep the laptop-first setup");
        }

        @Test
        void aNegationTrapIsNotCorrectAndShowsWhatIsMissingAndTheMisconception() throws Exception {
            long attempt = submit(learner, Map.of(1, NEGATION_TRAP_Q1));
            Element q1 = answerSection(attemptPage(learner, attempt), 1);

            assertThat(q1.selectFirst("h2 .badge").text()).isNotEqualTo("correct");
            assertThat(q1.select("li:has(.badge--needs-attention)")).as("missing concepts").isNotEmpty();
            assertThat(q1.select("li:has(.badge--fail)").text()).as("misconception feedback")
                    .contains("Keep the laptop and collect evidence first");
        }

        @Test
        void theFeedbackPageShowsScoreAndThePassBar() throws Exception {
            long attempt = submit(learner, Map.of(1, STRONG_Q1));
            Document page = attemptPage(learner, attempt);
            String status = page.selectFirst(".card[role=status]").text();
            assertThat(status).contains("Score: 13%").contains("pass at 75%").contains("not passed yet");
        }

        @Test
        void unknownAttemptIsNotFound() throws Exception {
            assertThat(status(learner, get("/quiz/attempts/" + Long.MAX_VALUE))).isEqualTo(404);
        }

        @Test
        void unknownModuleIsNotFound() throws Exception {
            assertThat(status(learner, get("/quiz/no/such/module/"))).isEqualTo(404);
        }
    }

    @Nested
    @DisplayName("attempts and the pass rule")
    class Attempts {

        @Test
        void everyAttemptIsKeptWithBestAndLatestScoreShown() throws Exception {
            long all = submit(learner, answers(8, 0, 0));
            long boundary = submit(learner, answers(5, 2, 1));
            long below = submit(learner, answers(5, 1, 2));

            assertThat(attempt(all)).isEqualTo(new Score(1.0, true));
            assertThat(attempt(boundary)).as("5 correct + 2 partial of 8 = 75%").isEqualTo(new Score(0.75, true));
            assertThat(attempt(below)).as("5 correct + 1 partial of 8 = 68.75%").isEqualTo(new Score(0.6875, false));

            Document page = quizPage(learner);
            assertThat(page.select("#attempts-heading + p strong").eachText()).containsExactly("100%", "69%");
            assertThat(page.select("ol li a").eachAttr("href")).containsExactly("/quiz/attempts/" + below,
                    "/quiz/attempts/" + boundary, "/quiz/attempts/" + all);
            assertThat(attemptPage(learner, boundary).selectFirst(".card[role=status] .badge").text()).isEqualTo("passed");
            assertThat(attemptPage(learner, below).selectFirst(".card[role=status] .badge").text())
                    .isEqualTo("not passed yet");
        }

        @Test
        void emptyAnswersAreGradedAsIncorrectAndShownAsNoAnswer() throws Exception {
            long attempt = submit(learner, Map.of());
            Document page = attemptPage(learner, attempt);
            assertThat(page.select(".answer-feedback")).hasSize(QUESTIONS).allSatisfy(section -> {
                assertThat(section.selectFirst(".answer-feedback__answer").text()).isEqualTo("(no answer)");
                assertThat(section.selectFirst("h2 .badge").text()).isEqualTo("incorrect");
            });
            assertThat(attempt(attempt)).isEqualTo(new Score(0, false));
        }

        @Test
        void aSingleAnswerContainingCommasArrivesWhole() throws Exception {
            String answer = "Keep the laptop, collect evidence, and revisit later, only if VRAM blocks us.";
            MvcResult result = mvc.perform(as(learner, post("/quiz/attempts")).param("module", SLUG)
                    .param("questionId", questionId(1)).param("answer", answer)).andReturn();
            assertThat(result.getResponse().getRedirectedUrl()).startsWith("/quiz/attempts/");
            long attempt = idAfterLastSlash(result.getResponse().getRedirectedUrl());
            assertThat(answerSection(attemptPage(learner, attempt), 1).selectFirst(".answer-feedback__answer").wholeText())
                    .isEqualTo(answer);
        }
    }

    @Nested
    @DisplayName("self-assessment and instructor override")
    class Judgements {

        @Test
        void theLearnerRecordsASelfAssessment() throws Exception {
            long attempt = submit(learner, Map.of(1, STRONG_Q1));
            long answer = answerId(attempt, 1);
            MvcResult result = mvc.perform(as(learner, post("/quiz/answers/" + answer + "/self-assessment"))
                    .param("verdict", "partial")).andReturn();
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/quiz/attempts/" + attempt + "#answer-" + answer);
            Element section = answerSection(attemptPage(learner, attempt), 1);
            assertThat(section.selectFirst(".self-assess button[aria-pressed=true]").text()).isEqualTo("partly correct");
        }

        @Test
        void anUnknownSelfAssessmentIsRefusedWithAMessage() throws Exception {
            long attempt = submit(learner, Map.of(1, STRONG_Q1));
            long answer = answerId(attempt, 1);
            MvcResult result = mvc.perform(as(learner, post("/quiz/answers/" + answer + "/self-assessment"))
                    .param("verdict", "brilliant")).andReturn();
            assertThat(result.getFlashMap().get("error")).isEqualTo("Choose correct, partly correct or incorrect.");
            assertThat(jdbc.sql("select self_assessment from quiz_answer where id = :id").param("id", answer)
                    .query(String.class).optional()).isEmpty();
        }

        @Test
        void anInstructorOverrideIsAuditedAndShownToTheLearner() throws Exception {
            PraxisUser instructor = TestUsers.create(accounts, jdbc, "Ines Instructor", Role.INSTRUCTOR);
            long attempt = submit(learner, Map.of(1, NEGATION_TRAP_Q1));
            long answer = answerId(attempt, 1);
            String graded = jdbc.sql("select verdict from quiz_answer where id = :id").param("id", answer)
                    .query(String.class).single();

            MvcResult result = mvc.perform(as(instructor, post("/instructor/quiz/answers/" + answer + "/override"))
                    .param("verdict", "correct").param("comment", "Your trade-off is sound for this team.")).andReturn();
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/quiz/attempts/" + attempt + "#answer-" + answer);

            Map<String, Object> audit = jdbc.sql("""
                    select instructor_id, old_verdict, new_verdict, comment from quiz_override where answer_id = :id
                    """).param("id", answer).query().singleRow();
            assertThat(audit).containsEntry("instructor_id", instructor.id()).containsEntry("old_verdict", graded)
                    .containsEntry("new_verdict", "correct")
                    .containsEntry("comment", "Your trade-off is sound for this team.");

            Element section = answerSection(attemptPage(learner, attempt), 1);
            assertThat(section.selectFirst("h2 .badge").text()).isEqualTo("correct");
            String override = section.selectFirst(".answer-feedback__override").text();
            assertThat(override).contains("Changed by your instructor").contains("Ines Instructor")
                    .contains(graded + " → correct").contains("Your trade-off is sound for this team.");
            assertThat(attempt(attempt).score()).as("the score follows the override").isEqualTo(0.125);
        }

        @Test
        void anOverrideWithoutACommentIsRefusedAndNothingIsAudited() throws Exception {
            PraxisUser instructor = TestUsers.create(accounts, jdbc, "quiz-instructor", Role.INSTRUCTOR);
            long answer = answerId(submit(learner, Map.of(1, NEGATION_TRAP_Q1)), 1);
            MvcResult result = mvc.perform(as(instructor, post("/instructor/quiz/answers/" + answer + "/override"))
                    .param("verdict", "correct").param("comment", "  ")).andReturn();
            assertThat((String) result.getFlashMap().get("error")).contains("why the verdict changes");
            assertThat(overrides(answer)).isZero();
        }

        @Test
        void aLearnerCannotOverrideTheirOwnVerdict() throws Exception {
            long answer = answerId(submit(learner, Map.of(1, NEGATION_TRAP_Q1)), 1);
            int status = status(learner, post("/instructor/quiz/answers/" + answer + "/override")
                    .param("verdict", "correct").param("comment", "I deserve it"));
            assertThat(status).isEqualTo(403);
            assertThat(overrides(answer)).isZero();
        }
    }

    @Nested
    @DisplayName("bad input")
    class BadInput {

        @Test
        void aTwentyThousandCharacterAnswerIsAcceptedAndShownEscaped() throws Exception {
            String unit = "<script>alert(1)</script><b>bold</b> & \"quotes\" ";
            String answer = unit.repeat(20_000 / unit.length() + 1).substring(0, 20_000);
            long attempt = submit(learner, Map.of(1, answer));
            MockHttpServletResponse response = mvc.perform(as(learner, get("/quiz/attempts/" + attempt)))
                    .andReturn().getResponse();
            String html = response.getContentAsString();
            assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<b>bold</b>")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;");
            assertThat(answerSection(Jsoup.parse(html), 1).selectFirst(".answer-feedback__answer").wholeText())
                    .isEqualTo(answer);
        }

        @Test
        void anAnswerOverTheLimitIsRefusedClearlyAndNothingIsLost() throws Exception {
            saveDraft(learner, 2, "a draft for Q2 that must survive");
            String tooLong = "x".repeat(20_001);
            Map<Integer, String> answers = Map.of(1, tooLong, 2, "an answer typed after the draft");
            MvcResult result = mvc.perform(submission(learner, answers)).andReturn();
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(QUIZ_PAGE);
            assertThat(attemptsOf(learner)).as("no attempt stored").isZero();

            Cookie session = result.getResponse().getCookie("SESSION");
            Document page = Jsoup.parse(mvc.perform(as(learner, get(QUIZ_PAGE)).cookie(session))
                    .andReturn().getResponse().getContentAsString());
            assertThat(page.selectFirst("[role=alert]").text()).contains("longer than 20000 characters");
            assertThat(page.selectFirst("#answer-Q1").wholeText()).as("the submitted text is shown again").isEqualTo(tooLong);
            assertThat(page.selectFirst("#answer-Q2").wholeText()).isEqualTo("an answer typed after the draft");
            assertThat(quizPage(learner).selectFirst("#answer-Q2").wholeText()).as("the draft is kept")
                    .isEqualTo("a draft for Q2 that must survive");
        }

        @Test
        void emojiAndNonLatinScriptsRoundTripThroughGrading() throws Exception {
            long attempt = submit(learner, Map.of(4, MANY_SCRIPTS));
            assertThat(answerSection(attemptPage(learner, attempt), 4).selectFirst(".answer-feedback__answer").wholeText())
                    .isEqualTo(MANY_SCRIPTS);
        }

        @Test
        void aNulCharacterPastedIntoAnAnswerIsDroppedInsteadOfFailingTheSave() throws Exception {
            assertThat(saveDraft(learner, 1, "before\u0000after").getStatus()).isEqualTo(200);
            assertThat(quizPage(learner).selectFirst("#answer-Q1").wholeText()).isEqualTo("beforeafter");
            long attempt = submit(learner, Map.of(1, "before\u0000after"));
            assertThat(answerSection(attemptPage(learner, attempt), 1).selectFirst(".answer-feedback__answer").wholeText())
                    .isEqualTo("beforeafter");
        }
    }

    @Nested
    @DisplayName("another learner")
    class AnotherLearner {

        PraxisUser other;

        @BeforeEach
        void createOther() {
            other = TestUsers.create(accounts, jdbc, "quiz-other", Role.LEARNER);
        }

        @Test
        void cannotSeeAnotherLearnersAttempt() throws Exception {
            long attempt = submit(learner, Map.of(1, STRONG_Q1));
            assertThat(status(other, get("/quiz/attempts/" + attempt))).isEqualTo(404);
            assertThat(quizPage(other).select("#attempts-heading")).isEmpty();
        }

        @Test
        void cannotSelfAssessAnotherLearnersAnswer() throws Exception {
            long answer = answerId(submit(learner, Map.of(1, STRONG_Q1)), 1);
            assertThat(status(other, post("/quiz/answers/" + answer + "/self-assessment").param("verdict", "incorrect")))
                    .isEqualTo(404);
            assertThat(jdbc.sql("select self_assessment from quiz_answer where id = :id").param("id", answer)
                    .query(String.class).optional()).isEmpty();
        }

        @Test
        void neitherSeesNorChangesAnotherLearnersDrafts() throws Exception {
            saveDraft(learner, 1, "mine alone");
            assertThat(quizPage(other).selectFirst("#answer-Q1").wholeText()).isEmpty();
            saveDraft(other, 1, "the other learner's text");
            assertThat(quizPage(learner).selectFirst("#answer-Q1").wholeText()).isEqualTo("mine alone");
        }
    }

    record Score(double score, boolean passed) {
    }

    private Score attempt(long id) {
        return jdbc.sql("select score, passed from quiz_attempt where id = :id").param("id", id)
                .query((rs, row) -> new Score(rs.getDouble(1), rs.getBoolean(2))).single();
    }

    private int attemptsOf(PraxisUser who) {
        return jdbc.sql("select count(*) from quiz_attempt where user_id = :id").param("id", who.id())
                .query(Integer.class).single();
    }

    private int overrides(long answerId) {
        return jdbc.sql("select count(*) from quiz_override where answer_id = :id").param("id", answerId)
                .query(Integer.class).single();
    }

    private long answerId(long attempt, int number) {
        return jdbc.sql("select id from quiz_answer where attempt_id = :attempt and question_id = :question")
                .param("attempt", attempt).param("question", questionId(number)).query(Long.class).single();
    }

    /** Answers with a known grade: the first questions correct, then partial, then incorrect (left empty). */
    private static Map<Integer, String> answers(int correct, int partial, int incorrect) {
        assertThat(correct + partial + incorrect).isEqualTo(QUESTIONS);
        Map<Integer, String> answers = new HashMap<>();
        for (int number = 1; number <= correct + partial; number++) {
            answers.put(number, ANSWERS.graded(number, number <= correct ? Verdict.CORRECT : Verdict.PARTIAL));
        }
        return answers;
    }

    private MockHttpServletResponse saveDraft(PraxisUser who, int number, String answer) throws Exception {
        return mvc.perform(as(who, post("/quiz/drafts")).param("module", SLUG).param("questionId", questionId(number))
                .param("answer", answer)).andReturn().getResponse();
    }

    /** The whole quiz form as the browser posts it: every question, unanswered ones empty. */
    private MockHttpServletRequestBuilder submission(PraxisUser who, Map<Integer, String> answers) {
        MockHttpServletRequestBuilder request = as(who, post("/quiz/attempts")).param("module", SLUG);
        for (int number = 1; number <= QUESTIONS; number++) {
            request.param("questionId", questionId(number)).param("answer", answers.getOrDefault(number, ""));
        }
        return request;
    }

    private long submit(PraxisUser who, Map<Integer, String> answers) throws Exception {
        MockHttpServletResponse response = mvc.perform(submission(who, answers)).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).as("submitted, flash: %s", response.getContentAsString())
                .startsWith("/quiz/attempts/");
        return idAfterLastSlash(response.getRedirectedUrl());
    }

    private Document quizPage(PraxisUser who) throws Exception {
        return page(who, QUIZ_PAGE);
    }

    private Document attemptPage(PraxisUser who, long attempt) throws Exception {
        return page(who, "/quiz/attempts/" + attempt);
    }

    private static Element answerSection(Document page, int number) {
        return page.select(".answer-feedback").stream()
                .filter(section -> section.selectFirst("h2 span").text().equals("Q" + number))
                .findFirst().orElseThrow(() -> new AssertionError("no feedback for Q" + number));
    }

    private Document page(PraxisUser who, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(who, get(path))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private int status(PraxisUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(who, request)).andReturn().getResponse().getStatus();
    }

    private static MockHttpServletRequestBuilder as(PraxisUser who, MockHttpServletRequestBuilder request) {
        return request.with(user(who)).with(csrf());
    }

    private static long idAfterLastSlash(String url) {
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }
}
