package dev.praxis.lesson;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.content.LabStep;
import dev.praxis.content.LessonSection;
import dev.praxis.content.Prediction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rendered lesson page of the real flagship module, asserted on its HTML (jsoup), without a browser. */
@IntegrationTest
class LessonPageTests {

    private static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ContentLibrary library;

    private PraxisUser learner;
    private CourseModule module;

    @BeforeEach
    void signInALearner() {
        learner = TestUsers.create(accounts, jdbc, "lesson", Role.LEARNER);
        module = library.module(SLUG);
    }

    private Document page(PraxisUser who) throws Exception {
        return Jsoup.parse(html(mvc.perform(get(module.url()).with(user(who))).andExpect(status().isOk()).andReturn()));
    }

    private static String html(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private MvcResult commit(PraxisUser who, Prediction prediction, String body) throws Exception {
        return mvc.perform(post("/predictions").with(user(who)).with(csrf())
                .param("promptId", prediction.id()).param("body", body)).andReturn();
    }

    /** The text of the first paragraph of a reveal: what must never reach a learner before committing. */
    private static String firstRevealParagraph(Prediction prediction) {
        return Jsoup.parseBodyFragment(prediction.revealHtml()).selectFirst("p").text();
    }

    @Nested
    @DisplayName("page structure")
    class Structure {

        private Document page;

        @BeforeEach
        void load() throws Exception {
            page = page(learner);
        }

        @Test
        void titleOnceWithChipsAndPrerequisites() {
            assertThat(page.select("h1")).singleElement().satisfies(h1 -> assertThat(h1.text()).isEqualTo(module.title()));
            assertThat(page.select(".lesson__chips .chip")).extracting(Element::text)
                    .containsExactly("Complexity: MEDIUM", "Time: 2-3 hours", "Reading: 2-3 hours");
            assertThat(page.selectFirst(".lesson__prereq").text()).startsWith("Prerequisites: Module 1.1 complete");
        }

        @Test
        void onThisPageListsSectionsAndLabSteps() {
            Element toc = page.selectFirst("nav[aria-label=On this page]");
            assertThat(toc).isNotNull();
            List<String> targets = toc.select("a").eachAttr("href");
            assertThat(module.sections()).isNotEmpty();
            for (LessonSection section : module.sections()) {
                assertThat(targets).contains("#" + section.id());
            }
            assertThat(module.lab().steps()).hasSize(7).allSatisfy(step -> {
                assertThat(step.anchor()).isNotEmpty();
                assertThat(targets).contains("#" + step.anchor());
                assertThat(page.getElementById(step.anchor())).as(step.title()).isNotNull();
            });
            assertThat(module.lab().steps()).extracting(LabStep::title)
                    .allSatisfy(title -> assertThat(toc.text()).contains(title));
        }

        @Test
        void threePredictionCardsWithFormsAndNoRevealBeforeCommitting() {
            assertThat(page.select("section.prediction")).hasSize(3)
                    .allSatisfy(card -> assertThat(card.select("form.prediction__form textarea[name=body]")).hasSize(1));
            assertThat(page.select(".prediction__reveal")).isEmpty();
            String reveal = firstRevealParagraph(module.predictions().get(0));
            assertThat(reveal).hasSizeGreaterThan(20);
            assertThat(page.html()).doesNotContain(reveal);
            assertThat(page.text()).doesNotContain(reveal);
        }

        @Test
        void tablesMermaidCopyMarkersAndDiagrams() {
            assertThat(page.select(".prose table")).hasSizeGreaterThanOrEqualTo(5);
            assertThat(page.select("table th")).isNotEmpty();
            assertThat(page.select("pre.mermaid")).hasSize(1);
            assertThat(page.select("pre[data-copy] > code.language-bash")).isNotEmpty();
            assertThat(page.select("pre:has(code.language-bash)")).allSatisfy(pre -> assertThat(pre.hasAttr("data-copy")).isTrue());
            assertThat(page.select("pre.diagram")).isNotEmpty();
        }

        @Test
        void noInlineScriptAndNoEventHandlerAttributes() {
            assertThat(page.select("script")).isNotEmpty().allSatisfy(script -> {
                assertThat(script.hasAttr("src")).isTrue();
                assertThat(script.data()).isBlank();
            });
            for (Element element : page.getAllElements()) {
                assertThat(element.attributes().asList()).extracting(Attribute::getKey)
                        .as(element.tagName()).noneMatch(key -> key.toLowerCase().startsWith("on"));
            }
        }

        @Test
        void languageSwitchLinksTheUkrainianEdition() {
            Element ukrainian = page.selectFirst("nav.lesson__languages a[hreflang=uk]");
            assertThat(ukrainian).isNotNull();
            assertThat(ukrainian.attr("href")).isEqualTo(library.catalog().translation(SLUG, "uk").orElseThrow().url())
                    .startsWith("/modules/uk/");
            assertThat(ukrainian.text()).isEqualTo("Українська");
        }
    }

    @Nested
    @DisplayName("prediction cards")
    class Predictions {

        @Test
        void revealAppearsAfterCommittingAndOnlyForThatLearner() throws Exception {
            Prediction first = module.predictions().get(0);
            String reveal = firstRevealParagraph(first);

            MvcResult committed = commit(learner, first, "The GPU memory fills first, so the model will not load.");
            assertThat(committed.getResponse().getRedirectedUrl()).isEqualTo(module.url() + "#prompt-1");

            Element card = page(learner).getElementById("prompt-1");
            assertThat(card.selectFirst(".prediction__reveal").text()).contains(reveal);
            assertThat(card.selectFirst(".prediction__body").text()).isEqualTo("The GPU memory fills first, so the model will not load.");
            assertThat(card.select("form.prediction__form")).isEmpty();

            PraxisUser other = TestUsers.create(accounts, jdbc, "other", Role.LEARNER);
            Document otherPage = page(other);
            assertThat(otherPage.text()).doesNotContain(reveal);
            assertThat(otherPage.getElementById("prompt-1").select("form.prediction__form")).hasSize(1);
        }

        @Test
        void tooShortKeepsTheTextAndShowsTheMessageNextToTheField() throws Exception {
            Prediction first = module.predictions().get(0);
            MvcResult refused = commit(learner, first, "too short");

            Document page = Jsoup.parse(html(mvc.perform(get(module.url()).with(user(learner))
                    .cookie(refused.getResponse().getCookie("SESSION"))).andExpect(status().isOk()).andReturn()));
            Element card = page.getElementById("prompt-1");
            Element error = card.selectFirst(".field__error");
            assertThat(error.text()).contains("at least 15");
            Element field = card.selectFirst("textarea[name=body]");
            assertThat(field.text()).isEqualTo("too short");
            assertThat(field.attr("aria-describedby")).isEqualTo(error.id());
            assertThat(field.attr("aria-invalid")).isEqualTo("true");
            assertThat(page.getElementById("prompt-2").select(".field__error")).isEmpty();
            assertThat(page.select(".prediction__reveal")).isEmpty();
        }

        @Test
        void selfCheckIsShownOnTheCard() throws Exception {
            Prediction first = module.predictions().get(0);
            commit(learner, first, "The GPU memory fills first, so the model will not load.");
            mvc.perform(post("/predictions/self-check").with(user(learner)).with(csrf())
                    .param("promptId", first.id()).param("verdict", "partly")).andExpect(status().is3xxRedirection());

            Element card = page(learner).getElementById("prompt-1");
            assertThat(card.selectFirst("button[value=partly]").attr("aria-pressed")).isEqualTo("true");
            assertThat(card.selectFirst("button[value=got-it]").attr("aria-pressed")).isEqualTo("false");
            assertThat(card.selectFirst(".prediction__self-check [role=status]").text()).isEqualTo("You marked: partly");
        }

        @Test
        void revisionKeepsTheEarlierVersion() throws Exception {
            Prediction first = module.predictions().get(0);
            commit(learner, first, "The GPU memory fills first, so the model will not load.");
            commit(learner, first, "System RAM runs out before VRAM, the swap makes it crawl.");

            Element card = page(learner).getElementById("prompt-1");
            assertThat(card.selectFirst(".prediction__body").text()).isEqualTo("System RAM runs out before VRAM, the swap makes it crawl.");
            assertThat(card.selectFirst(".prediction__meta").text()).contains("revised 1 time(s); earlier versions are kept");
            assertThat(jdbc.sql("select count(*) from prediction where user_id = ? and prompt_id = ?").param(learner.id()).param(first.id())
                    .query(Long.class).single()).isEqualTo(2L);
        }

        @Test
        void fragmentResponseIsOnlyTheCard() throws Exception {
            Prediction first = module.predictions().get(0);
            String refused = html(mvc.perform(post("/predictions").with(user(learner)).with(csrf())
                    .header("X-Praxis-Fragment", "1").param("promptId", first.id()).param("body", "short"))
                    .andExpect(status().isBadRequest()).andReturn());
            assertOnlyTheCard(refused);
            assertThat(Jsoup.parseBodyFragment(refused).selectFirst("textarea").text()).isEqualTo("short");

            String accepted = html(mvc.perform(post("/predictions").with(user(learner)).with(csrf())
                    .header("X-Praxis-Fragment", "1").param("promptId", first.id())
                    .param("body", "The GPU memory fills first, so the model will not load."))
                    .andExpect(status().isOk()).andReturn());
            assertOnlyTheCard(accepted);
            assertThat(Jsoup.parseBodyFragment(accepted).text()).contains(firstRevealParagraph(first));
        }

        private void assertOnlyTheCard(String fragment) {
            assertThat(fragment.strip()).startsWith("<section").endsWith("</section>").doesNotContain("<html")
                    .doesNotContain("lesson-toc").doesNotContain("<h1");
            assertThat(Jsoup.parseBodyFragment(fragment).body().children()).singleElement()
                    .satisfies(card -> assertThat(card.id()).isEqualTo("prompt-1"));
        }
    }

    @Nested
    @DisplayName("catalog and search")
    class CatalogAndSearch {

        @Test
        void catalogListsTheModuleWithAProgressBar() throws Exception {
            Document catalog = Jsoup.parse(html(mvc.perform(get("/catalog").with(user(learner)))
                    .andExpect(status().isOk()).andReturn()));
            Element link = catalog.selectFirst("a[href=" + module.url() + "]");
            assertThat(link).isNotNull();
            Element item = link.closest("li");
            assertThat(item.select(".progress-bar progress[max=100]")).hasSize(1);
            assertThat(item.selectFirst(".progress-bar__text").text()).isEqualTo("0%");
        }

        @Test
        void searchFindsTheFlagshipWithAMarkedSnippet() throws Exception {
            Document results = Jsoup.parse(html(mvc.perform(get("/search").param("q", "VRAM").with(user(learner)))
                    .andExpect(status().isOk()).andReturn()));
            Element link = results.selectFirst("a[href=" + module.url() + "]");
            assertThat(link).isNotNull();
            Element snippet = link.closest("li").selectFirst(".search-results__snippet");
            assertThat(snippet.select("mark")).isNotEmpty().allSatisfy(mark -> assertThat(mark.text()).isEqualToIgnoringCase("vram"));
        }

        @Test
        void searchEscapesTheQuery() throws Exception {
            String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
            String html = html(mvc.perform(get("/search").param("q", hostile).with(user(learner)))
                    .andExpect(status().isOk()).andReturn());
            Document results = Jsoup.parse(html);
            assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
            assertThat(results.select("img[onerror]")).isEmpty();
            assertThat(results.select("script")).allSatisfy(script -> assertThat(script.data()).isBlank());
        }
    }
}
