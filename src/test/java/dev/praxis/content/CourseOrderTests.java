package dev.praxis.content;

import dev.praxis.content.importing.ContentImporter;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;


/** The course order learners follow: the catalog's, one version per module, with "next" in the reader's language. */
class CourseOrderTests {

    static Catalog catalog;

    @BeforeAll
    static void importTheCourse() throws IOException {
        catalog = new ContentImporter().importTree(Path.of("src/test/resources/content/course"));
    }

    @Test
    void modulesComeInCatalogOrderWithoutLandingsHiddenPagesOrTranslations() {
        assertThat(catalog.courseOrder()).extracting(CourseModule::slug).containsExactly(
                "intro/module-1-first", "intro/module-2-second", "deeper/module-3-deep", "deeper/part-a/module-4-part");
    }

    @Test
    void theNextModuleCrossesTracksAndEndsAfterTheLast() {
        assertThat(catalog.next(module("intro/module-2-second"))).map(CourseModule::slug).hasValue("deeper/module-3-deep");
        assertThat(catalog.next(module("deeper/module-3-deep"))).map(CourseModule::slug)
                .hasValue("deeper/part-a/module-4-part");
        assertThat(catalog.next(module("deeper/part-a/module-4-part"))).isEmpty();
    }

    @Test
    void aTranslationLeadsOnInItsLanguageWhereItCanAndIsCountedAsItsOriginal() {
        CourseModule ukrainian = module("uk/intro/module-1-first");

        assertThat(catalog.primary(ukrainian).slug()).isEqualTo("intro/module-1-first");
        assertThat(catalog.next(ukrainian)).as("no Ukrainian second module: the English one")
                .map(CourseModule::slug).hasValue("intro/module-2-second");
        assertThat(catalog.primary(module("intro/module-2-second")).slug()).isEqualTo("intro/module-2-second");
    }

    @Test
    void aPageFindsItsTrackAtAnyDepthAndTheTrackListsEveryPageInIt() {
        CatalogSection deeper = catalog.trackOf("deeper/part-a/module-4-part").orElseThrow();

        assertThat(deeper.path()).isEqualTo("deeper");
        assertThat(catalog.trackOf("deeper/module-3-deep")).containsSame(deeper);
        assertThat(catalog.pagesOf(deeper)).extracting(CourseModule::slug)
                .contains("deeper/module-3-deep", "deeper/part-a/module-4-part")
                .doesNotContain("intro/module-1-first");
        assertThat(catalog.trackOf("no/such/page")).isEmpty();
    }

    private static CourseModule module(String slug) {
        return catalog.module(slug).orElseThrow();
    }
}
