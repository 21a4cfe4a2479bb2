package dev.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.HttpBrowser;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sessions over real HTTP: none for a visitor who only reads, one written completely by the sign-in, and parallel
 * first requests of a session that never fail. Cookies carry SameSite as Tomcat writes them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private HttpBrowser browser() {
        return new HttpBrowser("http://localhost:" + port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/catalog", "/login", "/register", "/search?q=gpu", "/progress", "/no-such-page"})
    void aVisitorWhoOnlyReadsGetsNoSession(String page) throws Exception {
        HttpBrowser visitor = browser();
        int before = sessions();
        HttpResponse<String> response = visitor.get(page);
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(visitor.hasCookie("SESSION")).as("a session cookie for " + page).isFalse();
        assertThat(sessions()).as("session rows").isEqualTo(before);
    }

    @Test
    void theSignInFormsTokenIsAnHttpOnlySameSiteCookieUntilSignInStoresItInTheSession() throws Exception {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "csrf-cookie", Role.LEARNER);
        HttpBrowser visitor = browser();
        HttpResponse<String> form = visitor.get("/login");
        assertThat(form.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("PRAXIS-CSRF=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        HttpResponse<String> failed = visitor.postForm("/login", "username", learner.email(), "password",
                "not the password", "_csrf", visitor.formToken());
        assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(visitor.hasCookie("SESSION")).as("a session after a failed sign-in").isFalse();

        HttpResponse<String> signedIn = visitor.signIn(learner.email(), TestUsers.PASSWORD, true);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(visitor.hasCookie("PRAXIS-CSRF")).as("the cookie token ends at sign-in").isFalse();
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("remember-me=").containsIgnoringCase("SameSite=Lax").contains("HttpOnly"));
        assertThat(csrfAttributes(sessionId(visitor))).as("CSRF token stored by the sign-in request").isOne();
    }

    @Test
    void parallelFirstRequestsOfASessionNeverFail() throws Exception {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "parallel", Role.LEARNER);
        HttpBrowser browser = browser();
        HttpResponse<String> signedIn = browser.signIn(learner.email(), TestUsers.PASSWORD, false);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(statusesOfParallelRequests(browser, 30)).allSatisfy(status -> assertThat(status).isLessThan(500));

        // a session that has no token yet (signed in before this version): every request writes one at once
        String session = sessionId(browser);
        jdbc.sql("""
                delete from spring_session_attributes
                 where attribute_name like '%CsrfTokenRepository%'
                   and session_primary_id = (select primary_id from spring_session where session_id = :id)
                """).param("id", session).update();
        assertThat(statusesOfParallelRequests(browser, 30)).allSatisfy(status -> assertThat(status).isLessThan(500));
        assertThat(csrfAttributes(session)).isOne();
    }

    private static List<Integer> statusesOfParallelRequests(HttpBrowser browser, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String page = i % 2 == 0 ? "/" : "/settings";
                answers.add(pool.submit(() -> browser.get(page).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private int sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Integer.class).single();
    }

    private int csrfAttributes(String sessionId) {
        return jdbc.sql("""
                        select count(*) from spring_session_attributes a
                          join spring_session s on s.primary_id = a.session_primary_id
                         where a.attribute_name like '%CsrfTokenRepository%' and s.session_id = :id
                        """).param("id", sessionId).query(Integer.class).single();
    }

    private static String sessionId(HttpBrowser browser) {
        String cookie = browser.cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION")).findFirst().orElseThrow().getValue();
        return new String(Base64.getDecoder().decode(cookie));
    }
}
