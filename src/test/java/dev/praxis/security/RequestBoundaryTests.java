package dev.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.content.ContentLibrary;
import dev.praxis.lesson.PredictionService;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The request boundary: what no field may carry, redirects built from values, remember-me replays, revisions capped.
 * (Sessions and the CSRF cookie are tested over real HTTP in {@link SessionTests}: Spring Security's test
 * {@code csrf()} swaps the token repository of the shared MockMvc for a session one.)
 */
@IntegrationTest
class RequestBoundaryTests {

    static final String FLAGSHIP = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentLibrary library;

    @Test
    void aNulInAnyFieldIsDroppedBeforeAnyFeatureSeesIt() throws Exception {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "nul", Role.LEARNER);
        mvc.perform(get("/search").with(user(learner)).param("q", "gpu\u0000")).andExpect(status().isOk());
        mvc.perform(post("/settings/tokens").with(user(learner)).with(csrf()).param("label", "home\u0000 desktop"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select label from upload_token where user_id = :id").param("id", learner.id())
                .query(String.class).list()).containsExactly("home desktop");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search", "/instructor", "/admin/users"})
    void aSearchLongerThanTheBoxTakesSaysItSearchedOnlyTheFirst200Characters(String page) throws Exception {
        PraxisUser admin = TestUsers.create(accounts, jdbc, "long-search", Role.ADMIN);
        String typed = "v".repeat(250);
        String cut = mvc.perform(get(page).with(user(admin)).param("q", typed)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(cut).select("[role=status].notice")).singleElement()
                .satisfies(notice -> assertThat(notice.text()).contains("first 200 characters"));
        assertThat(Jsoup.parse(cut).selectFirst("main input[name=q]").val()).isEqualTo("v".repeat(200));

        String whole = mvc.perform(get(page).with(user(admin)).param("q", "gpu")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(whole).doesNotContain("first 200 characters");
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
        mvc.perform(get("/error")).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{x}", "a\r\nLocation: //evil.example", "../../admin"})
    void anIncompleteQuizFormWithAHostileModuleIsRefusedNotRedirectedThere(String module) throws Exception {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "quiz-redirect", Role.LEARNER);
        mvc.perform(post("/quiz/attempts").with(user(learner)).with(csrf()).param("module", module)
                        .param("questionId", "Q1"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anIncompleteQuizFormGoesBackToItsQuizWithAnEncodedAddress() throws Exception {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "quiz-back", Role.LEARNER);
        mvc.perform(post("/quiz/attempts").with(user(learner)).with(csrf()).param("module", FLAGSHIP)
                        .param("questionId", "Q1"))
                .andExpect(redirectedUrl("/quiz/" + FLAGSHIP + "/"));
    }

    @Test
    void aLabReturnAddressWithTemplateBracesIsKeptLiteral() throws Exception {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "return-to", Role.LEARNER);
        mvc.perform(post("/inventory/uploads").with(user(learner)).with(csrf()).param("paste", "")
                        .param("returnTo", "/lab/{x}/"))
                .andExpect(redirectedUrl("/lab/%7Bx%7D/#upload-paste"));
    }

    @Test
    void theWayBackAfterSignInKeepsBracesLiteralAndStaysOnThisSite() throws Exception {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "resume", Role.LEARNER);
        mvc.perform(get("/resume").with(user(learner)).param("at", "/modules/{x}/"))
                .andExpect(redirectedUrl("/modules/%7Bx%7D/"));
        for (String elsewhere : new String[] {"//evil.example/", "/\\evil.example/", "https://evil.example/"}) {
            mvc.perform(get("/resume").with(user(learner)).param("at", elsewhere)).andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void aReplayedRememberMeCookieLeadsToTheSignInPageWithAnExplanation() throws Exception {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "replay", Role.LEARNER);
        Cookie first = mvc.perform(post("/login").with(csrf()).param("username", learner.email())
                        .param("password", TestUsers.PASSWORD).param("remember-me", "on"))
                .andReturn().getResponse().getCookie("remember-me");
        // the first use rotates the token; the copy an attacker kept is the old one
        mvc.perform(get("/progress").cookie(first)).andExpect(status().isOk());

        mvc.perform(get("/progress").cookie(first)).andExpect(redirectedUrl("/login?expired"));
        assertThat(jdbc.sql("select count(*) from persistent_logins where username = :email")
                .param("email", learner.email()).query(Integer.class).single()).isZero();
    }

    @Test
    void aPredictionKeepsAtMostTwentyVersions() throws Exception {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "revisions", Role.LEARNER);
        String promptId = library.module(FLAGSHIP).predictions().get(0).id();
        for (int i = 0; i < PredictionService.MAX_VERSIONS; i++) {
            mvc.perform(post("/predictions").with(user(learner)).with(csrf()).param("promptId", promptId)
                    .param("body", "Version " + i + ": the GPU memory will limit the model size."))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/predictions").with(user(learner)).with(csrf()).param("promptId", promptId)
                        .param("body", "One more version that will not be kept, however long.")
                        .header("X-Praxis-Fragment", "1"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from prediction where user_id = :id").param("id", learner.id())
                .query(Integer.class).single()).isEqualTo(PredictionService.MAX_VERSIONS);
    }
}
