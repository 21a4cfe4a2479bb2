package dev.praxis.lesson;

import dev.praxis.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Real course trees nest sections four deep (platform / disciplines / core-platform / sre): the catalog and the
 * lesson's track navigation show modules at every depth, not only in the first two levels of sections.
 */
@IntegrationTest
@TestPropertySource(properties = "praxis.content.dir=src/test/resources/deep-tree")
class DeepTreeNavigationTests {

    private static final String MODULE = "/modules/platform/disciplines/core/reliability/module-11-budgets/";

    @Autowired
    MockMvc mvc;

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theCatalogListsModulesOfASectionThreeLevelsBelowTheTrack() throws Exception {
        Document catalog = page("/catalog");

        assertThat(catalog.select("h3, h4, h5").eachText()).containsExactly("Disciplines", "Core Platform", "Reliability");
        assertThat(catalog.selectFirst("h5 + .module-list").select("a").eachText())
                .containsExactly("Module 1.1: Failure Budgets", "Module 1.2: Alerts That Matter");
    }

    @Test
    void theLessonNavigationOpensEverySectionDownToTheCurrentModule() throws Exception {
        Document lesson = page(MODULE);

        assertThat(lesson.select(".lesson-nav details.lesson-nav__section[open] > summary").eachText())
                .containsExactly("Disciplines", "Core Platform", "Reliability");
        Element current = lesson.selectFirst(".lesson-nav a[aria-current=page]");
        assertThat(current).isNotNull();
        assertThat(current.text()).isEqualTo("Module 1.1: Failure Budgets");
        assertThat(lesson.select(".lesson-nav a").eachText()).contains("Module 1.2: Alerts That Matter");
    }
}
