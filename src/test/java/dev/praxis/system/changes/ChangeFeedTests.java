package dev.praxis.system.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The triggers of migration V13 and the listener: a change committed by anyone moves the clock of its key. */
@IntegrationTest
class ChangeFeedTests {

    /** Changes are heard within milliseconds of their commit: look often, give up after Awaitility's 10 s. */
    private static final Duration POLL = Duration.ofMillis(10);

    @Autowired
    ChangeFeed feed;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aLearnersCommittedRowIsHeardUnderTheLearnersId() {
        long learner = accounts.register(TestUsers.uniqueEmail("feed"), "Feed", TestUsers.PASSWORD);
        ChangeClock learners = feed.clock(ChangeFeed.LEARNERS);
        await("the feed listens").pollInterval(POLL).until(() -> learners.stamp() != ChangeClock.NONE);
        long stamp = learners.stamp();
        ChangeClock sessions = feed.clock(ChangeFeed.SESSIONS);
        long sessionStamp = sessions.stamp();

        jdbc.sql("insert into section_read (user_id, module_slug, section_id) values (?, 'm', 's')").param(learner).update();

        await("the insert is heard").pollInterval(POLL)
                .until(() -> !learners.unchangedSince(String.valueOf(learner), stamp));
        assertThat(sessions.unchangedSince(String.valueOf(learner), sessionStamp)).as("on its own channel only").isTrue();
    }

    @Test
    void aRolledBackChangeIsNeverHeard() throws Exception {
        long learner = accounts.register(TestUsers.uniqueEmail("rollback"), "Rollback", TestUsers.PASSWORD);
        long other = accounts.register(TestUsers.uniqueEmail("marker"), "Marker", TestUsers.PASSWORD);
        ChangeClock learners = feed.clock(ChangeFeed.LEARNERS);
        await("the feed listens").pollInterval(POLL).until(() -> learners.stamp() != ChangeClock.NONE);
        long stamp = learners.stamp();

        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into section_read (user_id, module_slug, section_id) values (?, 'm', 's')").param(learner).update();
            status.setRollbackOnly();
        });
        // a committed change made afterwards, once heard, shows that the earlier one had its chance to arrive
        jdbc.sql("insert into section_read (user_id, module_slug, section_id) values (?, 'm', 's')").param(other).update();
        await("the later commit is heard").pollInterval(POLL)
                .until(() -> !learners.unchangedSince(String.valueOf(other), stamp));

        assertThat(learners.unchangedSince(String.valueOf(learner), stamp)).isTrue();
    }

    @Test
    void aSessionAttributeWrittenDirectlyIsHeardUnderTheSessionId() {
        String id = "feed-" + System.nanoTime();
        String primary = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                                            max_inactive_interval, expiry_time)
                values (?, ?, 0, 0, 60, 60000)""").params(primary, id).update();
        ChangeClock sessions = feed.clock(ChangeFeed.SESSIONS);
        await("the feed listens").pollInterval(POLL).until(() -> sessions.stamp() != ChangeClock.NONE);
        long stamp = sessions.stamp();

        jdbc.sql("insert into spring_session_attributes values (?, 'note', '\\x00'::bytea)").param(primary).update();
        await("the attribute is heard").pollInterval(POLL).until(() -> !sessions.unchangedSince(id, stamp));

        long afterAttribute = sessions.stamp();
        jdbc.sql("delete from spring_session where primary_id = ?").param(primary).update();
        await("the deletion is heard").pollInterval(POLL).until(() -> !sessions.unchangedSince(id, afterAttribute));
    }
}
