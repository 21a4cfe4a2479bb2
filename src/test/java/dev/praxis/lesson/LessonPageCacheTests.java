package dev.praxis.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.content.Prediction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Kept lesson pages, over real HTTP with real sessions: sent again while nothing on them changed, the very page the
 * composer writes, never to another session, and fresh right after the learner's own write, anyone's change to the
 * learner's facts or an edit to the module.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LessonPageCacheTests {

    /** Changes are heard within milliseconds of their commit: look often, give up after Awaitility's 10 s. */
    private static final Duration POLL = Duration.ofMillis(10);

    private static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKENS = Pattern.compile("(name=\"_csrf\" value=\"|name=\"csrf-token\" content=\")[^\"]+\"");
    /** A copy of the course tree, which one test edits. */
    private static final Path CONTENT = Path.of("target", "page-cache-content");

    @DynamicPropertySource
    static void aCopyOfTheContent(DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.deleteRecursively(CONTENT);
        FileSystemUtils.copyRecursively(Path.of("content"), CONTENT);
        registry.add("praxis.content.dir", CONTENT::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    ContentLibrary library;
    @Autowired
    JdbcClient jdbc;

    private CourseModule module;

    @BeforeEach
    void findTheFlagship() {
        module = library.module(SLUG);
    }

    @Test
    void anUnchangedPageIsSentAgainAsItWas() throws Exception {
        Browser learner = signedIn("same");
        String first = learner.get(module.url()).body();
        String second = learner.get(module.url()).body();
        // a rendered page masks the CSRF token afresh each time: byte-identical pages can only be the kept one
        assertThat(second).isEqualTo(first).contains("Same");
    }

    @Test
    void anotherSessionNeverGetsTheKeptPage() throws Exception {
        Browser first = signedIn("first");
        Browser second = signedIn("second");
        String firstPage = first.get(module.url()).body();
        first.get(module.url());

        String secondPage = second.get(module.url()).body();

        assertThat(Jsoup.parse(secondPage).selectFirst(".user-name").text()).isEqualTo("Second");
        assertThat(Jsoup.parse(firstPage).selectFirst(".user-name").text()).isEqualTo("First");
        assertThat(csrfMeta(secondPage)).isNotEqualTo(csrfMeta(firstPage));
    }

    @Test
    void theLearnersOwnPredictionShowsOnTheVeryNextPageAndTheKeptTokenIsAccepted() throws Exception {
        Browser learner = signedIn("own");
        Prediction first = module.predictions().get(0);
        learner.get(module.url());
        String kept = learner.get(module.url()).body();

        HttpResponse<String> committed = learner.post("/predictions", "promptId=" + encode(first.id())
                + "&body=" + encode("The model spills out of VRAM into system memory.") + "&_csrf=" + formToken(kept));
        assertThat(committed.statusCode()).isEqualTo(302);

        Document page = Jsoup.parse(learner.get(module.url()).body());
        assertThat(page.getElementById("prompt-1").selectFirst(".prediction__body").text())
                .isEqualTo("The model spills out of VRAM into system memory.");
    }

    @Test
    void aChangeMadeElsewhereShowsOnceTheDatabaseAnnouncesIt() throws Exception {
        Browser learner = signedIn("elsewhere");
        long id = jdbc.sql("select id from app_user where display_name = 'Elsewhere' order by id desc limit 1")
                .query(Long.class).single();
        learner.get(module.url());
        String section = module.sections().get(0).id();

        // another instance, a tool or an instructor: a committed row this instance did not write itself
        jdbc.sql("insert into section_read (user_id, module_slug, section_id) values (?, ?, ?)")
                .params(id, SLUG, section).update();

        await("the page shows the section as read").pollInterval(POLL)
                .until(() -> Jsoup.parse(learner.get(module.url()).body()).selectFirst("main")
                        .attr("data-read-sections").contains(section));
    }

    @Test
    void theKeptPageIsThePageComposedAfreshButForTheToken() throws Exception {
        Browser learner = signedIn("afresh");
        learner.get(module.url());
        String prediction = "The KV cache <grows> with the context & \"afresh\" spills.";
        commit(learner, module.predictions().get(0), prediction);
        markRead(learner, module.sections().get(1).id());
        // the database's own announcement of the writes above may arrive after a first copy was kept and retire it
        // once, so the page is read in pairs until the second of a pair is the first sent again as kept
        String kept = await("a read is kept and sent again as it was").pollInterval(POLL)
                .until(() -> List.of(learner.get(module.url()).body(), learner.get(module.url()).body()),
                        pair -> pair.get(0).equals(pair.get(1)))
                .get(1);

        // a query sends the page through the composer again, in the same session, for the same learner
        String composed = learner.get(module.url() + "?again").body();

        assertThat(csrfMeta(composed)).isNotEqualTo(csrfMeta(kept));
        assertThat(withoutTokens(kept)).isEqualTo(withoutTokens(composed))
                .contains("The KV cache &lt;grows&gt; with the context &amp; &quot;afresh&quot; spills.")
                .contains("data-read-sections=\"" + module.sections().get(1).id() + "\"");
    }

    @Test
    void aLearnersOwnPartsNeverShowOnAnotherLearnersKeptPage() throws Exception {
        Browser owner = signedIn("owner");
        Browser other = signedIn("other");
        owner.get(module.url());
        commit(owner, module.predictions().get(0), "Only the owner wrote qwzzyx here.");
        markRead(owner, module.sections().get(0).id());
        String ownersPage = owner.get(module.url()).body();
        owner.get(module.url());

        other.get(module.url());
        Document othersKeptPage = Jsoup.parse(other.get(module.url()).body());

        assertThat(ownersPage).contains("qwzzyx").contains("data-read-sections=\"" + module.sections().get(0).id() + "\"");
        assertThat(othersKeptPage.html()).doesNotContain("qwzzyx");
        assertThat(othersKeptPage.selectFirst("main").attr("data-read-sections")).isEmpty();
        assertThat(othersKeptPage.selectFirst(".user-name").text()).isEqualTo("Other");
        assertThat(Jsoup.parse(owner.get(module.url()).body()).selectFirst(".user-name").text()).isEqualTo("Owner");
    }

    @Test
    void anEditedModuleShowsOnTheNextRead() throws Exception {
        Browser learner = signedIn("editor");
        learner.get(module.url());
        learner.get(module.url());
        Path file = CONTENT.resolve(SLUG + ".md");
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String sentence = source.lines().filter(line -> line.startsWith("A ") || line.startsWith("The ")).findFirst()
                .orElseThrow();
        try {
            Files.writeString(file, source.replace(sentence, sentence + " Edited after the page was kept."),
                    StandardCharsets.UTF_8);
            library.reload();
            assertThat(learner.get(module.url()).body()).contains("Edited after the page was kept.");
        } finally {
            Files.writeString(file, source, StandardCharsets.UTF_8);
            library.reload();
        }
        assertThat(learner.get(module.url()).body()).doesNotContain("Edited after the page was kept.");
    }

    @Test
    void aSectionTheLearnerReadShowsOnTheNextRead() throws Exception {
        Browser learner = signedIn("reader");
        learner.get(module.url());
        learner.get(module.url());
        String section = module.sections().get(2).id();

        markRead(learner, section);

        assertThat(Jsoup.parse(learner.get(module.url()).body()).selectFirst("main").attr("data-read-sections"))
                .isEqualTo(section);
    }

    @Test
    void aPageWithAQueryIsRenderedNotKept() throws Exception {
        Browser learner = signedIn("query");
        String first = learner.get(module.url() + "?from=catalog").body();
        String second = learner.get(module.url() + "?from=catalog").body();
        assertThat(csrfMeta(second)).isNotEqualTo(csrfMeta(first));
    }

    private void commit(Browser learner, Prediction prediction, String words) throws Exception {
        String token = formToken(learner.get(module.url()).body());
        assertThat(learner.post("/predictions", "promptId=" + encode(prediction.id()) + "&body=" + encode(words)
                + "&_csrf=" + encode(token)).statusCode()).isEqualTo(302);
    }

    private void markRead(Browser learner, String section) throws Exception {
        String token = formToken(learner.get(module.url()).body());
        assertThat(learner.post("/progress/read", "module=" + encode(SLUG) + "&section=" + encode(section)
                + "&_csrf=" + encode(token)).statusCode()).isEqualTo(204);
    }

    private static String withoutTokens(String html) {
        return TOKENS.matcher(html).replaceAll("$1TOKEN\"");
    }

    private static String csrfMeta(String html) {
        return Jsoup.parse(html).selectFirst("meta[name=csrf-token]").attr("content");
    }

    private static String formToken(String html) {
        Matcher token = FORM_TOKEN.matcher(html);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Browser signedIn(String name) throws Exception {
        String email = TestUsers.uniqueEmail(name);
        accounts.register(email, Character.toUpperCase(name.charAt(0)) + name.substring(1), TestUsers.PASSWORD);
        Browser browser = new Browser();
        String form = "username=" + encode(email) + "&password=" + encode(TestUsers.PASSWORD)
                + "&_csrf=" + formToken(browser.get("/login").body());
        assertThat(browser.post("/login", form).statusCode()).isEqualTo(302);
        return browser;
    }

    /** One user agent with its own cookies. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
