package dev.praxis.system.session;

import dev.praxis.system.changes.ChangeClock;
import dev.praxis.system.changes.ChangeFeed;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends the stored sessions of one account. The rows go in the caller's transaction; once it commits, this instance's
 * session clock hears of each ended session at once. Waiting for the database's change notification instead left a
 * few milliseconds in which a session kept in memory still passed for signed in right after "sign out everywhere".
 */
@Component
public class AccountSessionEnder {

    private final JdbcClient jdbc;
    private final ChangeClock sessions;

    AccountSessionEnder(JdbcClient jdbc, ChangeFeed changes) {
        this.jdbc = jdbc;
        this.sessions = changes.clock(ChangeFeed.SESSIONS);
    }

    /** Ends every session of the account signed in as {@code principal}, except {@code keptSessionId} (may be null). */
    public void endAllBut(String principal, String keptSessionId) {
        List<String> ended = jdbc.sql("""
                        delete from spring_session
                         where principal_name = :principal and session_id is distinct from :kept
                        returning session_id
                        """)
                .param("principal", principal)
                .param("kept", keptSessionId)
                .query(String.class)
                .list();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    ended.forEach(sessions::changed);
                }
            });
        } else {
            ended.forEach(sessions::changed);
        }
    }
}
