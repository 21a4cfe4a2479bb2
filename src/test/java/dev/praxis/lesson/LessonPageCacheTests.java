package dev.praxis.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.praxis.ContentCopyServerTest;
import dev.praxis.HttpBrowser;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.content.Prediction;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kept lesson pages, over real HTTP with real sessions: sent again while nothing on them changed, the very page the
 * composer writes, never to another session, and fresh right after the learner's own write, anyone's change to the
 * learner's facts or an edit to the module.
 */
@ContentCopyServerTest
class LessonPageCacheTests {

    /** Changes are heard within milliseconds of their commit: look often, give up after Awaitility's 10 s. */
    private static final Duration POLL = Duration.ofMillis(10);

    private static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKENS = Pattern.compile("(name=\"_csrf\" value=\"|name=\"csrf-token\" content=\")[^\"]+\"");

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
        HttpBrowser learner = signedIn("same");
        String first = page(learner, module.url());
        String second = page(learner, module.url());
        // a rendered page masks the CSRF token afresh each time: byte-identical pages can only be the kept one
        assertThat(second).isEqualTo(first).contains("Same");
    }

    @Test
    void anotherSessionNeverGetsTheKeptPage() throws Exception {
        HttpBrowser first = signedIn("first");
        HttpBrowser second = signedIn("second");
        String firstPage = page(first, module.url());
        page(first, module.url());

        String secondPage = page(second, module.url());

        assertThat(Jsoup.parse(secondPage).selectFirst(".user-name").text()).isEqualTo("Second");
        assertThat(Jsoup.parse(firstPage).selectFirst(".user-name").text()).isEqualTo("First");
        assertThat(csrfMeta(secondPage)).isNotEqualTo(csrfMeta(firstPage));
    }

    @Test
    void theLearnersOwnPredictionShowsOnTheVeryNextPageAndTheKeptTokenIsAccepted() throws Exception {
        HttpBrowser learner = signedIn("own");
        Prediction first = module.predictions().get(0);
        page(learner, module.url());
        String kept = page(learner, module.url());

        HttpResponse<String> committed = learner.postForm("/predictions", "promptId", first.id(),
                "body", "The model spills out of VRAM into system memory.", "_csrf", formToken(kept));
        assertThat(committed.statusCode()).isEqualTo(302);

        Document page = Jsoup.parse(page(learner, module.url()));
        assertThat(page.getElementById("prompt-1").selectFirst(".prediction__body").text())
                .isEqualTo("The model spills out of VRAM into system memory.");
    }

    @Test
    void aChangeMadeElsewhereShowsOnceTheDatabaseAnnouncesIt() throws Exception {
        HttpBrowser learner = signedIn("elsewhere");
        long id = jdbc.sql("select id from app_user where display_name = 'Elsewhere' order by id desc limit 1")
                .query(Long.class).single();
        page(learner, module.url());
        String section = module.sections().get(0).id();

        // another instance, a tool or an instructor: a committed row this instance did not write itself
        jdbc.sql("insert into section_read (user_id, module_slug, section_id) values (?, ?, ?)")
                .params(id, SLUG, section).update();

        await("the page shows the section as read").pollInterval(POLL)
                .until(() -> Jsoup.parse(page(learner, module.url())).selectFirst("main")
                        .attr("data-read-sections").contains(section));
    }

    @Test
    void theKeptPageIsThePageComposedAfreshButForTheToken() throws Exception {
        HttpBrowser learner = signedIn("afresh");
        page(learner, module.url());
        String prediction = "The KV cache <grows> with the context & \"afresh\" spills.";
        commit(learner, module.predictions().get(0), prediction);
        markRead(learner, module.sections().get(1).id());
        // the database's own announcement of the writes above may arrive after a first copy was kept and retire it
        // once, so the page is read in pairs until the second of a pair is the first sent again as kept
        String kept = await("a read is kept and sent again as it was").pollInterval(POLL)
                .until(() -> List.of(page(learner, module.url()), page(learner, module.url())),
                        pair -> pair.get(0).equals(pair.get(1)))
                .get(1);

        // a query sends the page through the composer again, in the same session, for the same learner
        String composed = page(learner, module.url() + "?again");

        assertThat(csrfMeta(composed)).isNotEqualTo(csrfMeta(kept));
        assertThat(withoutTokens(kept)).isEqualTo(withoutTokens(composed))
                .contains("The KV cache &lt;grows&gt; with the context &amp; &quot;afresh&quot; spills.")
                .contains("data-read-sections=\"" + module.sections().get(1).id() + "\"");
    }

    @Test
    void aLearnersOwnPartsNeverShowOnAnotherLearnersKeptPage() throws Exception {
        HttpBrowser owner = signedIn("owner");
        HttpBrowser other = signedIn("other");
        page(owner, module.url());
        commit(owner, module.predictions().get(0), "Only the owner wrote qwzzyx here.");
        markRead(owner, module.sections().get(0).id());
        String ownersPage = page(owner, module.url());
        page(owner, module.url());

        page(other, module.url());
        Document othersKeptPage = Jsoup.parse(page(other, module.url()));

        assertThat(ownersPage).contains("qwzzyx").contains("data-read-sections=\"" + module.sections().get(0).id() + "\"");
        assertThat(othersKeptPage.html()).doesNotContain("qwzzyx");
        assertThat(othersKeptPage.selectFirst("main").attr("data-read-sections")).isEmpty();
        assertThat(othersKeptPage.selectFirst(".user-name").text()).isEqualTo("Other");
        assertThat(Jsoup.parse(page(owner, module.url())).selectFirst(".user-name").text()).isEqualTo("Owner");
    }

    @Test
    void anEditedModuleShowsOnTheNextRead() throws Exception {
        HttpBrowser learner = signedIn("editor");
        page(learner, module.url());
        page(learner, module.url());
        // the shared copy of the course tree (ContentCopyServerTest): the edit is put back below
        Path file = library.root().resolve(SLUG + ".md");
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String sentence = source.lines().filter(line -> line.startsWith("A ") || line.startsWith("The ")).findFirst()
                .orElseThrow();
        try {
            Files.writeString(file, source.replace(sentence, sentence + " Edited after the page was kept."),
                    StandardCharsets.UTF_8);
            library.reload();
            assertThat(page(learner, module.url())).contains("Edited after the page was kept.");
        } finally {
            Files.writeString(file, source, StandardCharsets.UTF_8);
            library.reload();
        }
        assertThat(page(learner, module.url())).doesNotContain("Edited after the page was kept.");
    }

    @Test
    void aSectionTheLearnerReadShowsOnTheNextRead() throws Exception {
        HttpBrowser learner = signedIn("reader");
        page(learner, module.url());
        page(learner, module.url());
        String section = module.sections().get(2).id();

        markRead(learner, section);

        assertThat(Jsoup.parse(page(learner, module.url())).selectFirst("main").attr("data-read-sections"))
                .isEqualTo(section);
    }

    @Test
    void aPageWithAQueryIsRenderedNotKept() throws Exception {
        HttpBrowser learner = signedIn("query");
        String first = page(learner, module.url() + "?from=catalog");
        String second = page(learner, module.url() + "?from=catalog");
        assertThat(csrfMeta(second)).isNotEqualTo(csrfMeta(first));
    }

    private void commit(HttpBrowser learner, Prediction prediction, String words) throws Exception {
        String token = formToken(page(learner, module.url()));
        assertThat(learner.postForm("/predictions", "promptId", prediction.id(), "body", words, "_csrf", token)
                .statusCode()).isEqualTo(302);
    }

    private void markRead(HttpBrowser learner, String section) throws Exception {
        String token = formToken(page(learner, module.url()));
        assertThat(learner.postForm("/progress/read", "module", SLUG, "section", section, "_csrf", token)
                .statusCode()).isEqualTo(204);
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

    private HttpBrowser signedIn(String name) throws Exception {
        String email = TestUsers.uniqueEmail(name);
        accounts.register(email, Character.toUpperCase(name.charAt(0)) + name.substring(1), TestUsers.PASSWORD);
        return HttpBrowser.onPort(port).signedIn(email, TestUsers.PASSWORD);
    }

    /** The page at {@code path}, which must be there. */
    private static String page(HttpBrowser browser, String path) throws Exception {
        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response.body();
    }
}
