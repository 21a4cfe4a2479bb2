package dev.praxis.system.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.praxis.system.changes.ChangeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Function;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Sessions live in PostgreSQL so that any instance serves any learner, and Spring Session asks the database more
 * often than a learner's session changes. Measured per signed-in lesson request: two look-ups of the session and two
 * write transactions, because a page large enough to commit the response early is saved once then and again when the
 * request ends, and every save rewrites the row to move its last-access time. Even one look-up per request halved the
 * throughput of a signed-in request (a round trip plus deserialising the security context).
 *
 * <p>This repository, in front of Spring Session's own, makes the database see only what changed:
 * <ul>
 *   <li>within one request, a session is looked up once ({@link SessionRequestScope} bounds the request; outside
 *       such a scope every look-up goes to the database or the memory below);</li>
 *   <li>across requests, a session read from the database is kept in memory and used again for as long as its
 *       {@link ChangeClock} (fed by the database's change notifications, whichever instance changed the rows) says
 *       its rows are unchanged. Each request gets its own copy of the kept session, sharing the attribute objects as a
 *       servlet container's session does; the first change loads the stored session to write it;</li>
 *   <li>a save writes only a new session, a changed one (attribute, id, timeout), or one whose stored access time is
 *       more than {@link #TOUCH_RESOLUTION} old. So a session expires between 7 h 59 min and 8 h after the learner's
 *       last request, and a request that changes nothing needs no database connection to finish: during an outage
 *       it ends with its own answer instead of failing while its response is already on the way.</li>
 * </ul>
 * Attributes are saved when set, as with Spring Session's default save mode.
 */
final class QuietSessionRepository<S extends Session> implements SessionRepository<QuietSessionRepository.Tracked<S>> {

    static final Duration TOUCH_RESOLUTION = Duration.ofMinutes(1);

    private final SessionRepository<S> database;
    private final SessionRequestScope request;
    private final ChangeClock changes;
    private final Cache<String, Kept> kept;

    QuietSessionRepository(SessionRepository<S> database, SessionRequestScope request, ChangeClock changes,
            SessionCacheSettings settings) {
        this.database = database;
        this.request = request;
        this.changes = changes;
        this.kept = Caffeine.newBuilder().maximumSize(settings.keptSessions()).expireAfterAccess(settings.keptIdle()).build();
    }

    @Override
    public Tracked<S> createSession() {
        return new Tracked<>(database.createSession(), true);
    }

    @Override
    public void save(Tracked<S> session) {
        if (session.needsWrite()) {
            String readAs = session.readAs;
            S stored = session.forWriting();
            if (stored != null) {
                database.save(stored);
                session.written();
                forgetKept(readAs);
                if (!session.getId().equals(readAs)) {
                    forgetKept(session.getId());
                }
            }
        }
        remember(session);
    }

    @Override
    public Tracked<S> findById(String id) {
        if (request.loaded(id) instanceof Tracked<?> known) {
            @SuppressWarnings("unchecked") // only this repository puts sessions into the scope
            Tracked<S> session = (Tracked<S>) known;
            return session;
        }
        Tracked<S> session = keptCopy(id);
        if (session == null) {
            long stamp = changes.stamp();
            S stored = database.findById(id);
            if (stored == null) {
                return null;
            }
            if (stamp != ChangeClock.NONE) {
                kept.put(id, new Kept(new MapSession(stored), stamp));
            }
            session = new Tracked<>(stored, false);
        }
        remember(session);
        return session;
    }

    private Tracked<S> keptCopy(String id) {
        Kept copy = kept.getIfPresent(id);
        if (copy == null) {
            return null;
        }
        if (!changes.unchangedSince(id, copy.stamp) || copy.session.isExpired()) {
            kept.invalidate(id);
            return null;
        }
        return new Tracked<>(new MapSession(copy.session), database::findById);
    }

    @Override
    public void deleteById(String id) {
        request.forget(id);
        database.deleteById(id);
        forgetKept(id);
    }

    /** Also tells the clock, so that a copy another request of this instance is making right now counts as stale. */
    private void forgetKept(String id) {
        if (id != null) {
            changes.changed(id);
            kept.invalidate(id);
        }
    }

    /** Under its current id only: after a new id (sign-in) the old one finds nothing, as in the database. */
    private void remember(Tracked<S> session) {
        if (session.rememberedAs != null && !session.rememberedAs.equals(session.getId())) {
            request.forget(session.rememberedAs);
        }
        request.remember(session.getId(), session);
        session.rememberedAs = session.getId();
    }

    /** A session as read from the database, with the clock's stamp taken before reading it. */
    private record Kept(MapSession session, long stamp) {
    }

    /**
     * A session that knows whether anything but its access time changed since it was read or written. It reads from
     * the stored session, or from a copy of a kept one until the first change, when it loads the stored session to
     * change and write that. A kept session whose row is gone by then is detached: this request goes on with its copy
     * and nothing is written, as if the session had been deleted just after the request.
     */
    static final class Tracked<S extends Session> implements Session {

        /** Loads the stored session by id ({@code null} when it no longer exists); only for a kept copy. */
        private final Function<String, S> loader;
        private S stored;
        private Session view;
        private boolean detached;
        private boolean isNew;
        private boolean changed;
        private Instant storedAccess;
        private String rememberedAs;
        private final String readAs;

        private Tracked(S stored, boolean isNew) {
            this.loader = null;
            this.stored = stored;
            this.view = stored;
            this.isNew = isNew;
            this.storedAccess = stored.getLastAccessedTime();
            this.readAs = isNew ? null : stored.getId();
        }

        private Tracked(MapSession copy, Function<String, S> loader) {
            this.loader = loader;
            this.view = copy;
            this.storedAccess = copy.getLastAccessedTime();
            this.readAs = copy.getId();
        }

        boolean needsWrite() {
            return !detached && (isNew || changed
                    || Duration.between(storedAccess, view.getLastAccessedTime()).compareTo(TOUCH_RESOLUTION) >= 0);
        }

        /** The stored session to change and write; {@code null} when it is gone. */
        private S forWriting() {
            if (stored == null && !detached) {
                stored = loader.apply(view.getId());
                if (stored == null) {
                    detached = true;
                } else {
                    stored.setLastAccessedTime(view.getLastAccessedTime());
                    view = stored;
                }
            }
            return stored;
        }

        private Session changing() {
            changed = true;
            forWriting();
            return view;
        }

        private void written() {
            isNew = false;
            changed = false;
            storedAccess = stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return view.getId();
        }

        @Override
        public String changeSessionId() {
            return changing().changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return view.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return view.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changing().setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changing().removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return view.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            view.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return view.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(view.getMaxInactiveInterval())) {
                changing().setMaxInactiveInterval(interval);
            }
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return view.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return view.isExpired();
        }
    }
}
