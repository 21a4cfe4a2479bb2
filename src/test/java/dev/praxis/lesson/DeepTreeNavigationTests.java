package dev.praxis.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.ContentCopyTest;
import dev.praxis.ContentTrees;
import dev.praxis.content.ContentLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Real course trees nest sections four deep (platform / disciplines / core-platform / sre): the catalog and the
 * lesson's track navigation show modules at every depth, not only in the first two levels of sections. The deep
 * track ({@code src/test/resources/deep-tree}) is added to the shared writable copy of the course
 * ({@link ContentCopyTest}), beside its tracks.
 */
@ContentCopyTest
class DeepTreeNavigationTests {

    private static final String MODULE = "/modules/platform/disciplines/core/reliability/module-11-budgets/";

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentLibrary library;

    @BeforeEach
    void aTrackFourLevelsDeep() throws IOException {
        ContentTrees.addTree(library, Path.of("src", "test", "resources", "deep-tree"));
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** The deep track's part of the catalog. */
    private Element platformTrack() throws Exception {
        return page("/catalog").select(".catalog-track").stream()
                .filter(track -> track.selectFirst("h2 a[href=/modules/platform/]") != null).findFirst().orElseThrow();
    }

    @Test
    void theCatalogListsModulesOfASectionThreeLevelsBelowTheTrack() throws Exception {
        Element track = platformTrack();

        assertThat(track.select("h3, h4, h5").eachText()).containsExactly("Disciplines", "Core Platform", "Reliability");
        assertThat(track.selectFirst("h5 + .module-list").select("a").eachText())
                .containsExactly("Module 1.1: Failure Budgets", "Module 1.2: Alerts That Matter");
    }

    @Test
    void theCatalogShowsTheOpeningOfATrackLandingPageAndLinksTheWholePage() throws Exception {
        Element track = platformTrack();

        assertThat(track.selectFirst("h2 a").attr("href")).isEqualTo("/modules/platform/");
        assertThat(track.selectFirst(".catalog-track__intro").text()).isEqualTo("Running shared infrastructure for many teams.");
        assertThat(track.select(".catalog-track__intro table, .catalog-track__intro h2")).isEmpty();
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
