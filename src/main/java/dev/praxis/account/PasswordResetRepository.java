package dev.praxis.account;

import dev.praxis.system.session.AccountSessionEnder;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PasswordResetRepository {

    private final JdbcClient jdbc;
    private final AccountSessionEnder sessions;

    PasswordResetRepository(JdbcClient jdbc, AccountSessionEnder sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    /** Stores a new link for the account and ends its unused older ones. */
    void issue(long userId, Long issuedBy, String tokenHash, Duration validFor) {
        jdbc.sql("delete from password_reset where user_id = :userId and used_at is null")
                .param("userId", userId).update();
        jdbc.sql("""
                        insert into password_reset (token_hash, user_id, issued_by, expires_at)
                        values (:hash, :userId, :issuedBy, now() + make_interval(secs => :seconds))
                        """)
                .param("hash", tokenHash)
                .param("userId", userId)
                .param("issuedBy", issuedBy)
                .param("seconds", validFor.toSeconds())
                .update();
    }

    /** Whether a link for the account was issued within the last {@code within}. */
    boolean issuedWithin(long userId, Duration within) {
        return jdbc.sql("""
                        select exists (select 1 from password_reset
                                        where user_id = :userId and created_at > now() - make_interval(secs => :seconds))
                        """)
                .param("userId", userId)
                .param("seconds", within.toSeconds())
                .query(Boolean.class)
                .single();
    }

    /** The account of an unused, unexpired link. */
    Optional<Long> validUser(String tokenHash) {
        return jdbc.sql("""
                        select user_id from password_reset
                         where token_hash = :hash and used_at is null and expires_at > now()
                        """)
                .param("hash", tokenHash)
                .query(Long.class)
                .optional();
    }

    /** Marks the link used; false when another request used it first. */
    boolean use(String tokenHash) {
        return jdbc.sql("""
                        update password_reset set used_at = now()
                         where token_hash = :hash and used_at is null and expires_at > now()
                        """)
                .param("hash", tokenHash)
                .update() == 1;
    }

    /** Ends every session and remembered sign-in of the account, except the session with this id (may be null). */
    void signOutEverywhereBut(String email, String keptSessionId) {
        sessions.endAllBut(email, keptSessionId);
        jdbc.sql("delete from persistent_logins where username = :email").param("email", email).update();
    }
}
