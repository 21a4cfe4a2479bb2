package dev.praxis.security;

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
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.content.Prediction;
import java.nio.charset.StandardCharsets;
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

/**
 * Each web form refuses an invalid value with the message a person reads beside the field (or in the form's
 * notice), posted as a browser would: with its CSRF token.
 */
@IntegrationTest
class FormMessagesTests {

    private static final String FLAGSHIP = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ContentLibrary library;

    private PraxisUser learner;

    @BeforeEach
    void createALearner() {
        learner = TestUsers.create(accounts, jdbc, "forms", Role.LEARNER);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private static String fieldError(MockHttpServletResponse response, String field) throws Exception {
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        Element error = page.getElementById(field + "-error");
        assertThat(error).as("message beside " + field).isNotNull();
        assertThat(page.getElementById(field).attr("aria-invalid")).isEqualTo("true");
        return error.text();
    }

    private static Object flash(MvcResult result, String name) {
        return result.getFlashMap().get(name);
    }

    @Nested
    @DisplayName("registration")
    class Registration {

        private MockHttpServletResponse register(String email, String displayName, String password) throws Exception {
            return send(post("/register").param("email", email).param("displayName", displayName)
                    .param("password", password));
        }

        @Test
        void showsEachFieldsOwnMessage() throws Exception {
            MockHttpServletResponse response = register("not-an-email", "", "short");
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(fieldError(response, "email")).isEqualTo("Enter an email address like name@example.org.");
            assertThat(fieldError(response, "displayName")).isEqualTo("Enter the name other people in your cohort will see.");
            assertThat(fieldError(response, "password"))
                    .isEqualTo("Use at least 12 characters; a short sentence is easy to remember.");
        }

        @Test
        void quotesTheMixedScriptLabelLiterallyEvenWithBraces() throws Exception {
            MockHttpServletResponse response = register("p{а}ypal${x}@example.org", "Someone", TestUsers.PASSWORD);
            assertThat(fieldError(response, "email")).isEqualTo("The email mixes letters of different alphabets in "
                    + "\"p{а}ypal${x}\", as lookalike addresses do. Type your address with one keyboard layout.");
        }

        @Test
        void refusesAPasswordBuiltFromTheEmailTypedBesideIt() throws Exception {
            MockHttpServletResponse response = register("marguerite.yourcenar@example.org", "Someone",
                    "marguerite.yourcenar!!");
            assertThat(fieldError(response, "password"))
                    .isEqualTo("Do not build the password from your email, your name or the site's name.");
        }

        @Test
        void refusesAnInvisibleCharacterInTheDisplayNameAndALongOne() throws Exception {
            assertThat(fieldError(register(TestUsers.uniqueEmail("name"), "Ada\u200BLovelace", TestUsers.PASSWORD),
                    "displayName")).isEqualTo("The display name contains control or invisible characters; type it again.");
            assertThat(fieldError(register(TestUsers.uniqueEmail("name"), "n".repeat(81), TestUsers.PASSWORD),
                    "displayName")).isEqualTo("Keep the display name to 80 characters or fewer.");
        }

        @Test
        void tellsTheBrowserWhatEachFieldHoldsSoItCanFillAndLimitIt() throws Exception {
            Document page = Jsoup.parse(mvc.perform(get("/register")).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            Element email = page.getElementById("email");
            Element name = page.getElementById("displayName");

            assertThat(email.attributes().asList()).extracting(a -> a.getKey() + "=" + a.getValue())
                    .contains("type=email", "autocomplete=email", "required=", "aria-invalid=false")
                    .noneMatch(attribute -> attribute.startsWith("maxlength") || attribute.startsWith("aria-describedby"));
            assertThat(name.attr("type")).isEqualTo("text");
            assertThat(name.attr("autocomplete")).isEqualTo("name");
            assertThat(name.attr("maxlength")).isEqualTo("80");
            assertThat(page.select("label[for=displayName]").text()).isEqualTo("Display name");
        }

        @Test
        void keepsWhatWasTypedExceptThePassword() throws Exception {
            Document page = Jsoup.parse(register("ada@example.org", "Ada", "password1234")
                    .getContentAsString(StandardCharsets.UTF_8));
            assertThat(page.getElementById("email").val()).isEqualTo("ada@example.org");
            assertThat(page.getElementById("displayName").val()).isEqualTo("Ada");
            assertThat(page.getElementById("password").val()).isEmpty();
        }
    }

    @Nested
    @DisplayName("password change and reset")
    class Passwords {

        @Test
        void changeRefusesACommonNewPasswordBesideTheField() throws Exception {
            MockHttpServletResponse response = send(post("/account/password").with(user(learner))
                    .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "Summer2024!!"));
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(fieldError(response, "newPassword")).startsWith("This password is on the lists of common passwords");
        }

        @Test
        void changeRefusesAWrongCurrentPasswordBesideItsField() throws Exception {
            MockHttpServletResponse response = send(post("/account/password").with(user(learner))
                    .param("currentPassword", "not my password at all").param("newPassword", "a quiet walk by the river"));
            assertThat(fieldError(response, "currentPassword")).isEqualTo("That is not your current password.");
        }

        @Test
        void changeRefusesANewPasswordMadeOfTheAccountsName() throws Exception {
            MockHttpServletResponse response = send(post("/account/password").with(user(learner))
                    .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "forms forms forms!"));
            assertThat(fieldError(response, "newPassword"))
                    .isEqualTo("Do not build the password from your email, your name or the site's name.");
        }

        @Test
        void resetRefusesAShortPasswordAndKeepsTheLinkUsable() throws Exception {
            String token = accounts.issuePasswordReset(learner.id(), null);
            MockHttpServletResponse response = send(post("/account/reset/{token}", token).param("newPassword", "x"));
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(fieldError(response, "newPassword"))
                    .isEqualTo("Use at least 12 characters; a short sentence is easy to remember.");
            assertThat(accounts.passwordResetFor(token)).isPresent();
        }
    }

    @Nested
    @DisplayName("learner forms")
    class LearnerForms {

        @Test
        void aTooShortPredictionShowsItsMessageOnTheCard() throws Exception {
            CourseModule module = library.module(FLAGSHIP);
            Prediction first = module.predictions().get(0);
            MockHttpServletResponse response = send(post("/predictions").with(user(learner))
                    .header("X-Praxis-Fragment", "1").param("promptId", first.id()).param("body", "   too short   "));
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).text())
                    .contains("Write at least 15 characters: say what you expect and why, before you see the explanation.");
        }

        @Test
        void anUnknownSelfCheckIsRefusedWithTheChoices() throws Exception {
            Prediction first = library.module(FLAGSHIP).predictions().get(0);
            MockHttpServletResponse response = send(post("/predictions/self-check").with(user(learner))
                    .header("X-Praxis-Fragment", "1").param("promptId", first.id()).param("verdict", "{x}"));
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Choose got it, partly or missed it.");
        }

        @Test
        void aLongTokenNameIsRefusedOnTheSettingsPage() throws Exception {
            MvcResult result = mvc.perform(post("/settings/tokens").with(user(learner)).with(csrf())
                    .param("label", "t".repeat(81))).andReturn();
            assertThat(flash(result, "tokenError")).isEqualTo("Keep the token name to 80 characters or fewer.");
            assertThat(flash(result, "newToken")).isNull();
        }

        @Test
        void aTooLongQuizDraftAndAttemptAreRefused() throws Exception {
            CourseModule module = library.module(FLAGSHIP);
            String questionId = module.quiz().questions().get(0).id();
            String tooLong = "word ".repeat(4_001) + "end";
            MockHttpServletResponse draft = send(post("/quiz/drafts").with(user(learner)).param("module", FLAGSHIP)
                    .param("questionId", questionId).param("answer", tooLong));
            assertThat(draft.getStatus()).isEqualTo(400);
            assertThat(draft.getContentAsString(StandardCharsets.UTF_8))
                    .contains("An answer is longer than 20000 characters. Shorten it: a few clear sentences grade best.");

            MvcResult attempt = mvc.perform(post("/quiz/attempts").with(user(learner)).with(csrf())
                    .param("module", FLAGSHIP).param("questionId", questionId).param("answer", tooLong)).andReturn();
            assertThat(flash(attempt, "error"))
                    .isEqualTo("An answer is longer than 20000 characters. Shorten it: a few clear sentences grade best.");
            assertThat(jdbc.sql("select count(*) from quiz_attempt where user_id = :id").param("id", learner.id())
                    .query(Integer.class).single()).isZero();
        }

        @Test
        void aSelfAssessmentAndAnOverrideOutsideTheChoicesAreRefused() throws Exception {
            String questionId = library.module(FLAGSHIP).quiz().questions().get(0).id();
            mvc.perform(post("/quiz/attempts").with(user(learner)).with(csrf()).param("module", FLAGSHIP)
                    .param("questionId", questionId).param("answer", "the disk is nearly full"));
            long answerId = jdbc.sql("select a.id from quiz_answer a join quiz_attempt t on t.id = a.attempt_id "
                    + "where t.user_id = :id order by a.id limit 1").param("id", learner.id()).query(Long.class).single();

            MvcResult self = mvc.perform(post("/quiz/answers/{id}/self-assessment", answerId).with(user(learner))
                    .with(csrf()).param("verdict", "perfect")).andReturn();
            assertThat(flash(self, "error")).isEqualTo("Choose correct, partly correct or incorrect.");

            PraxisUser instructor = TestUsers.create(accounts, jdbc, "forms instructor", Role.INSTRUCTOR);
            MvcResult blank = mvc.perform(post("/instructor/quiz/answers/{id}/override", answerId).with(user(instructor))
                    .with(csrf()).param("verdict", "correct").param("comment", "   ")).andReturn();
            assertThat(flash(blank, "error")).isEqualTo("Say in a sentence (up to 2,000 characters) why the verdict changes.");
            MvcResult unknown = mvc.perform(post("/instructor/quiz/answers/{id}/override", answerId).with(user(instructor))
                    .with(csrf()).param("verdict", "{x}").param("comment", "The answer names the disk.")).andReturn();
            assertThat(flash(unknown, "error")).isEqualTo("Choose correct, partial or incorrect.");
            assertThat(jdbc.sql("select count(*) from quiz_override where answer_id = :id").param("id", answerId)
                    .query(Integer.class).single()).isZero();
        }

        @Test
        void aTooLongLabAnswerIsRefusedAndNothingIsSaved() throws Exception {
            MockHttpServletResponse autosave = send(post("/lab/work").with(user(learner)).header("X-Praxis-Autosave", "1")
                    .param("module", FLAGSHIP).param("workload", "w".repeat(5_001)));
            assertThat(autosave.getStatus()).isEqualTo(400);
            assertThat(autosave.getContentAsString(StandardCharsets.UTF_8))
                    .contains("A lab answer is longer than 5000 characters. Keep each answer to a few clear sentences.");
            assertThat(jdbc.sql("select count(*) from lab_work where user_id = :id").param("id", learner.id())
                    .query(Integer.class).single()).isZero();
        }
    }
}
