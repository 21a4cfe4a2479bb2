package dev.praxis.system.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The repository Spring Session's filter uses, against the real session tables: a row is written when the session
 * changes, its access time at most once a minute, and one request reads a session once.
 */
@IntegrationTest
class QuietSessionRepositoryTests {

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Autowired
    SessionRequestScope scope;

    @Autowired
    JdbcClient jdbc;

    private String id;

    @AfterEach
    void closeScope() {
        scope.close();
    }

    @Test
    void theFilterTalksToTheQuietRepository() {
        assertThat(sessions).isInstanceOf(QuietSessionRepository.class);
    }

    @Test
    void anAccessWithinTheMinuteLeavesTheRowAlone() {
        Instant created = storedSession();
        update(sessions, session -> session.setLastAccessedTime(created.plusSeconds(30)));
        assertThat(storedAccessTime()).isEqualTo(created);
    }

    @Test
    void anAccessAMinuteLaterMovesTheAccessTimeAndTheExpiry() {
        Instant created = storedSession();
        Instant later = created.plus(QuietSessionRepository.TOUCH_RESOLUTION).plusSeconds(1);
        update(sessions, session -> session.setLastAccessedTime(later));
        assertThat(storedAccessTime()).isEqualTo(later);
        long expiry = jdbc.sql("select expiry_time from spring_session where session_id = ?").param(id)
                .query(Long.class).single();
        assertThat(Instant.ofEpochMilli(expiry)).isEqualTo(later.plus(Duration.ofHours(8)));
    }

    @Test
    void aNewSessionIdIsWrittenAtOnce() {
        storedSession();
        String oldId = id;
        update(sessions, session -> id = session.changeSessionId());
        assertThat(id).isNotEqualTo(oldId);
        assertThat(rowsWithId(oldId)).isZero();
        assertThat(rowsWithId(id)).isOne();
    }

    @Test
    void aNewAttributeIsWrittenAtOnceEvenWithinTheMinute() {
        storedSession();
        update(sessions, session -> {
            session.setAttribute("note", "kept");
            session.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(5));
        });
        assertThat(attributeRows("note")).isOne();
        update(sessions, session -> session.removeAttribute("note"));
        assertThat(attributeRows("note")).isZero();
    }

    @Test
    void withinOneRequestTheSessionIsReadOnceAndTheSameObjectComesBack() {
        storedSession();
        scope.open();
        Object first = sessions.findById(id);
        jdbc.sql("delete from spring_session where session_id = ?").param(id).update();
        assertThat(sessions.findById(id)).isSameAs(first);
        scope.close();
        assertThat(sessions.findById(id)).as("a new request reads the database again").isNull();
    }

    @Test
    void afterANewIdTheOldOneFindsNothingForTheRestOfTheRequest() {
        storedSession();
        String oldId = id;
        scope.open();
        update(sessions, session -> id = session.changeSessionId());
        assertThat(sessions.findById(oldId)).isNull();
        assertThat(sessions.findById(id)).isNotNull();
    }

    @Test
    void aDeletedSessionIsGoneForTheRestOfTheRequest() {
        storedSession();
        scope.open();
        assertThat(sessions.findById(id)).isNotNull();
        sessions.deleteById(id);
        assertThat(sessions.findById(id)).isNull();
        assertThat(rowsWithId(id)).isZero();
    }

    private Instant storedSession() {
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        id = create(sessions, created);
        return created;
    }

    // generic helpers: the repository's session type is not visible from here
    private static <S extends Session> String create(SessionRepository<S> repository, Instant accessed) {
        S session = repository.createSession();
        session.setLastAccessedTime(accessed);
        repository.save(session);
        return session.getId();
    }

    private <S extends Session> void update(SessionRepository<S> repository, Consumer<Session> change) {
        S session = repository.findById(id);
        change.accept(session);
        repository.save(session);
    }

    private Instant storedAccessTime() {
        long millis = jdbc.sql("select last_access_time from spring_session where session_id = ?").param(id)
                .query(Long.class).single();
        return Instant.ofEpochMilli(millis);
    }

    private int rowsWithId(String sessionId) {
        return jdbc.sql("select count(*) from spring_session where session_id = ?").param(sessionId)
                .query(Integer.class).single();
    }

    private int attributeRows(String name) {
        return jdbc.sql("""
                select count(*) from spring_session_attributes a
                  join spring_session s on s.primary_id = a.session_primary_id
                 where s.session_id = ? and a.attribute_name = ?""").param(id).param(name).query(Integer.class).single();
    }
}
