package dev.praxis.inventory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UploadTokenRepository {

    private static final RowMapper<UploadToken> TOKEN = (rs, row) -> new UploadToken(rs.getLong("id"),
            rs.getString("label"), rs.getString("token_hint"), instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")));

    private final JdbcClient jdbc;

    UploadTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long userId, String label, String tokenHash, String hint) {
        jdbc.sql("""
                        insert into upload_token (user_id, label, token_hash, token_hint)
                        values (:userId, :label, :hash, :hint)
                        """)
                .param("userId", userId)
                .param("label", label)
                .param("hash", tokenHash)
                .param("hint", hint)
                .update();
    }

    List<UploadToken> findByUser(long userId) {
        return jdbc.sql("""
                        select id, label, token_hint, created_at, last_used_at, revoked_at
                          from upload_token
                         where user_id = :userId
                         order by created_at desc, id desc
                        """)
                .param("userId", userId)
                .query(TOKEN)
                .list();
    }

    /** Revokes only the caller's own token; answers whether one was revoked. */
    boolean revoke(long userId, long tokenId) {
        return jdbc.sql("""
                        update upload_token set revoked_at = now()
                         where id = :id and user_id = :userId and revoked_at is null
                        """)
                .param("id", tokenId)
                .param("userId", userId)
                .update() == 1;
    }

    /**
     * The owner of an active token, marking it used. The mark is written at most once a minute per token, so an
     * agent (or a burst of uploads) does not pay a database write for every request just to refresh it.
     */
    Optional<Long> useActive(String tokenHash) {
        return jdbc.sql("""
                        with active as (select id, user_id, last_used_at from upload_token
                                         where token_hash = :hash and revoked_at is null),
                             touched as (update upload_token set last_used_at = now()
                                          where id in (select id from active
                                                        where last_used_at is null
                                                           or last_used_at < now() - interval '1 minute'))
                        select user_id from active
                        """)
                .param("hash", tokenHash)
                .query(Long.class)
                .optional();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
