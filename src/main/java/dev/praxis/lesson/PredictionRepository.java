package dev.praxis.lesson;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PredictionRepository {

    private static final RowMapper<CommittedPrediction> CURRENT = (rs, row) -> new CommittedPrediction(
            rs.getString("prompt_id"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
            rs.getInt("revisions"), rs.getString("self_check"));

    private static final String CURRENT_SQL = """
            select distinct on (p.prompt_id) p.prompt_id, p.body, p.created_at,
                   count(*) over (partition by p.prompt_id) as revisions, s.verdict as self_check
              from prediction p
              left join prediction_self_check s on s.user_id = p.user_id and s.prompt_id = p.prompt_id
             where p.user_id = :userId
            """;

    private final JdbcClient jdbc;

    PredictionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long userId, String moduleSlug, String promptId, String body) {
        jdbc.sql("""
                        insert into prediction (user_id, module_slug, prompt_id, body)
                        values (:userId, :moduleSlug, :promptId, :body)
                        """)
                .param("userId", userId)
                .param("moduleSlug", moduleSlug)
                .param("promptId", promptId)
                .param("body", body)
                .update();
    }

    Optional<CommittedPrediction> current(long userId, String promptId) {
        return jdbc.sql(CURRENT_SQL + " and p.prompt_id = :promptId order by p.prompt_id, p.id desc")
                .param("userId", userId)
                .param("promptId", promptId)
                .query(CURRENT)
                .optional();
    }

    int versions(long userId, String promptId) {
        return jdbc.sql("select count(*) from prediction where user_id = :userId and prompt_id = :promptId")
                .param("userId", userId)
                .param("promptId", promptId)
                .query(Integer.class)
                .single();
    }

    /** Every revision, oldest first, as written. */
    List<String> history(long userId, String promptId) {
        return jdbc.sql("select body from prediction where user_id = :userId and prompt_id = :promptId order by id")
                .param("userId", userId)
                .param("promptId", promptId)
                .query(String.class)
                .list();
    }

    void saveSelfCheck(long userId, String promptId, String verdict) {
        jdbc.sql("""
                        insert into prediction_self_check (user_id, prompt_id, verdict)
                        values (:userId, :promptId, :verdict)
                        on conflict (user_id, prompt_id) do update set verdict = excluded.verdict, updated_at = now()
                        """)
                .param("userId", userId)
                .param("promptId", promptId)
                .param("verdict", verdict)
                .update();
    }
}
