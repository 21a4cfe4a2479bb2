package dev.praxis.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.praxis.HttpBrowser;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A database outage seen from the browser: the platform's DataSource is wrapped so that a test can make every new
 * connection fail the way Hikari does when PostgreSQL is down (SQLState 08001), then bring it back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DisplayName("When the database is unreachable")
class DatabaseUnavailableTests {

    static final String LESSON = "/modules/ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals/";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    DataSource dataSource;

    HttpBrowser browser;

    @BeforeEach
    void signInAsALearner() throws Exception {
        String email = TestUsers.registerLearner(accounts, "Outage");
        browser = HttpBrowser.onPort(port);
        untilServed("/login");
        browser.signedIn(email, TestUsers.PASSWORD);
    }

    @AfterEach
    void databaseComesBack() {
        switchable().down = false;
    }

    @Test
    void aBrowserGetsTheFriendly503PageWithoutStackTrace() throws Exception {
        switchable().down = true;
        HttpResponse<String> page = browser.get(LESSON, "text/html,application/xhtml+xml");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("Praxis is briefly unavailable").doesNotContain("Exception", "at org.", "Whitelabel");
    }

    @Test
    void aScriptGetsProblemDetails() throws Exception {
        switchable().down = true;
        HttpResponse<String> problem = browser.get(LESSON, "application/json");
        assertThat(problem.statusCode()).isEqualTo(503);
        assertThat(problem.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem.body()).contains("\"status\":503", "briefly unavailable");
    }

    @Test
    void aSignInAttemptGetsThe503Page() throws Exception {
        HttpBrowser stranger = HttpBrowser.onPort(port);
        String token = stranger.formToken();

        switchable().down = true;
        HttpResponse<String> attempt = stranger.http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=someone%40example.org&password=guess&_csrf=" + token))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(attempt.statusCode()).isEqualTo(503);
        assertThat(attempt.body()).contains("Praxis is briefly unavailable");
    }

    @Test
    void readinessReportsDownThenUpWithoutARestart() throws Exception {
        switchable().down = true;
        HttpResponse<String> down = anonymous("/actuator/health/readiness");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("\"status\":\"DOWN\"");

        switchable().down = false;
        HttpResponse<String> up = anonymous("/actuator/health/readiness");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void requestsRightAfterAFailedConnectionAreTurnedAwayWithoutWaitingForTheDatabase() throws Exception {
        SwitchableDataSource database = switchable();
        database.down = true;
        assertThat(browser.get(LESSON, "text/html").statusCode()).isEqualTo(503);
        int triesAfterFirstFailure = database.attempts.get();

        for (int i = 0; i < 5; i++) {
            assertThat(browser.get(LESSON, "text/html").statusCode()).isEqualTo(503);
        }
        assertThat(database.attempts.get()).isEqualTo(triesAfterFirstFailure);
    }

    @Test
    void theSignedInLessonWorksAgainOnceTheDatabaseIsBack() throws Exception {
        switchable().down = true;
        assertThat(browser.get(LESSON, "text/html").statusCode()).isEqualTo(503);

        switchable().down = false;
        HttpResponse<String> page = untilServed(LESSON);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Outage");
    }

    /** After an outage the platform retries the database on its own within seconds; a previous test may have ended one. */
    private HttpResponse<String> untilServed(String path) {
        return await(path + " is served again").atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> browser.get(path), page -> page.statusCode() != 503);
    }

    @Test
    void aRequestThatChangedNothingKeepsItsAnswerWhenTheDatabaseGoesAwayBeforeItEnds() throws Exception {
        HttpResponse<String> answer = browser.get(OutageSwitch.GOES_DOWN_MIDWAY, "text/plain");
        assertThat(switchable().down).as("the database went away while the request ran").isTrue();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("answered");
    }

    private SwitchableDataSource switchable() {
        try {
            return dataSource.unwrap(SwitchableDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("the test DataSource is not switchable", e);
        }
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return browser.uri(path);
    }

    /** The platform's pool behind a switch: when down, new connections fail as they do with PostgreSQL stopped. */
    static final class SwitchableDataSource extends DelegatingDataSource {

        volatile boolean down;
        final AtomicInteger attempts = new AtomicInteger();

        SwitchableDataSource(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            attempts.incrementAndGet();
            if (down) {
                throw new SQLTransientConnectionException("Connection to localhost refused (test outage)", "08001");
            }
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            attempts.incrementAndGet();
            if (down) {
                throw new SQLTransientConnectionException("Connection to localhost refused (test outage)", "08001");
            }
            return super.getConnection(username, password);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? (T) this : super.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || super.isWrapperFor(type);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class OutageSwitch {

        static final String GOES_DOWN_MIDWAY = "/test/database-goes-down-midway";

        /** Answers after the session was read, having taken the database away: its session needs no write. (A member
         * class of the test configuration, so registered with it.) */
        @RestController
        static class GoesDownMidway {

            private final DataSource dataSource;

            GoesDownMidway(DataSource dataSource) {
                this.dataSource = dataSource;
            }

            @GetMapping(GOES_DOWN_MIDWAY)
            String answer() throws SQLException {
                dataSource.unwrap(SwitchableDataSource.class).down = true;
                return "answered";
            }
        }

        @Bean
        static BeanPostProcessor switchableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource pool && !(bean instanceof SwitchableDataSource)
                            ? new SwitchableDataSource(pool) : bean;
                }
            };
        }
    }
}
