package dev.praxis.system.session;

import java.util.HashMap;
import java.util.Map;

/**
 * The sessions one request has read, so that Spring Session's second look-up in the same request costs nothing.
 * Opened and closed by a filter just outside Spring Session's; requests are served on one thread each.
 */
final class SessionRequestScope {

    private final ThreadLocal<Map<String, Object>> sessions = new ThreadLocal<>();

    void open() {
        sessions.set(new HashMap<>());
    }

    void close() {
        sessions.remove();
    }

    Object loaded(String id) {
        Map<String, Object> open = sessions.get();
        return open == null ? null : open.get(id);
    }

    void remember(String id, Object session) {
        Map<String, Object> open = sessions.get();
        if (open != null) {
            open.put(id, session);
        }
    }

    void forget(String id) {
        Map<String, Object> open = sessions.get();
        if (open != null) {
            open.remove(id);
        }
    }
}
