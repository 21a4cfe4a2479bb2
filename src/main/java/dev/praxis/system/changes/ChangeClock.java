package dev.praxis.system.changes;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells whether an in-memory copy of some rows is still what the database holds, for one kind of key (session ids,
 * learner ids). Take a {@link #stamp()} before reading the rows, keep it with the copy, and ask
 * {@link #unchangedSince} before using the copy again. A change heard after the stamp was taken makes the copy stale;
 * so does any time the clock could not hear changes (before {@link ChangeFeed} listens, while the database is gone),
 * because changes made then were missed.
 */
public final class ChangeClock {

    /** The stamp of a copy that must not be kept: changes cannot be heard right now. */
    public static final long NONE = -1;

    /** Keys whose last change is remembered; past this, the memory is cleared and every older copy goes stale. */
    static final int MAX_TRACKED = 100_000;

    private static final long UNTRUSTED = Long.MAX_VALUE;

    private final AtomicLong ticks = new AtomicLong();
    private final ConcurrentHashMap<String, Long> lastChange = new ConcurrentHashMap<>();
    private volatile long trustedFrom = UNTRUSTED;

    /** To be taken before reading what a copy is made of; {@link #NONE} when the copy must not be kept. */
    public long stamp() {
        long now = ticks.get();
        return now >= trustedFrom ? now : NONE;
    }

    public boolean unchangedSince(String key, long stamp) {
        return stamp != NONE && stamp >= trustedFrom && lastChange.getOrDefault(key, 0L) <= stamp;
    }

    /** Called for a change heard from the database, and by this instance right after its own committed change. */
    public void changed(String key) {
        long tick = ticks.incrementAndGet();
        lastChange.merge(key, tick, Math::max);
        if (lastChange.size() > MAX_TRACKED) {
            forgetAll();
        }
    }

    // stale first, then forget: a copy must never pass for current while its key's change is being forgotten
    private synchronized void forgetAll() {
        if (trustedFrom != UNTRUSTED) {
            trustedFrom = ticks.incrementAndGet();
        }
        lastChange.clear();
    }

    /** Changes are heard from now on; copies stamped earlier may have missed some. */
    synchronized void listening() {
        lastChange.clear();
        trustedFrom = ticks.incrementAndGet();
    }

    /** Changes can no longer be heard: no copy is current until {@link #listening()} again. */
    synchronized void deaf() {
        trustedFrom = UNTRUSTED;
        lastChange.clear();
    }
}
