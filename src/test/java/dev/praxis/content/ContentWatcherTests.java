package dev.praxis.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.praxis.ContentTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Development mode: an author saves a module and the platform serves the new version without a restart. The library
 * and its watcher run on a copy of the course without a Spring context (no listener, so nothing reaches the database
 * other tests share); one context runner checks that the watcher exists only when {@code praxis.content.watch} is on.
 */
class ContentWatcherTests {

    static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    static final Path TREE = Path.of("target", "watched-content");

    ContentLibrary library;
    ContentWatcher watcher;

    @BeforeEach
    void watchACopyOfTheContent() throws IOException {
        ContentTrees.copy(Path.of("content"), TREE);
        library = new ContentLibrary(new ContentSettings(TREE, true), List.of());
        watcher = new ContentWatcher(library);
    }

    @AfterEach
    void stopWatching() throws IOException {
        watcher.destroy();
    }

    @Test
    void theWatcherRunsOnlyInDevelopmentMode() {
        ApplicationContextRunner context = new ApplicationContextRunner()
                .withBean(ContentLibrary.class, () -> library).withUserConfiguration(ContentWatcher.class);
        context.run(started -> assertThat(started).doesNotHaveBean(ContentWatcher.class));
        context.withPropertyValues("praxis.content.watch=true")
                .run(started -> assertThat(started).hasSingleBean(ContentWatcher.class));
    }

    @Test
    void reloadsAModuleWhenItsFileChanges() throws Exception {
        assertThat(library.module(SLUG).title()).isEqualTo("Home AI Workstation Fundamentals");
        Path file = TREE.resolve(SLUG + ".md");
        String source = Files.readString(file, StandardCharsets.UTF_8);
        try {
            Files.writeString(file, source.replace("title: \"Home AI Workstation Fundamentals\"",
                    "title: \"Home AI Workstation Fundamentals, revised\""), StandardCharsets.UTF_8);
            awaitTitle("Home AI Workstation Fundamentals, revised");
        } finally {
            Files.writeString(file, source, StandardCharsets.UTF_8);
            awaitTitle("Home AI Workstation Fundamentals");
        }
    }

    @Test
    void importsAPageInAFolderCreatedAfterStart() throws Exception {
        String slug = "ai-ml-engineering/added-later/module-9.1-added";
        Path folder = TREE.resolve("ai-ml-engineering/added-later");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("module-9.1-added.md"), """
                    ---
                    title: "Added Later"
                    slug: %s
                    ---

                    A page saved in a folder the watcher had not seen at start.
                    """.formatted(slug), StandardCharsets.UTF_8);
            await("the new folder's page is imported").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100)).until(() -> library.find(slug).isPresent());
            assertThat(library.module(slug).title()).isEqualTo("Added Later");
        } finally {
            ContentTrees.delete(folder);
            await("the page is gone again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> library.find(slug).isEmpty());
        }
    }

    /** The JDK's watch service polls on some systems (every few seconds on macOS): give it 30 s. */
    private void awaitTitle(String expected) {
        await("the page is re-imported").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(library.module(SLUG).title()).isEqualTo(expected));
    }
}
