package dev.praxis.lab;

import dev.praxis.lab.validation.ChecklistVerdict;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LabWorkRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    LabWorkRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<StoredLabWork> find(long userId, String moduleSlug) {
        return jdbc.sql("""
                        select answers::text as answers, upload_id, updated_at, committed_summary::text as committed,
                               summary_committed_at
                          from lab_work where user_id = :userId and module_slug = :slug
                        """)
                .param("userId", userId)
                .param("slug", moduleSlug)
                .query((rs, row) -> new StoredLabWork(rs.getString("answers"), (Long) rs.getObject("upload_id"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("committed"),
                        rs.getTimestamp("summary_committed_at") == null ? null
                                : rs.getTimestamp("summary_committed_at").toInstant()))
                .optional();
    }

    void save(long userId, String moduleSlug, String answersJson, Long uploadId) {
        jdbc.sql("""
                        insert into lab_work (user_id, module_slug, answers, upload_id)
                        values (:userId, :slug, cast(:answers as jsonb), :uploadId)
                        on conflict (user_id, module_slug) do update
                           set answers = excluded.answers, upload_id = excluded.upload_id, updated_at = now()
                        """)
                .param("userId", userId)
                .param("slug", moduleSlug)
                .param("answers", answersJson)
                .param("uploadId", uploadId)
                .update();
    }

    /** Keeps the summary as first committed: a later commit changes nothing (the summary itself stays editable). */
    void commitSummary(long userId, String moduleSlug, String summaryJson) {
        jdbc.sql("""
                        update lab_work set committed_summary = cast(:summary as jsonb), summary_committed_at = now()
                         where user_id = :userId and module_slug = :slug and summary_committed_at is null
                        """)
                .param("userId", userId)
                .param("slug", moduleSlug)
                .param("summary", summaryJson)
                .update();
    }

    List<String> modulesWithWork(long userId) {
        return jdbc.sql("select module_slug from lab_work where user_id = :userId").param("userId", userId)
                .query(String.class).list();
    }

    /** Replaces the stored verdicts of one learner's lab with the freshly computed ones. */
    void replaceVerdicts(long userId, String moduleSlug, List<ChecklistVerdict> verdicts) {
        jdbc.sql("delete from lab_verdict where user_id = :userId and module_slug = :slug")
                .param("userId", userId)
                .param("slug", moduleSlug)
                .update();
        SqlParameterSource[] rows = verdicts.stream().map(verdict -> new MapSqlParameterSource()
                .addValue("userId", userId)
                .addValue("slug", moduleSlug)
                .addValue("itemId", verdict.itemId())
                .addValue("step", verdict.step())
                .addValue("index", verdict.item())
                .addValue("verdict", verdict.verdict().label())
                .addValue("evidence", verdict.evidence())).toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into lab_verdict (user_id, module_slug, item_id, step, item_index, verdict, evidence)
                values (:userId, :slug, :itemId, :step, :index, :verdict, :evidence)
                """, rows);
    }

    /** A learner's lab row; {@code committedSummaryJson} and {@code summaryCommittedAt} are null until Step 4 is committed. */
    record StoredLabWork(String answersJson, Long uploadId, java.time.Instant updatedAt, String committedSummaryJson,
                         java.time.Instant summaryCommittedAt) {
    }
}
