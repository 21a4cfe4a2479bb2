package dev.praxis.content;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.function.Function;

/**
 * Files authors keep next to a module (grading rubrics, lab files), loaded with the catalog: the feature that reads
 * them is a {@link CatalogListener} and hands each imported catalog to {@link #load}, so pages and autosaves never
 * touch the file system and a file is as fresh as the catalog it came with (development mode's watcher re-imports
 * on every save). A file edited from the web (grading rubrics) is read again by its feature when the change feed
 * announces the save, and kept here with {@link #put}. Held weakly by module object, so a module left behind by a
 * re-import goes with its file.
 *
 * @param <T> what a file is read into
 */
public final class AuthoredFiles<T> {

    private final Function<CourseModule, Optional<T>> reader;
    private final Cache<CourseModule, Optional<T>> loaded = Caffeine.newBuilder().weakKeys().build();

    /**
     * @param reader reads a module's file; empty when there is nothing usable (absent or broken file)
     */
    public AuthoredFiles(Function<CourseModule, Optional<T>> reader) {
        this.reader = reader;
    }

    /** Reads the file of every module of a catalog just imported, replacing what earlier imports read. */
    public void load(Catalog catalog) {
        catalog.modules().forEach(this::reload);
    }

    private void reload(CourseModule module) {
        loaded.put(module, reader.apply(module));
    }

    /** Keeps what the feature read again itself (a file another instance saved, heard of through the change feed). */
    public void put(CourseModule module, Optional<T> value) {
        loaded.put(module, value);
    }

    /**
     * The module's file as loaded with its catalog; read now only for a module asked for between the catalog's swap
     * and its listeners' turn.
     */
    public Optional<T> get(CourseModule module) {
        return loaded.get(module, reader);
    }
}
