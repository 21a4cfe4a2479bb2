package dev.praxis.instructor;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the cohort's facts: one grouped query per kind of fact for a whole page (or export) of learners, never one
 * per learner or per module. The learners of the page are the {@code roster} common table expression, so the
 * page's filter is applied once inside each query instead of passing thousands of ids around.
 */
@Repository
class CohortRepository {

    private static final String LEARNERS = """
            select id, display_name, email
              from learner_view
             where (:pattern = '' or lower(display_name) like :pattern or email like :pattern)
            """;

    private static final String ROSTER = "with roster as (select id from (" + LEARNERS + """
            ) matching order by lower(display_name), id offset :offset limit :limit)
            """;

    /**
     * Every learner's quiz answer of one module with its effective verdict (as quiz publishes it), and whether an
     * instructor cleared it by overriding it to correct.
     */
    private static final String EFFECTIVE_ANSWERS = """
            with effective as (
                select a.question_id, a.feedback, coalesce(a.override_verdict = 'correct', false) as cleared,
                       a.effective_verdict as verdict
                  from quiz_answer_view a
                  join learner_view u on u.id = a.user_id
                 where a.module_slug = :slug)
            """;

    private static final RowMapper<LearnerRow> LEARNER = (rs, row) -> new LearnerRow(rs.getLong("id"),
            rs.getString("display_name"), rs.getString("email"));

    private final JdbcClient jdbc;

    CohortRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long countLearners(CohortFilter filter) {
        return jdbc.sql("select count(*) from (" + LEARNERS + ") matching")
                .param("pattern", filter.pattern())
                .query(Long.class)
                .single();
    }

    List<LearnerRow> learners(CohortFilter filter) {
        return roster(LEARNERS + " order by lower(display_name), id offset :offset limit :limit", filter)
                .query(LEARNER)
                .list();
    }

    Map<LearnerModule, Integer> sectionsRead(CohortFilter filter) {
        return counts(ROSTER + """
                select s.user_id, s.module_slug, count(*)
                  from section_read_view s join roster r on r.id = s.user_id
                 group by s.user_id, s.module_slug
                """, filter);
    }

    Map<LearnerModule, Integer> predictionsCommitted(CohortFilter filter) {
        return counts(ROSTER + """
                select p.user_id, p.module_slug, count(distinct p.prompt_id)
                  from prediction_view p join roster r on r.id = p.user_id
                 group by p.user_id, p.module_slug
                """, filter);
    }

    Map<LearnerModule, Integer> labPassed(CohortFilter filter) {
        return counts(ROSTER + """
                select v.user_id, v.module_slug, count(*)
                  from lab_verdict_view v join roster r on r.id = v.user_id
                 where v.passed
                 group by v.user_id, v.module_slug
                """, filter);
    }

    Map<LearnerModule, QuizBest> quizBest(CohortFilter filter) {
        Map<LearnerModule, QuizBest> best = new HashMap<>();
        roster(ROSTER + """
                select q.user_id, q.module_slug, max(q.score) as best, max(q.submitted_at) as latest_at,
                       (array_agg(q.score order by q.submitted_at desc, q.id desc))[1] as latest, bool_or(q.passed) as passed
                  from quiz_result_view q join roster r on r.id = q.user_id
                 group by q.user_id, q.module_slug
                """, filter).query(rs -> {
            best.put(new LearnerModule(rs.getLong("user_id"), rs.getString("module_slug")),
                    new QuizBest(rs.getDouble("best"), rs.getDouble("latest"), rs.getBoolean("passed"),
                            rs.getTimestamp("latest_at").toInstant()));
        });
        return best;
    }

    /**
     * Per question: how many answers, and the sum of their credits (correct 1, partial ½, incorrect 0) on the
     * effective verdict.
     */
    List<QuizFact> answerTallies(String moduleSlug) {
        return quizFacts("""
                select question_id, 'answer' as kind, null as label, null as detail, count(*) as times,
                       sum(case verdict when 'correct' then 1.0 when 'partial' then 0.5 else 0 end) as credit
                  from effective
                 group by question_id
                """, moduleSlug);
    }

    /**
     * Per question, how often each concept was missing. An answer an instructor overrode to correct is left out:
     * the instructor judged that what the grader missed was there.
     */
    List<QuizFact> missingConcepts(String moduleSlug) {
        return quizFacts("""
                select e.question_id, 'missing' as kind, m.label, null as detail, count(*) as times, 0 as credit
                  from effective e
                  cross join lateral jsonb_array_elements_text(e.feedback -> 'missing') as m(label)
                 where not e.cleared
                 group by e.question_id, m.label
                """, moduleSlug);
    }

    /** Per question, how often each misconception was flagged, with its feedback; same exclusion as above. */
    List<QuizFact> misconceptions(String moduleSlug) {
        return quizFacts("""
                select e.question_id, 'misconception' as kind, f ->> 'id' as label, max(f ->> 'feedback') as detail,
                       count(*) as times, 0 as credit
                  from effective e
                  cross join lateral jsonb_array_elements(e.feedback -> 'misconceptions') as f
                 where not e.cleared
                 group by e.question_id, f ->> 'id'
                """, moduleSlug);
    }

    /** Learners who started the module's lab: the denominator of every checklist item's pass rate. */
    long labLearners(String moduleSlug) {
        return jdbc.sql("""
                        select count(*)
                          from lab_started_view w join learner_view u on u.id = w.user_id
                         where w.module_slug = :slug
                        """)
                .param("slug", moduleSlug)
                .query(Long.class)
                .single();
    }

    /** Item id → learners (with lab work) whose verdict for it is pass or self-attested. */
    Map<String, Long> labPasses(String moduleSlug) {
        Map<String, Long> passes = new HashMap<>();
        jdbc.sql("""
                        select v.item_id, count(*)
                          from lab_verdict_view v
                          join lab_started_view w on w.user_id = v.user_id and w.module_slug = v.module_slug
                          join learner_view u on u.id = v.user_id
                         where v.module_slug = :slug and v.passed
                         group by v.item_id
                        """)
                .param("slug", moduleSlug)
                .query(rs -> {
                    passes.put(rs.getString(1), rs.getLong(2));
                });
        return passes;
    }

    /** Graded answers a learner judged differently and no instructor reviewed (no override yet), newest first. */
    List<Disagreement> disagreements(int limit) {
        return jdbc.sql("""
                        select u.id as user_id, u.display_name, a.module_slug, a.attempt_id, a.answer_id,
                               a.question_number, a.verdict, a.self_assessment, a.submitted_at
                          from quiz_answer_view a
                          join learner_view u on u.id = a.user_id
                         where a.rubric_graded and a.self_assessment is not null and a.self_assessment <> a.verdict
                           and a.override_verdict is null
                         order by a.submitted_at desc, a.answer_id
                         limit :limit
                        """)
                .param("limit", limit)
                .query((rs, row) -> new Disagreement(rs.getLong("user_id"), rs.getString("display_name"),
                        rs.getString("module_slug"), rs.getLong("attempt_id"), rs.getLong("answer_id"),
                        rs.getString("question_number"), rs.getString("verdict"), rs.getString("self_assessment"),
                        rs.getTimestamp("submitted_at").toInstant(), rs.getString("module_slug")))
                .list();
    }

    List<AttemptRow> attempts(long userId) {
        return jdbc.sql("""
                        select id, module_slug, submitted_at, rubric_graded, score, passed
                          from quiz_result_view
                         where user_id = :userId
                         order by submitted_at desc, id desc
                        """)
                .param("userId", userId)
                .query((rs, row) -> new AttemptRow(rs.getLong("id"), rs.getString("module_slug"),
                        rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("rubric_graded"),
                        rs.getDouble("score"), rs.getBoolean("passed")))
                .list();
    }

    /** A learner's lab verdicts in step order (steps 1, 2, … then the success criteria), item by item. */
    List<VerdictRow> labVerdicts(long userId) {
        return jdbc.sql("""
                        select module_slug, item_id, step, item_index, verdict, evidence, computed_at
                          from lab_verdict_view
                         where user_id = :userId
                         order by module_slug, substring(step from '^[0-9]+')::int nulls last, step, item_index, item_id
                        """)
                .param("userId", userId)
                .query((rs, row) -> new VerdictRow(rs.getString("module_slug"), rs.getString("item_id"),
                        rs.getString("step"), rs.getInt("item_index"), rs.getString("verdict"),
                        rs.getString("evidence"), rs.getTimestamp("computed_at").toInstant()))
                .list();
    }

    Optional<UploadStatus> latestUpload(long userId) {
        return jdbc.sql("""
                        select id, received_at, channel, status, error
                          from upload_status_view
                         where user_id = :userId
                         order by received_at desc, id desc
                         limit 1
                        """)
                .param("userId", userId)
                .query((rs, row) -> new UploadStatus(rs.getLong("id"), rs.getTimestamp("received_at").toInstant(),
                        rs.getString("channel"), rs.getString("status"), rs.getString("error")))
                .optional();
    }

    private List<QuizFact> quizFacts(String select, String moduleSlug) {
        return jdbc.sql(EFFECTIVE_ANSWERS + select)
                .param("slug", moduleSlug)
                .query((rs, row) -> new QuizFact(rs.getString("question_id"), QuizFact.Kind.of(rs.getString("kind")),
                        rs.getString("label"), rs.getString("detail"), rs.getLong("times"), rs.getDouble("credit")))
                .list();
    }

    private JdbcClient.StatementSpec roster(String sql, CohortFilter filter) {
        return jdbc.sql(sql)
                .param("pattern", filter.pattern())
                .param("offset", filter.offset())
                .param("limit", filter.limit());
    }

    private Map<LearnerModule, Integer> counts(String sql, CohortFilter filter) {
        Map<LearnerModule, Integer> counts = new HashMap<>();
        roster(sql, filter).query(rs -> {
            counts.put(new LearnerModule(rs.getLong(1), rs.getString(2)), rs.getInt(3));
        });
        return counts;
    }

    /** A learner and a module: the key of every per-learner fact. */
    record LearnerModule(long userId, String moduleSlug) {
    }

    record QuizBest(double best, double latest, boolean passed, Instant latestAt) {
    }

    /**
     * One counted fact about a question's answers.
     *
     * @param label  the missing concept or misconception id; null for {@link Kind#ANSWER}
     * @param detail the misconception's feedback, else null
     * @param credit for {@link Kind#ANSWER}: the sum of the answers' credits (correct 1, partial ½, incorrect 0)
     */
    record QuizFact(String questionId, Kind kind, String label, String detail, long times, double credit) {

        enum Kind {
            ANSWER, MISSING, MISCONCEPTION;

            static Kind of(String sql) {
                return valueOf(sql.toUpperCase(Locale.ROOT));
            }
        }
    }
}
