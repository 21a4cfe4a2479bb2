package dev.praxis.content;

import dev.praxis.content.importing.ContentImporter;
import dev.praxis.system.web.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The platform's current catalog: imported once at start-up (and again when the tree changes in development
 * mode), so lessons are served from memory and never rendered per request. The first import runs on its own thread
 * from the moment this bean is created, overlapping the rest of the application's start-up (on a cold JVM the
 * Markdown pipeline runs interpreted at first, so the import costs seconds, not milliseconds); the first caller that
 * needs the catalog waits for it.
 */
@Service
public class ContentLibrary {

    private static final Logger log = LoggerFactory.getLogger(ContentLibrary.class);

    private final ContentImporter importer = ContentImporter.remembering();
    private final Path root;
    private final List<CatalogListener> listeners;
    private final CompletableFuture<Void> firstImport;
    private volatile Catalog catalog;

    ContentLibrary(ContentSettings settings, List<CatalogListener> listeners) {
        this.root = settings.root();
        this.listeners = List.copyOf(listeners);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("The content directory " + root + " does not exist. Run Praxis from the "
                    + "project folder or set PRAXIS_CONTENT_DIR to a course tree.");
        }
        this.firstImport = CompletableFuture.runAsync(this::reload, task -> {
            Thread thread = new Thread(task, "content-import");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The current catalog; waits for the first import when called during start-up. */
    public Catalog catalog() {
        Catalog current = catalog;
        if (current != null) {
            return current;
        }
        try {
            firstImport.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
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
        return catalog().module(slug);
    }

    /** Imports the whole tree again and swaps it in; readers keep the old catalog until the new one is ready. */
    public synchronized void reload() {
        long started = System.nanoTime();
        try {
            Catalog imported = importer.importTree(root);
            long importedAt = System.nanoTime();
            this.catalog = imported;
            listeners.forEach(listener -> listener.catalogImported(imported));
            log.info("Imported {} pages ({} failed) from {} in {} ms, search index and other listeners updated in {} ms",
                    imported.modules().size(), imported.failures().size(), root, (importedAt - started) / 1_000_000,
                    (System.nanoTime() - importedAt) / 1_000_000);
            imported.failures().forEach(failure -> log.warn("Could not import {}", failure));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content tree " + root, e);
        }
    }
}
