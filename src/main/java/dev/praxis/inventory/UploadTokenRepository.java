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

    /** The owner of an active token, marking it used. */
    Optional<Long> useActive(String tokenHash) {
        return jdbc.sql("""
                        update upload_token set last_used_at = now()
                         where token_hash = :hash and revoked_at is null
                        returning user_id
                        """)
                .param("hash", tokenHash)
                .query(Long.class)
                .optional();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
