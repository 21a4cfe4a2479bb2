package dev.praxis.system.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.praxis.IntegrationTest;
import dev.praxis.system.changes.ChangeClock;
import dev.praxis.system.changes.ChangeFeed;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repository Spring Session's filter uses, against the real session tables: a row is written when the session
 * changes, its access time at most once a minute, one request reads a session once, and later requests use the kept
 * session until the database announces a change to it (another instance is a second repository on the same tables).
 */
@IntegrationTest
class QuietSessionRepositoryTests {

    /** Changes are heard within milliseconds of their commit: look often, give up after Awaitility's 10 s. */
    private static final Duration POLL = Duration.ofMillis(10);
    private static final SessionCacheSettings DEFAULTS = new SessionCacheSettings(100_000, Duration.ofMinutes(30));

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Autowired
    SessionRequestScope scope;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ChangeFeed feed;

    @Autowired
    AccountSessionEnder ender;

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
        await("a later request sees the deletion once heard").pollInterval(POLL)
                .until(() -> sessions.findById(id) == null);
    }

    @Test
    void aSessionReadInOneRequestIsNotReadFromTheDatabaseInTheNext() {
        awaitListening();
        AtomicInteger reads = new AtomicInteger();
        QuietSessionRepository<?> instance = instance(reads);
        storedSession();
        update(instance, session -> session.setAttribute("note", "kept"));

        // the write's own notification comes back and may make the first copy stale once
        await("two requests in a row read the database at most once").pollInterval(POLL).until(() -> {
            reads.set(0);
            boolean bothSeeTheNote = "kept".equals(instance.findById(id).getAttribute("note"))
                    && "kept".equals(instance.findById(id).getAttribute("note"));
            return bothSeeTheNote && reads.get() <= 1;
        });
        reads.set(0);
        assertThat((String) instance.findById(id).getAttribute("note")).isEqualTo("kept");
        assertThat(reads).as("kept").hasValue(0);
    }

    @Test
    void anAttributeSetOnAnotherInstanceIsSeenOnceItsChangeIsHeard() {
        QuietSessionRepository<?> a = instance(new AtomicInteger());
        QuietSessionRepository<?> b = instance(new AtomicInteger());
        storedSession();
        assertThat(a.findById(id)).isNotNull();

        update(b, session -> session.setAttribute("note", "from b"));

        await("a sees b's attribute").pollInterval(POLL)
                .until(() -> "from b".equals(a.findById(id).getAttribute("note")));
    }

    @Test
    void aSessionDeletedOnAnotherInstanceIsGoneOnceItsDeletionIsHeard() {
        QuietSessionRepository<?> a = instance(new AtomicInteger());
        QuietSessionRepository<?> b = instance(new AtomicInteger());
        storedSession();
        assertThat(a.findById(id)).isNotNull();

        b.deleteById(id);

        await("a sees the sign-out made on b").pollInterval(POLL).until(() -> a.findById(id) == null);
    }

    @Test
    void aChangeToAKeptSessionLoadsTheStoredSessionAndWritesIt() {
        awaitListening();
        AtomicInteger reads = new AtomicInteger();
        QuietSessionRepository<?> instance = instance(reads);
        storedSession();
        awaitKept(instance, reads);

        update(instance, session -> session.setAttribute("note", "written"));

        assertThat(reads).as("the stored session, loaded to be written").hasValue(1);
        assertThat(attributeRows("note")).isOne();
    }

    @Test
    void aKeptSessionPastItsTimeoutIsNotUsed() {
        QuietSessionRepository<?> instance = instance(new AtomicInteger());
        Instant longAgo = Instant.now().minus(Duration.ofHours(9)).truncatedTo(ChronoUnit.MILLIS);
        id = create(sessions, longAgo);
        assertThat(instance.findById(id)).as("expired in the database too").isNull();
    }

    @Test
    void endingAnAccountsSessionsLeavesNoKeptCopyOnThisInstanceOnceItCommits() {
        awaitListening();
        AtomicInteger reads = new AtomicInteger();
        QuietSessionRepository<?> instance = instance(reads);
        storedSession();
        jdbc.sql("update spring_session set principal_name = 'ana@example.org' where session_id = ?").param(id).update();
        awaitKept(instance, reads);

        // no wait for the database's notification: the sign-out must hold for the very next request
        transactions.executeWithoutResult(status -> ender.endAllBut("ana@example.org", null));

        assertThat(instance.findById(id)).as("signed out at once").isNull();
        assertThat(rowsWithId(id)).isZero();
    }

    @Test
    void aSessionNoRequestUsedForTheIdleSettingIsReadFromTheDatabaseAgain() throws InterruptedException {
        awaitListening();
        AtomicInteger reads = new AtomicInteger();
        Duration idle = Duration.ofMillis(300);
        QuietSessionRepository<?> instance = instance(reads, new SessionCacheSettings(100_000, idle));
        storedSession();
        awaitKept(instance, reads);

        Thread.sleep(idle.multipliedBy(2).toMillis());
        reads.set(0);

        assertThat(instance.findById(id)).isNotNull();
        assertThat(reads).as("read again after %s unused", idle).hasValue(1);
    }

    private void awaitKept(QuietSessionRepository<?> instance, AtomicInteger reads) {
        await("the session is kept").pollInterval(POLL).until(() -> {
            instance.findById(id);
            reads.set(0);
            return instance.findById(id) != null && reads.get() == 0;
        });
    }

    private void awaitListening() {
        await("the feed listens").pollInterval(POLL)
                .until(() -> feed.clock(ChangeFeed.SESSIONS).stamp() != ChangeClock.NONE);
    }

    /** Another platform instance on the same database: its own memory of sessions, the same change feed. */
    private QuietSessionRepository<?> instance(AtomicInteger reads) {
        return instance(reads, DEFAULTS);
    }

    private QuietSessionRepository<?> instance(AtomicInteger reads, SessionCacheSettings settings) {
        return counted(new JdbcIndexedSessionRepository(jdbcTemplate, transactions), reads, settings);
    }

    private <S extends Session> QuietSessionRepository<S> counted(SessionRepository<S> database, AtomicInteger reads,
            SessionCacheSettings settings) {
        SessionRepository<S> counting = new SessionRepository<>() {
            @Override
            public S createSession() {
                return database.createSession();
            }

            @Override
            public void save(S session) {
                database.save(session);
            }

            @Override
            public S findById(String sessionId) {
                reads.incrementAndGet();
                return database.findById(sessionId);
            }

            @Override
            public void deleteById(String sessionId) {
                database.deleteById(sessionId);
            }
        };
        return new QuietSessionRepository<>(counting, new SessionRequestScope(), feed.clock(ChangeFeed.SESSIONS), settings);
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
