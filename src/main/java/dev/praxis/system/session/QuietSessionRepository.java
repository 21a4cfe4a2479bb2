package dev.praxis.system.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Sessions live in PostgreSQL so that any instance serves any learner, and Spring Session asks the database more
 * often than a learner's session changes. Measured per signed-in lesson request: two look-ups of the session and two
 * write transactions, because a page large enough to commit the response early is saved once then and again when the
 * request ends, and every save rewrites the row to move its last-access time.
 *
 * <p>This repository, in front of Spring Session's own, makes the database see only what changed:
 * <ul>
 *   <li>within one request, a session is looked up once ({@link SessionRequestScope} bounds the request; outside
 *       such a scope every look-up goes to the database);</li>
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

    QuietSessionRepository(SessionRepository<S> database, SessionRequestScope request) {
        this.database = database;
        this.request = request;
    }

    @Override
    public Tracked<S> createSession() {
        return new Tracked<>(database.createSession(), true);
    }

    @Override
    public void save(Tracked<S> session) {
        if (session.needsWrite()) {
            database.save(session.stored);
            session.written();
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
        S stored = database.findById(id);
        if (stored == null) {
            return null;
        }
        Tracked<S> session = new Tracked<>(stored, false);
        remember(session);
        return session;
    }

    @Override
    public void deleteById(String id) {
        request.forget(id);
        database.deleteById(id);
    }

    /** Under its current id only: after a new id (sign-in) the old one finds nothing, as in the database. */
    private void remember(Tracked<S> session) {
        if (session.rememberedAs != null && !session.rememberedAs.equals(session.getId())) {
            request.forget(session.rememberedAs);
        }
        request.remember(session.getId(), session);
        session.rememberedAs = session.getId();
    }

    /** A stored session that knows whether anything but its access time changed since it was read or written. */
    static final class Tracked<S extends Session> implements Session {

        private final S stored;
        private boolean isNew;
        private boolean changed;
        private Instant storedAccess;
        private String rememberedAs;

        private Tracked(S stored, boolean isNew) {
            this.stored = stored;
            this.isNew = isNew;
            this.storedAccess = stored.getLastAccessedTime();
        }

        boolean needsWrite() {
            return isNew || changed
                    || Duration.between(storedAccess, stored.getLastAccessedTime()).compareTo(TOUCH_RESOLUTION) >= 0;
        }

        private void written() {
            isNew = false;
            changed = false;
            storedAccess = stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            stored.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed |= !interval.equals(stored.getMaxInactiveInterval());
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
