package dev.praxis.progress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads progress facts per module for one learner: one grouped query per kind of fact, never one per module. */
@Repository
class ProgressRepository {

    private final JdbcClient jdbc;

    ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Integer> sectionsRead(long userId) {
        return counts("select module_slug, count(*) from section_read where user_id = :userId group by module_slug", userId);
    }

    Map<String, Integer> predictionsCommitted(long userId) {
        return counts("""
                select module_slug, count(distinct prompt_id) from prediction where user_id = :userId group by module_slug
                """, userId);
    }

    Map<String, Integer> labPassed(long userId) {
        return counts("""
                select module_slug, count(*) from lab_verdict
                 where user_id = :userId and verdict in ('pass', 'self-attested')
                 group by module_slug
                """, userId);
    }

    Map<String, QuizScores> quizScores(long userId) {
        Map<String, QuizScores> scores = new HashMap<>();
        jdbc.sql("""
                        select module_slug, max(score) as best,
                               (array_agg(score order by submitted_at desc, id desc))[1] as latest,
                               bool_or(passed) as passed
                          from quiz_attempt
                         where user_id = :userId
                         group by module_slug
                        """)
                .param("userId", userId)
                .query(rs -> {
                    scores.put(rs.getString("module_slug"), new QuizScores(rs.getDouble("best"), rs.getDouble("latest"),
                            rs.getBoolean("passed")));
                });
        return scores;
    }

    List<String> readSections(long userId, String moduleSlug) {
        return jdbc.sql("select section_id from section_read where user_id = :userId and module_slug = :slug")
                .param("userId", userId)
                .param("slug", moduleSlug)
                .query(String.class)
                .list();
    }

    void markRead(long userId, String moduleSlug, String sectionId) {
        jdbc.sql("""
                        insert into section_read (user_id, module_slug, section_id) values (:userId, :slug, :section)
                        on conflict do nothing
                        """)
                .param("userId", userId)
                .param("slug", moduleSlug)
                .param("section", sectionId)
                .update();
    }

    private Map<String, Integer> counts(String sql, long userId) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql(sql).param("userId", userId).query(rs -> {
            counts.put(rs.getString(1), rs.getInt(2));
        });
        return counts;
    }

    record QuizScores(double best, double latest, boolean passed) {
    }
}
