package dev.praxis.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.content.Prediction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A composed lesson page is the page the template renders for the same learner, byte for byte (but for the masking of
 * the CSRF token, which differs per request), whoever's visit built the shared text and the kept pieces.
 */
@IntegrationTest
class LessonComposerTests {

    private static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    private static final Pattern TOKEN = Pattern.compile("(name=\"_csrf\" value=\"|name=\"csrf-token\" content=\")([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ContentLibrary library;

    @Test
    void composedPageIsTheTemplatesPageForEachLearner() throws Exception {
        CourseModule module = library.module(SLUG);
        PraxisUser busy = TestUsers.create(accounts, jdbc, "busy", Role.ADMIN);
        PraxisUser fresh = TestUsers.create(accounts, jdbc, "fresh", Role.LEARNER);
        Prediction first = module.predictions().get(0);
        mvc.perform(post("/predictions").with(user(busy)).with(csrf()).param("promptId", first.id())
                .param("body", "Memory <runs> out first & \"zyxwapp\" thrashes")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/predictions/self-check").with(user(busy)).with(csrf()).param("promptId", first.id())
                .param("verdict", "partly")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/progress/read").with(user(busy)).with(csrf()).param("module", SLUG)
                .param("section", module.sections().get(0).id())).andExpect(status().isNoContent());

        // the busy admin's visit builds the shared text; the fresh learner's page must carry none of it
        for (PraxisUser learner : new PraxisUser[] {busy, fresh, busy}) {
            String composed = normalised(page(learner, false));
            String templated = normalised(page(learner, true));
            assertThat(composed).isEqualTo(templated);
        }
        assertThat(page(fresh, false)).contains(">fresh<").doesNotContain(">busy<").doesNotContain("zyxwapp");
        assertThat(page(busy, false)).contains("Memory &lt;runs&gt; out first &amp; &quot;zyxwapp&quot; thrashes")
                .contains("/admin/users").contains("data-read-sections=\"" + module.sections().get(0).id() + "\"");
    }

    @Test
    void everyTokenOnAComposedPageIsTheRequestsOwn() throws Exception {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "token", Role.LEARNER);
        page(learner, false);
        String html = page(learner, false);
        Matcher tokens = TOKEN.matcher(html);
        String seen = null;
        int count = 0;
        while (tokens.find()) {
            seen = seen == null ? tokens.group(2) : seen;
            assertThat(tokens.group(2)).isEqualTo(seen);
            count++;
        }
        assertThat(count).isGreaterThan(2);
    }

    @Test
    void committedCardAnswerIsTheCardTheTemplateRendersOnThePage() throws Exception {
        Prediction first = library.module(SLUG).predictions().get(0);
        PraxisUser one = TestUsers.create(accounts, jdbc, "stencil-one", Role.LEARNER);
        PraxisUser two = TestUsers.create(accounts, jdbc, "stencil-two", Role.LEARNER);
        // the same card state (first version, no self-check) for two learners, then a self-check, then a revision;
        // each answer is the card of the templated page right after that write
        PraxisUser[] whose = {one, two, one, one};
        String[][] writes = {
            {"/predictions", "body", "Memory <runs> out & the \"GPU\" waits: ünïcode 'quotes' \uD83D\uDE00"},
            {"/predictions", "body", "Two's own words about VRAM, not the first learner's"},
            {"/predictions/self-check", "verdict", "got-it"},
            {"/predictions", "body", "Revised: bandwidth, then memory size, is the limit I hit first"},
        };
        String[] cards = new String[writes.length];
        for (int i = 0; i < writes.length; i++) {
            cards[i] = fragment(whose[i], writes[i][0], writes[i][1], writes[i][2]);
            assertThat(normalised(cards[i])).isEqualTo(normalised(cardOnPage(page(whose[i], true), first)));
        }
        assertThat(cards[0]).contains("Memory &lt;runs&gt; out &amp; the &quot;GPU&quot; waits: ünïcode &#39;quotes&#39; \uD83D\uDE00")
                .doesNotContain("Two&#39;s own words");
        assertThat(cards[1]).contains("Two&#39;s own words about VRAM").doesNotContain("Memory &lt;runs&gt;");
        assertThat(cards[2]).contains("aria-pressed=\"true\"").contains("Memory &lt;runs&gt;");
        assertThat(cards[3]).contains("Revised: bandwidth").contains("aria-pressed=\"true\"");
    }

    @Test
    void committedCardAnswerSpeaksTheModulesLanguage() throws Exception {
        CourseModule ukrainian = library.module("uk/" + SLUG);
        Prediction first = ukrainian.predictions().get(0);
        PraxisUser learner = TestUsers.create(accounts, jdbc, "stencil-uk", Role.LEARNER);
        String card = new String(mvc.perform(post("/predictions").with(user(learner)).with(csrf())
                        .header("X-Praxis-Fragment", "card").param("promptId", first.id())
                        .param("body", "Спершу VRAM, потім RAM"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        String page = new String(mvc.perform(get(ukrainian.url()).with(user(learner))
                        .flashAttr("predictionError", "none").flashAttr("predictionErrorFor", "no prompt"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(card).contains("Ваше передбачення", "Пояснення").doesNotContain("Your prediction");
        assertThat(normalised(card)).isEqualTo(normalised(cardOnPage(page, first)));
    }

    private String fragment(PraxisUser learner, String path, String field, String value) throws Exception {
        Prediction first = library.module(SLUG).predictions().get(0);
        byte[] body = mvc.perform(post(path).with(user(learner)).with(csrf()).header("X-Praxis-Fragment", "card")
                        .param("promptId", first.id()).param(field, value))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The prompt's card as it stands on a lesson page: its section element. */
    private static String cardOnPage(String page, Prediction prediction) {
        int start = page.indexOf("<section class=\"prediction\" id=\"prompt-" + prediction.ordinal() + "\"");
        assertThat(start).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start) + "</section>".length());
    }

    /** The page as composed, or through the whole template (a flash message for no prompt sends it there). */
    private String page(PraxisUser learner, boolean template) throws Exception {
        var request = get(library.module(SLUG).url()).with(user(learner));
        if (template) {
            request = request.flashAttr("predictionError", "none").flashAttr("predictionErrorFor", "no prompt");
        }
        byte[] body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String normalised(String html) {
        return TOKEN.matcher(html).replaceAll("$1TOKEN\"");
    }
}
