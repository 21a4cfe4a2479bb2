package dev.praxis.content;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Files authors keep next to a module (grading rubrics, lab files), read once and read again only when the file's
 * modification time changes: pages and autosaves use them on every request, where file I/O does not belong.
 *
 * @param <T> what a file is read into
 */
public final class AuthoredFileCache<T> {

    private final ConcurrentMap<Path, Loaded<T>> entries = new ConcurrentHashMap<>();

    /**
     * The file read with {@code reader}, from the cache while the file is unchanged.
     *
     * @param reader reads the file; returns null when there is nothing usable (absent or broken file)
     */
    public Optional<T> get(Path file, Function<Path, T> reader) {
        long modified = file.toFile().lastModified();
        Loaded<T> loaded = entries.compute(file, (key, previous) ->
                previous != null && previous.modified() == modified ? previous : new Loaded<>(reader.apply(key), modified));
        return Optional.ofNullable(loaded.value());
    }

    private record Loaded<T>(T value, long modified) {
    }
}
