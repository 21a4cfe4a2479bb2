package dev.praxis.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads one learner's facts, every module and kind at once, and records sections read. */
@Repository
class ProgressRepository {

    private final JdbcClient jdbc;

    ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every fact the learner's pages show, in one round trip: sections read, current predictions with their revision
     * count and self-check, lab items passed and quiz scores per module. Kept in memory by {@link LearnerFactsCache}.
     */
    LearnerFacts facts(long userId) {
        Map<String, Module> modules = new HashMap<>();
        Map<String, LearnerFacts.Prediction> predictions = new HashMap<>();
        jdbc.sql("""
                        select 'read' as fact, module_slug, section_id as item, null::text as body,
                               read_at as at, 0::int as n, null::float8 as best, null::float8 as latest,
                               null::boolean as passed, null::text as self_check
                          from section_read where user_id = :userId
                        union all
                        (select distinct on (p.prompt_id) 'prediction', p.module_slug, p.prompt_id, p.body, p.created_at,
                                (count(*) over (partition by p.prompt_id))::int, null, null, null, p.self_check
                           from prediction_view p
                          where p.user_id = :userId
                          order by p.prompt_id, p.id desc)
                        union all
                        select 'lab', module_slug, null, null, max(computed_at),
                               (count(*) filter (where passed))::int, null, null, null, null
                          from lab_verdict_view where user_id = :userId group by module_slug
                        union all
                        select 'quiz', module_slug, null, null, max(submitted_at), count(*)::int, max(score),
                               (array_agg(score order by submitted_at desc, id desc))[1], bool_or(passed), null
                          from quiz_result_view where user_id = :userId group by module_slug
                        """)
                .param("userId", userId)
                .query(rs -> {
                    String slug = rs.getString("module_slug");
                    Module module = modules.computeIfAbsent(slug, any -> new Module());
                    Timestamp at = rs.getTimestamp("at");
                    if (at != null && (module.lastAt == null || at.toInstant().isAfter(module.lastAt))) {
                        module.lastAt = at.toInstant();
                    }
                    switch (rs.getString("fact")) {
                        case "read" -> module.sectionIds.add(rs.getString("item"));
                        case "prediction" -> {
                            module.predictions++;
                            predictions.put(rs.getString("item"), new LearnerFacts.Prediction(rs.getString("item"), slug,
                                    rs.getString("body"), rs.getTimestamp("at").toInstant(), rs.getInt("n"),
                                    rs.getString("self_check")));
                        }
                        case "lab" -> module.labPassed = rs.getInt("n");
                        case "quiz" -> module.quiz = new LearnerFacts.QuizScores(rs.getDouble("best"),
                                rs.getDouble("latest"), rs.getBoolean("passed"), at.toInstant());
                        default -> throw new IllegalStateException("Unknown fact " + rs.getString("fact"));
                    }
                });
        Map<String, LearnerFacts.ModuleFacts> facts = new HashMap<>();
        modules.forEach((slug, module) -> facts.put(slug, new LearnerFacts.ModuleFacts(List.copyOf(module.sectionIds),
                module.predictions, module.labPassed, module.quiz, module.lastAt)));
        return new LearnerFacts(Map.copyOf(facts), Map.copyOf(predictions));
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

    /** One module's facts while the rows are read. */
    private static final class Module {
        private final List<String> sectionIds = new ArrayList<>();
        private int predictions;
        private int labPassed;
        private LearnerFacts.QuizScores quiz;
        private Instant lastAt;
    }
}
