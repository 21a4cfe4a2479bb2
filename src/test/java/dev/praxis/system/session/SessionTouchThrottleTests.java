package dev.praxis.system.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/** The session row is written when the session changes, and for the access time at most once a minute. */
@IntegrationTest
class SessionTouchThrottleTests {

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAccessWithinTheMinuteLeavesTheRowAlone() {
        Instant created = storedSession();
        touch(created.plusSeconds(30));
        assertThat(storedAccessTime()).isEqualTo(created);
    }

    @Test
    void anAccessAMinuteLaterMovesTheAccessTimeAndTheExpiry() {
        Instant created = storedSession();
        Instant later = created.plus(SessionTouchThrottle.RESOLUTION).plusSeconds(1);
        touch(later);
        assertThat(storedAccessTime()).isEqualTo(later);
        long expiry = jdbc.sql("select expiry_time from spring_session where session_id = ?").param(id).query(Long.class).single();
        assertThat(Instant.ofEpochMilli(expiry)).isEqualTo(later.plus(Duration.ofHours(8)));
    }

    @Test
    void aNewSessionIdIsWrittenAtOnce() {
        storedSession();
        String oldId = id;
        id = update(sessions, session -> session.changeSessionId());
        assertThat(sessions.findById(oldId)).isNull();
        assertThat(sessions.findById(id)).isNotNull();
    }

    @Test
    void aNewPrincipalAndANewAttributeAreWrittenAtOnce() {
        storedSession();
        update(sessions, session -> {
            session.setAttribute(JdbcIndexedSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "learner@example.org");
            session.setAttribute("note", "kept");
            session.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(5));
            return null;
        });
        String principal = jdbc.sql("select principal_name from spring_session where session_id = ?").param(id)
                .query(String.class).single();
        assertThat(principal).isEqualTo("learner@example.org");
        assertThat(jdbc.sql("""
                select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
                 where s.session_id = ? and a.attribute_name = 'note'""").param(id).query(Integer.class).single())
                .isEqualTo(1);
    }

    private String id;

    private Instant storedSession() {
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        id = create(sessions, created);
        return created;
    }

    private void touch(Instant at) {
        update(sessions, session -> {
            session.setLastAccessedTime(at);
            return null;
        });
    }

    // generic helpers: the repository's session class is package-private to Spring Session
    private static <S extends Session> String create(SessionRepository<S> repository, Instant accessed) {
        S session = repository.createSession();
        session.setLastAccessedTime(accessed);
        repository.save(session);
        return session.getId();
    }

    private <S extends Session> String update(SessionRepository<S> repository, java.util.function.Function<Session, String> change) {
        S session = repository.findById(id);
        String result = change.apply(session);
        repository.save(session);
        return result;
    }

    private Instant storedAccessTime() {
        long millis = jdbc.sql("select last_access_time from spring_session where session_id = ?").param(id)
                .query(Long.class).single();
        return Instant.ofEpochMilli(millis);
    }
}
