package dev.praxis.inventory;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InventoryUploadRepository {

    private static final String COLUMNS = """
            id, user_id, received_at, channel, filename, byte_size, status, parser_version, normalized::text as normalized, error
            """;

    private static final RowMapper<InventoryUpload> UPLOAD = (rs, row) -> new InventoryUpload(rs.getLong("id"),
            rs.getLong("user_id"), rs.getTimestamp("received_at").toInstant(), rs.getString("channel"),
            rs.getString("filename"), rs.getInt("byte_size"), rs.getString("status"), rs.getString("parser_version"),
            rs.getString("normalized"), rs.getString("error"));

    private final JdbcClient jdbc;

    InventoryUploadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the raw bytes exactly as received; runs in its own transaction so nothing later can lose them. */
    long insertRaw(long userId, String channel, String filename, byte[] raw) {
        return jdbc.sql("""
                        insert into inventory_upload (user_id, channel, filename, raw, byte_size)
                        values (:userId, :channel, :filename, :raw, :size)
                        returning id
                        """)
                .param("userId", userId)
                .param("channel", channel)
                .param("filename", filename)
                .param("raw", raw)
                .param("size", raw.length)
                .query(Long.class)
                .single();
    }

    void markParsed(long id, String parserVersion, String normalizedJson) {
        jdbc.sql("""
                        update inventory_upload
                           set status = 'parsed', parser_version = :version, normalized = cast(:json as jsonb),
                               error = null, parsed_at = now()
                         where id = :id
                        """)
                .param("id", id)
                .param("version", parserVersion)
                .param("json", normalizedJson)
                .update();
    }

    void markRejected(long id, String parserVersion, String error) {
        jdbc.sql("""
                        update inventory_upload
                           set status = 'rejected', parser_version = :version, normalized = null, error = :error,
                               parsed_at = now()
                         where id = :id
                        """)
                .param("id", id)
                .param("version", parserVersion)
                // the reason may quote the upload, and PostgreSQL text holds no NUL
                .param("error", error.replace('\0', '\uFFFD'))
                .update();
    }

    Optional<InventoryUpload> findOwned(long userId, long id) {
        return jdbc.sql("select " + COLUMNS + " from inventory_upload where id = :id and user_id = :userId")
                .param("id", id)
                .param("userId", userId)
                .query(UPLOAD)
                .optional();
    }

    List<InventoryUpload> findByUser(long userId) {
        return jdbc.sql("select " + COLUMNS + " from inventory_upload where user_id = :userId order by received_at desc, id desc")
                .param("userId", userId)
                .query(UPLOAD)
                .list();
    }

    Optional<InventoryUpload> latestParsed(long userId) {
        return jdbc.sql("select " + COLUMNS + """
                         from inventory_upload
                        where user_id = :userId and status = 'parsed'
                        order by received_at desc, id desc
                        limit 1
                        """)
                .param("userId", userId)
                .query(UPLOAD)
                .optional();
    }

    Optional<byte[]> raw(long userId, long id) {
        return jdbc.sql("select raw from inventory_upload where id = :id and user_id = :userId")
                .param("id", id)
                .param("userId", userId)
                .query(byte[].class)
                .optional();
    }

    /** Uploads read by an older parser than the current one, for re-parsing. */
    List<Long> idsParsedBefore(String parserVersion) {
        return jdbc.sql("select id from inventory_upload where parser_version is distinct from :version order by id")
                .param("version", parserVersion)
                .query(Long.class)
                .list();
    }

    Optional<byte[]> rawById(long id) {
        return jdbc.sql("select raw from inventory_upload where id = :id").param("id", id).query(byte[].class).optional();
    }

    /** Bytes of every upload the learner has stored. */
    long storedBytes(long userId) {
        return jdbc.sql("select coalesce(sum(byte_size), 0) from inventory_upload where user_id = :userId")
                .param("userId", userId)
                .query(Long.class)
                .single();
    }

    /**
     * Rejected uploads other than the learner's {@code kept} latest ones go. The rows are locked newest first before
     * they are deleted: two rejected uploads of one learner at once each prune the other's older rows, and deleting in
     * scan order let them lock the same rows in opposite orders (PostgreSQL found a deadlock under the upload fuzz test).
     */
    void deleteRejectedBeyond(long userId, int kept) {
        jdbc.sql("""
                        delete from inventory_upload
                         where id in (select id from inventory_upload
                                       where user_id = :userId and status = 'rejected'
                                       order by id desc offset :kept
                                       for update)
                        """)
                .param("userId", userId)
                .param("kept", kept)
                .update();
    }
}
