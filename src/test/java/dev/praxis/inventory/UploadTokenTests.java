package dev.praxis.inventory;

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
import jakarta.servlet.http.Cookie;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Upload tokens on the settings page: shown once, stored hashed, listed, revoked, and private to their owner. */
@IntegrationTest
class UploadTokenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    PraxisUser learner;

    @BeforeEach
    void createLearner() {
        learner = TestUsers.create(accounts, jdbc, "token-learner", Role.LEARNER);
    }

    @Test
    void aNewTokenIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
        MvcResult created = mvc.perform(post("/settings/tokens").param("label", "home desktop")
                .with(user(learner)).with(csrf())).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/settings#tokens");
        Cookie session = created.getResponse().getCookie("SESSION");

        Document first = settings(learner, session);
        String token = first.selectFirst("pre[data-copy] code").text();
        assertThat(token).startsWith("pxu_").hasSizeGreaterThan(40);
        assertThat(settings(learner, session).select("pre[data-copy] code")).as("shown only once").isEmpty();

        Map<String, Object> row = jdbc.sql("select * from upload_token where user_id = :id").param("id", learner.id())
                .query().singleRow();
        assertThat(row.values()).as("the clear token is in no column").noneMatch(value -> token.equals(String.valueOf(value)));
        assertThat(row.get("token_hash")).isEqualTo(sha256(token));
        assertThat(row.get("token_hint")).isEqualTo(token.substring(token.length() - 4));
    }

    @Test
    void tokensAreListedWithTheirNameAndHintOnly() throws Exception {
        String token = createToken(learner, "laptop agent");
        Document page = settings(learner, null);
        assertThat(page.select("#tokens tbody tr td:first-child").eachText()).containsExactly("laptop agent");
        assertThat(page.selectFirst("#tokens tbody code").text()).isEqualTo("…" + token.substring(token.length() - 4));
        assertThat(page.html()).doesNotContain(token);
    }

    @Test
    void aRevokedTokenNoLongerUploads() throws Exception {
        String token = createToken(learner, "to revoke");
        long id = tokenId(learner);
        MvcResult revoked = mvc.perform(post("/settings/tokens/" + id + "/revoke").with(user(learner)).with(csrf()))
                .andReturn();
        assertThat(revoked.getFlashMap().get("tokenMessage")).isEqualTo("Token revoked: the agent can no longer upload with it.");
        assertThat(settings(learner, null).selectFirst("#tokens tbody .badge").text()).isEqualTo("revoked");
        assertThat(apiStatus(token)).isEqualTo(401);
    }

    @Test
    void revokingATokenTwiceSaysItWasAlreadyRevoked() throws Exception {
        createToken(learner, "twice");
        long id = tokenId(learner);
        mvc.perform(post("/settings/tokens/" + id + "/revoke").with(user(learner)).with(csrf()));
        MvcResult again = mvc.perform(post("/settings/tokens/" + id + "/revoke").with(user(learner)).with(csrf()))
                .andReturn();
        assertThat(again.getFlashMap().get("tokenError")).isEqualTo("That token was already revoked.");
    }

    @Test
    void aTooLongNameIsRefusedWithAMessage() throws Exception {
        MvcResult result = mvc.perform(post("/settings/tokens").param("label", "x".repeat(81)).with(user(learner))
                .with(csrf())).andReturn();
        assertThat(result.getFlashMap().get("tokenError")).isEqualTo("Keep the token name to 80 characters or fewer.");
        assertThat(result.getFlashMap().containsKey("newToken")).isFalse();
    }

    @Test
    void anotherLearnerNeitherSeesNorRevokesTheTokens() throws Exception {
        String token = createToken(learner, "private label");
        long id = tokenId(learner);
        PraxisUser other = TestUsers.create(accounts, jdbc, "token-other", Role.LEARNER);

        assertThat(settings(other, null).text()).doesNotContain("private label");
        MvcResult attempt = mvc.perform(post("/settings/tokens/" + id + "/revoke").with(user(other)).with(csrf()))
                .andReturn();
        assertThat(attempt.getFlashMap().get("tokenError")).isEqualTo("No such token.");
        assertThat(jdbc.sql("select revoked_at from upload_token where id = :id").param("id", id).query()
                .singleRow().get("revoked_at")).isNull();
        assertThat(apiStatus(token)).as("the token still works for its owner").isEqualTo(201);
    }

    private String createToken(PraxisUser who, String label) throws Exception {
        MvcResult created = mvc.perform(post("/settings/tokens").param("label", label).with(user(who)).with(csrf()))
                .andReturn();
        return (String) created.getFlashMap().get("newToken");
    }

    private long tokenId(PraxisUser who) {
        return jdbc.sql("select id from upload_token where user_id = :id").param("id", who.id()).query(Long.class).single();
    }

    private int apiStatus(String token) throws Exception {
        return mvc.perform(post("/api/v1/inventory").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.CONTENT_TYPE, "text/plain").content(InventoryFixtures.bytes("single-df.transcript.txt")))
                .andReturn().getResponse().getStatus();
    }

    private Document settings(PraxisUser who, Cookie session) throws Exception {
        var request = get("/settings").with(user(who));
        if (session != null) {
            request.cookie(session);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes()));
    }
}
