package dev.praxis;

import dev.praxis.content.ContentLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Copies of the course's content tree for tests that add or change files in it (never the repository's own). */
public final class ContentTrees {

    private ContentTrees() {
    }

    /**
     * Puts a module of the test's own into the library's tree and imports the tree again, unless the tree already
     * holds that very file. Its slug should be the test's own ({@code praxis-tests/...}), so no other test meets it.
     */
    public static void addModule(ContentLibrary library, String slug, String markdown) throws IOException {
        if (write(library.root().resolve(slug + ".md"), markdown)) {
            library.reload();
        }
    }

    /** Puts every file of {@code tree} at the same place in the library's tree, and imports it again if any was new. */
    public static void addTree(ContentLibrary library, Path tree) throws IOException {
        boolean changed = false;
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                changed |= write(library.root().resolve(tree.relativize(file).toString()), Files.readString(file));
            }
        }
        if (changed) {
            library.reload();
        }
    }

    private static boolean write(Path file, String text) throws IOException {
        if (Files.exists(file) && Files.readString(file).equals(text)) {
            return false;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return true;
    }

    /**
     * Copies the course's tree to the context's {@code praxis.content.dir} before the context imports it: the
     * initializer of {@link ContentCopyTest} and {@link ContentCopyServerTest}.
     */
    public static final class CopyTheCourse implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Path copy = Path.of(context.getEnvironment().getRequiredProperty("praxis.content.dir"));
            try {
                copy(Path.of("content"), copy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A fresh copy of {@code from} at {@code to} (whatever was at {@code to} is deleted first). */
    public static void copy(Path from, Path to) throws IOException {
        delete(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    public static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
