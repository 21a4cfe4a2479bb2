package dev.praxis.content;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.function.Function;

/**
 * Files authors keep next to a module (grading rubrics, lab files), loaded with the catalog: the feature that reads
 * them is a {@link CatalogListener} and hands each imported catalog to {@link #load}, so pages and autosaves never
 * touch the file system and a file is as fresh as the catalog it came with (development mode's watcher re-imports
 * on every save). Held weakly by module object, so a module left behind by a re-import goes with its file.
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

    /** Reads one module's file again: it was just saved from the web (the rubric editor). */
    public void reload(CourseModule module) {
        loaded.put(module, reader.apply(module));
    }

    /**
     * The module's file as loaded with its catalog; read now only for a module asked for between the catalog's swap
     * and its listeners' turn.
     */
    public Optional<T> get(CourseModule module) {
        return loaded.get(module, reader);
    }
}
