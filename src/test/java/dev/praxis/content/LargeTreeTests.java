package dev.praxis.content;

import dev.praxis.content.importing.ContentImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;



class LargeTreeTests {

    private static final int MODULES = 300;

    @Test
    void importsAGeneratedTreeWithoutFailure(@TempDir Path root) throws Exception {
        LargeTreeGenerator.generate(root, MODULES, 20_000);

        Catalog catalog = new ContentImporter(2).importTree(root);

        assertThat(catalog.failures()).isEmpty();
        long english = catalog.modules().stream().filter(module -> module.language().equals("en") && !module.landing()).count();
        assertThat(english).isEqualTo(MODULES);
        assertThat(catalog.tracks()).hasSize(2);
        assertThat(catalog.modules()).filteredOn(module -> !module.landing()).allSatisfy(module -> {
            assertThat(module.counts().predictions()).isEqualTo(LargeTreeGenerator.PREDICTIONS);
            assertThat(module.counts().quizAnswers()).isEqualTo(LargeTreeGenerator.QUESTIONS);
            assertThat(module.counts().labSteps()).isEqualTo(LargeTreeGenerator.STEPS);
            assertThat(module.counts().checklistItems()).isEqualTo(LargeTreeGenerator.CHECKLIST_ITEMS);
            assertThat(module.counts().mermaid()).isEqualTo(1);
        });
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void findsTranslationsAndFallsBackToEnglish(@TempDir Path root) throws Exception {
        LargeTreeGenerator.generate(root, 30, 4_000);
        Catalog catalog = new ContentImporter(2).importTree(root);
        CourseModule translated = catalog.modules().stream().filter(module -> module.path().endsWith("topic-0.md")
                && module.language().equals("en")).findFirst().orElseThrow();
        CourseModule untranslated = catalog.modules().stream().filter(module -> module.path().endsWith("topic-1.md"))
                .findFirst().orElseThrow();

        assertThat(catalog.translation(translated.slug(), "uk").orElseThrow().language()).isEqualTo("uk");
        assertThat(catalog.translations(translated.slug())).containsOnlyKeys("en", "uk");
        assertThat(catalog.translation(untranslated.slug(), "uk").orElseThrow()).isSameAs(untranslated);
    }
}
