package dev.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.inventory.InventoryService;
import dev.praxis.inventory.UploadTokenService;
import dev.praxis.quiz.QuizService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may do what, one line per endpoint: the expected answer for an anonymous visitor, the learner who owns the
 * resource, another learner, an instructor and an admin. {@code {learner}} in a path stands for the owning
 * learner's id; a new learner-owned resource needs one new line (and, if its id is not the learner's, one new
 * placeholder in {@link #placeholders}). POST, PUT, PATCH and DELETE carry a valid CSRF token: CSRF has its own test.
 */
@IntegrationTest
class AuthorizationMatrixTests {

    enum Who { ANONYMOUS, LEARNER, OTHER_LEARNER, INSTRUCTOR, ADMIN }

    /** The expected answer: a status, and for redirects the path the Location ends with. */
    record Expect(int status, String redirectPath) {

        static final Expect SIGN_IN = new Expect(302, "/login");

        static Expect is(int status) {
            return new Expect(status, null);
        }

        static Expect redirectsTo(String path) {
            return new Expect(302, path);
        }

        @Override
        public String toString() {
            return redirectPath == null ? String.valueOf(status) : status + " to " + redirectPath;
        }
    }

    record Row(String request, Map<Who, Expect> expected) {
    }

    private static final Expect SIGN_IN = Expect.SIGN_IN;
    private static final String QUIZ = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";

    private static final List<Row> MATRIX = List.of(
            //                                                   anonymous  learner  other    instructor admin
            row("GET /",                                         is(200),   is(200), is(200), is(200), is(200)),
            row("GET /login",                                    is(200),   is(200), is(200), is(200), is(200)),
            row("GET /register",                                 is(200),   is(200), is(200), is(200), is(200)),
            row("GET /no/such/page",                             is(404),   is(404), is(404), is(404), is(404)),
            row("GET /admin/users",                              SIGN_IN,   is(403), is(403), is(403), is(200)),
            row("POST /admin/users/{learner}/role?role=LEARNER", SIGN_IN,   is(403), is(403), is(403),
                    Expect.redirectsTo("/admin/users")),
            row("POST /admin/users/{learner}/reset-link",        SIGN_IN,   is(403), is(403), is(403),
                    Expect.redirectsTo("/admin/users")),
            row("POST /admin/users/{learner}/unlock",            SIGN_IN,   is(403), is(403), is(403),
                    Expect.redirectsTo("/admin/users")),
            // one's own account: no id in the request, so nobody reaches another person's account
            row("GET /account",                                  SIGN_IN,   is(200), is(200), is(200), is(200)),
            row("POST /account/password?currentPassword=wrong&newPassword=x",
                                                                 SIGN_IN,   is(400), is(400), is(400), is(400)),
            row("POST /account/sessions/others",                 SIGN_IN,   Expect.redirectsTo("/account"),
                    Expect.redirectsTo("/account"), Expect.redirectsTo("/account"), Expect.redirectsTo("/account")),
            row("GET /account/forgot",                           is(200),   is(200), is(200), is(200), is(200)),
            row("GET /account/reset/not-a-link",                 is(404),   is(404), is(404), is(404), is(404)),
            row("POST /account/reset/not-a-link?newPassword=a long enough sentence",
                                                                 is(404),   is(404), is(404), is(404), is(404)),
            row("GET /instructor",                               SIGN_IN,   is(403), is(403), is(200), is(200)),
            row("GET /instructor?q=matrix&page=2",               SIGN_IN,   is(403), is(403), is(200), is(200)),
            row("GET /instructor/learners/{learner}",            SIGN_IN,   is(403), is(403), is(200), is(200)),
            row("GET /instructor/cohort.csv",                    SIGN_IN,   is(403), is(403), is(200), is(200)),
            row("GET /actuator/health",                          is(200),   is(200), is(200), is(200), is(200)),
            row("GET /actuator/prometheus",                      SIGN_IN,   is(403), is(403), is(403), is(200)),
            // quiz and inventory
            row("GET /quiz/" + QUIZ + "/",                       SIGN_IN,   is(200), is(200), is(200), is(200)),
            row("POST /quiz/drafts?module=" + QUIZ + "&questionId=" + QUIZ + ":quiz:1&answer=x",
                                                                 SIGN_IN,   is(200), is(200), is(200), is(200)),
            row("POST /quiz/attempts?module=" + QUIZ,            SIGN_IN,   is(302), is(302), is(302), is(302)),
            row("GET /quiz/attempts/{attempt}",                  SIGN_IN,   is(200), is(404), is(200), is(200)),
            row("POST /quiz/answers/{answer}/self-assessment?verdict=partial",
                                                                 SIGN_IN,   is(302), is(404), is(404), is(404)),
            row("POST /instructor/quiz/answers/{answer}/override?verdict=correct&comment=sound",
                                                                 SIGN_IN,   is(403), is(403), is(302), is(302)),
            row("GET /inventory",                                SIGN_IN,   is(200), is(200), is(200), is(200)),
            // "x" is no inventory: back at the paste form with the reason next to it
            row("POST /inventory/uploads?paste=x",               SIGN_IN,   Expect.redirectsTo("/inventory#upload-paste"),
                    Expect.redirectsTo("/inventory#upload-paste"), Expect.redirectsTo("/inventory#upload-paste"),
                    Expect.redirectsTo("/inventory#upload-paste")),
            row("GET /inventory/uploads/{upload}",               SIGN_IN,   is(200), is(404), is(404), is(404)),
            row("GET /inventory/uploads/{upload}/raw",           SIGN_IN,   is(200), is(404), is(404), is(404)),
            row("POST /inventory/uploads/{upload}/reread",       SIGN_IN,   is(302), is(404), is(404), is(404)),
            row("GET /inventory/compare?from={upload}&to={upload}", SIGN_IN, is(200), is(404), is(404), is(404)),
            row("GET /settings",                                 SIGN_IN,   is(200), is(200), is(200), is(200)),
            row("POST /settings/tokens?label=matrix",            SIGN_IN,   Expect.redirectsTo("/settings#tokens"),
                    Expect.redirectsTo("/settings#tokens"), Expect.redirectsTo("/settings#tokens"),
                    Expect.redirectsTo("/settings#tokens")),
            row("POST /settings/tokens/{token}/revoke",          SIGN_IN,   Expect.redirectsTo("/settings#tokens"),
                    Expect.redirectsTo("/settings#tokens"), Expect.redirectsTo("/settings#tokens"),
                    Expect.redirectsTo("/settings#tokens")),
            row("POST /api/v1/inventory",                        is(401),   is(401), is(401), is(401), is(401)),
            // lessons, predictions, progress and the lab: per-learner views, foreign resources are 404
            // reading is public (PRAXIS_PUBLIC_READING, on by default); doing anything asks to sign in
            row("GET /catalog",                                  is(200),   is(200), is(200), is(200), is(200)),
            row("GET /search?q=VRAM",                            is(200),   is(200), is(200), is(200), is(200)),
            row("GET /modules/" + QUIZ + "/",                    is(200),   is(200), is(200), is(200), is(200)),
            row("GET /modules/no/such/module/",                  is(404),   is(404), is(404), is(404), is(404)),
            row("GET /resume?at=/progress",                      SIGN_IN,   Expect.redirectsTo("/progress"),
                    Expect.redirectsTo("/progress"), Expect.redirectsTo("/progress"), Expect.redirectsTo("/progress")),
            row("POST /predictions?promptId=" + QUIZ + ":prediction:1&body=VRAM diverges first for local models",
                    SIGN_IN, Expect.redirectsTo("/modules/" + QUIZ + "/#prompt-1"),
                    Expect.redirectsTo("/modules/" + QUIZ + "/#prompt-1"), Expect.redirectsTo("/modules/" + QUIZ + "/#prompt-1"),
                    Expect.redirectsTo("/modules/" + QUIZ + "/#prompt-1")),
            row("POST /progress/read?module=" + QUIZ + "&section=learning-outcomes",
                    SIGN_IN, is(204), is(204), is(204), is(204)),
            row("GET /progress",                                 SIGN_IN,   is(200), is(200), is(200), is(200)),
            row("GET /progress.json",                            SIGN_IN,   is(200), is(200), is(200), is(200)),
            row("GET /lab/" + QUIZ + "/",                        SIGN_IN,   is(200), is(200), is(200), is(200)),
            row("POST /lab/work?module=" + QUIZ + "&uploadId={upload}",
                    SIGN_IN, Expect.redirectsTo("/lab/" + QUIZ + "/"), is(404), is(404), is(404)),
            row("GET /labs/report?module=" + QUIZ,               SIGN_IN,   is(200), is(200), is(200), is(200)),
            row("GET /labs/report.md?module=" + QUIZ,            SIGN_IN,   is(200), is(200), is(200), is(200)));

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuizService quizzes;

    @Autowired
    InventoryService inventories;

    @Autowired
    UploadTokenService uploadTokens;

    @TestFactory
    Stream<DynamicTest> everyoneGetsExactlyTheAccessTheMatrixGrants() throws IOException {
        Map<Who, PraxisUser> people = new EnumMap<>(Who.class);
        people.put(Who.LEARNER, TestUsers.create(accounts, jdbc, "matrix-learner", Role.LEARNER));
        people.put(Who.OTHER_LEARNER, TestUsers.create(accounts, jdbc, "matrix-other", Role.LEARNER));
        people.put(Who.INSTRUCTOR, TestUsers.create(accounts, jdbc, "matrix-instructor", Role.INSTRUCTOR));
        people.put(Who.ADMIN, TestUsers.create(accounts, jdbc, "matrix-admin", Role.ADMIN));
        Map<String, String> placeholders = placeholders(people);
        return MATRIX.stream().flatMap(row -> row.expected().entrySet().stream().map(cell -> {
            Who who = cell.getKey();
            Expect expected = cell.getValue();
            return dynamicTest(row.request() + " as " + who + " answers " + expected, () -> {
                MockHttpServletResponse response = mvc.perform(build(row.request(), placeholders, people.get(who)))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as("%s as %s", row.request(), who).isEqualTo(expected.status());
                if (expected.redirectPath() != null) {
                    assertThat(response.getRedirectedUrl()).as("where %s as %s is sent", row.request(), who)
                            .isNotNull().endsWith(expected.redirectPath());
                }
            });
        }));
    }

    /** Values for the placeholders paths may use; resources owned by the learner add theirs here. */
    private Map<String, String> placeholders(Map<Who, PraxisUser> people) throws IOException {
        long learner = people.get(Who.LEARNER).id();
        long attempt = quizzes.submit(learner, QUIZ, Map.of(QUIZ + ":quiz:1", "Keep the laptop."));
        long answer = jdbc.sql("select min(id) from quiz_answer where attempt_id = :id").param("id", attempt)
                .query(Long.class).single();
        long upload = inventories.upload(learner, "paste", null,
                Files.readAllBytes(Path.of("src/test/resources/inventory/fixtures/single-df.transcript.txt"))).id();
        uploadTokens.create(learner, "matrix");
        long token = uploadTokens.list(learner).get(0).id();
        return Map.of("{learner}", String.valueOf(learner), "{attempt}", String.valueOf(attempt),
                "{answer}", String.valueOf(answer), "{upload}", String.valueOf(upload), "{token}", String.valueOf(token));
    }

    private static MockHttpServletRequestBuilder build(String line, Map<String, String> placeholders,
                                                       PraxisUser signedIn) {
        String[] parts = line.split(" ", 2);
        String path = parts[1];
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            path = path.replace(placeholder.getKey(), placeholder.getValue());
        }
        HttpMethod method = HttpMethod.valueOf(parts[0]);
        MockHttpServletRequestBuilder request = request(method, path);
        if (signedIn != null) {
            request.with(user(signedIn));
        }
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            request.with(csrf());
        }
        return request;
    }

    private static Row row(String request, Expect anonymous, Expect learner, Expect otherLearner, Expect instructor,
                           Expect admin) {
        Map<Who, Expect> expected = new EnumMap<>(Who.class);
        expected.put(Who.ANONYMOUS, anonymous);
        expected.put(Who.LEARNER, learner);
        expected.put(Who.OTHER_LEARNER, otherLearner);
        expected.put(Who.INSTRUCTOR, instructor);
        expected.put(Who.ADMIN, admin);
        return new Row(request, expected);
    }

    private static Expect is(int status) {
        return Expect.is(status);
    }
}
