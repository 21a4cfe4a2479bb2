package dev.praxis.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Development mode: an author saves a module and the platform serves the new version without a restart. */
@SpringBootTest
@ActiveProfiles("test")
class ContentWatcherTests {

    static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    static final Path TREE = Path.of("target", "watched-content");

    @Autowired
    ContentLibrary library;

    @DynamicPropertySource
    static void watchACopyOfTheContent(DynamicPropertyRegistry registry) throws IOException {
        copy(Path.of("content"), TREE);
        registry.add("praxis.content.dir", TREE::toString);
        registry.add("praxis.content.watch", () -> "true");
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
            // the search index is shared with other tests: put the original page back
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
            // the search index is shared with other tests: take the page away again
            delete(folder);
            await("the page is gone again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> library.find(slug).isEmpty());
        }
    }

    /** The JDK's watch service polls on some systems (every few seconds on macOS): give it 30 s. */
    private void awaitTitle(String expected) {
        await("the page is re-imported").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(library.module(SLUG).title()).isEqualTo(expected));
    }

    private static void delete(Path tree) throws IOException {
        if (Files.exists(tree)) {
            try (Stream<Path> old = Files.walk(tree)) {
                for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        delete(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path path : files.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
