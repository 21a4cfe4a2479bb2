package dev.praxis.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.ToIntFunction;

/**
 * The one shape of the platform's memory-bounded caches: Caffeine, bounded by an estimate of the bytes the kept values
 * take (a setting in megabytes), the least used dropped first. What keeps a value fresh is the caller's concern
 * ({@code system.changes}, or a key that changes with what it describes).
 */
public final class Caches {

    private static final long MEGABYTE = 1024 * 1024;

    private Caches() {
    }

    /** Keeps values while their estimated bytes stay under {@code megabytes}. */
    public static <K, V> Cache<K, V> weighed(long megabytes, ToIntFunction<? super V> bytes) {
        return Caffeine.newBuilder().maximumWeight(megabytes * MEGABYTE)
                .<K, V>weigher((key, value) -> bytes.applyAsInt(value)).build();
    }

    /** The same, and a value not used for {@code idle} is dropped even when there is room. */
    public static <K, V> Cache<K, V> weighed(long megabytes, ToIntFunction<? super V> bytes, Duration idle) {
        return Caffeine.newBuilder().maximumWeight(megabytes * MEGABYTE).expireAfterAccess(idle)
                .<K, V>weigher((key, value) -> bytes.applyAsInt(value)).build();
    }
}
