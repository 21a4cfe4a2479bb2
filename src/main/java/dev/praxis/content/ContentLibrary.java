package dev.praxis.content;

import dev.praxis.system.web.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The platform's current catalog: imported once at start-up (and again when the tree changes in development
 * mode), so lessons are served from memory and never rendered per request.
 */
@Service
public class ContentLibrary {

    private static final Logger log = LoggerFactory.getLogger(ContentLibrary.class);

    private final ContentImporter importer = new ContentImporter();
    private final Path root;
    private final SearchIndex searchIndex;
    private volatile Catalog catalog;

    ContentLibrary(ContentSettings settings, SearchIndex searchIndex) {
        this.root = settings.dir().toAbsolutePath().normalize();
        this.searchIndex = searchIndex;
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("The content directory " + root + " does not exist. Run Praxis from the "
                    + "project folder or set PRAXIS_CONTENT_DIR to a course tree.");
        }
        reload();
    }

    public Catalog catalog() {
        return catalog;
    }

    public Path root() {
        return root;
    }

    /** The page with this slug, or a 404 for the caller. */
    public CourseModule module(String slug) {
        return find(slug).orElseThrow(() -> new NotFoundException("No page " + slug));
    }

    public Optional<CourseModule> find(String slug) {
        return catalog.module(slug);
    }

    /** Imports the whole tree again and swaps it in; readers keep the old catalog until the new one is ready. */
    public synchronized void reload() {
        long started = System.nanoTime();
        try {
            Catalog imported = importer.importTree(root);
            this.catalog = imported;
            searchIndex.update(imported);
            log.info("Imported {} pages ({} failed) from {} in {} ms", imported.modules().size(),
                    imported.failures().size(), root, (System.nanoTime() - started) / 1_000_000);
            imported.failures().forEach(failure -> log.warn("Could not import {}", failure));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content tree " + root, e);
        }
    }
}
