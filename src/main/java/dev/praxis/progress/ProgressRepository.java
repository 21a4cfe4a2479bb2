package dev.praxis.progress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads progress facts per module for one learner: one query for every module and kind of fact. */
@Repository
class ProgressRepository {

    private final JdbcClient jdbc;

    ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every kind of fact for one learner, grouped by module, in one round trip: the lesson, catalog and progress pages
     * read this on every request, and four small queries cost PostgreSQL more in protocol than in work.
     */
    Map<String, ModuleFacts> facts(long userId) {
        Map<String, ModuleFacts> facts = new HashMap<>();
        jdbc.sql("""
                        select 'read' as fact, module_slug, count(*) as n,
                               null::float8 as best, null::float8 as latest, null::boolean as passed
                          from section_read where user_id = :userId group by module_slug
                        union all
                        select 'predicted', module_slug, count(distinct prompt_id), null, null, null
                          from prediction where user_id = :userId group by module_slug
                        union all
                        select 'lab', module_slug, count(*), null, null, null
                          from lab_verdict where user_id = :userId and verdict in ('pass', 'self-attested') group by module_slug
                        union all
                        select 'quiz', module_slug, count(*), max(score),
                               (array_agg(score order by submitted_at desc, id desc))[1], bool_or(passed)
                          from quiz_attempt where user_id = :userId group by module_slug
                        """)
                .param("userId", userId)
                .query(rs -> {
                    String slug = rs.getString("module_slug");
                    ModuleFacts known = facts.getOrDefault(slug, ModuleFacts.NONE);
                    int n = rs.getInt("n");
                    facts.put(slug, switch (rs.getString("fact")) {
                        case "read" -> known.withSectionsRead(n);
                        case "predicted" -> known.withPredictions(n);
                        case "lab" -> known.withLabPassed(n);
                        case "quiz" -> known.withQuiz(new QuizScores(rs.getDouble("best"), rs.getDouble("latest"),
                                rs.getBoolean("passed")));
                        default -> throw new IllegalStateException("Unknown fact " + rs.getString("fact"));
                    });
                });
        return facts;
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

    record QuizScores(double best, double latest, boolean passed) {
    }

    /** What one learner has done in one module; {@code quiz} is null until the first attempt. */
    record ModuleFacts(int sectionsRead, int predictions, int labPassed, QuizScores quiz) {

        static final ModuleFacts NONE = new ModuleFacts(0, 0, 0, null);

        ModuleFacts withSectionsRead(int n) {
            return new ModuleFacts(n, predictions, labPassed, quiz);
        }

        ModuleFacts withPredictions(int n) {
            return new ModuleFacts(sectionsRead, n, labPassed, quiz);
        }

        ModuleFacts withLabPassed(int n) {
            return new ModuleFacts(sectionsRead, predictions, n, quiz);
        }

        ModuleFacts withQuiz(QuizScores scores) {
            return new ModuleFacts(sectionsRead, predictions, labPassed, scores);
        }
    }
}
