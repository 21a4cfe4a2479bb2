package dev.praxis.quiz;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class QuizRepository {

    private static final RowMapper<QuizAttempt> ATTEMPT = (rs, row) -> new QuizAttempt(rs.getLong("id"),
            rs.getLong("user_id"), rs.getString("module_slug"), rs.getTimestamp("submitted_at").toInstant(),
            rs.getBoolean("rubric_graded"), rs.getDouble("score"), rs.getBoolean("passed"));

    private static final String ANSWER_SQL = """
            select a.id, a.attempt_id, a.question_id, a.question_number, a.answer, a.verdict as graded_verdict,
                   coalesce(o.new_verdict, a.verdict) as verdict, a.score, a.feedback::text as feedback,
                   a.self_assessment, o.old_verdict, o.new_verdict, o.comment, o.created_at as override_at,
                   u.display_name as instructor_name
              from quiz_answer a
              left join lateral (select * from quiz_override x where x.answer_id = a.id
                                  order by x.created_at desc, x.id desc limit 1) o on true
              left join account_name_view u on u.id = o.instructor_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<GradedAnswer> answerMapper = this::mapAnswer;

    QuizRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Instant saveDraft(long userId, String moduleSlug, String questionId, String answer) {
        return jdbc.sql("""
                        insert into quiz_draft (user_id, module_slug, question_id, answer)
                        values (:userId, :slug, :questionId, :answer)
                        on conflict (user_id, question_id) do update set answer = excluded.answer, updated_at = now()
                        returning updated_at
                        """)
                .param("userId", userId)
                .param("slug", moduleSlug)
                .param("questionId", questionId)
                .param("answer", answer)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    Map<String, String> drafts(long userId, String moduleSlug) {
        Map<String, String> drafts = new HashMap<>();
        jdbc.sql("select question_id, answer from quiz_draft where user_id = :userId and module_slug = :slug")
                .param("userId", userId)
                .param("slug", moduleSlug)
                .query(rs -> {
                    drafts.put(rs.getString(1), rs.getString(2));
                });
        return drafts;
    }

    Optional<Instant> lastDraftSave(long userId, String moduleSlug) {
        return jdbc.sql("select max(updated_at) from quiz_draft where user_id = :userId and module_slug = :slug")
                .param("userId", userId)
                .param("slug", moduleSlug)
                .query((rs, row) -> rs.getTimestamp(1))
                .optional()
                .filter(java.util.Objects::nonNull)
                .map(Timestamp::toInstant);
    }

    void clearDrafts(long userId, String moduleSlug) {
        jdbc.sql("delete from quiz_draft where user_id = :userId and module_slug = :slug")
                .param("userId", userId)
                .param("slug", moduleSlug)
                .update();
    }

    long insertAttempt(long userId, String moduleSlug, boolean rubricGraded, double score, boolean passed) {
        return jdbc.sql("""
                        insert into quiz_attempt (user_id, module_slug, rubric_graded, score, passed)
                        values (:userId, :slug, :rubric, :score, :passed)
                        returning id
                        """)
                .param("userId", userId)
                .param("slug", moduleSlug)
                .param("rubric", rubricGraded)
                .param("score", score)
                .param("passed", passed)
                .query(Long.class)
                .single();
    }

    /** An answer to store with its attempt. */
    record NewAnswer(String questionId, String number, String answer, String verdict, double score,
                     AnswerFeedback feedback) {
    }

    /** All the answers of an attempt in one statement. */
    void insertAnswers(long attemptId, List<NewAnswer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "insert into quiz_answer (attempt_id, question_id, question_number, answer, verdict, score, feedback) values ");
        Map<String, Object> params = new HashMap<>();
        params.put("attemptId", attemptId);
        for (int i = 0; i < answers.size(); i++) {
            NewAnswer one = answers.get(i);
            sql.append(i == 0 ? "" : ", ").append("(:attemptId, :questionId").append(i).append(", :number").append(i)
                    .append(", :answer").append(i).append(", :verdict").append(i).append(", :score").append(i)
                    .append(", cast(:feedback").append(i).append(" as jsonb))");
            params.put("questionId" + i, one.questionId());
            params.put("number" + i, one.number());
            params.put("answer" + i, one.answer());
            params.put("verdict" + i, one.verdict());
            params.put("score" + i, one.score());
            params.put("feedback" + i, json.writeValueAsString(one.feedback()));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** Every answer given to the module's quiz, oldest first: the cohort's past answers, for regrading. */
    List<GradedAnswer> moduleAnswers(String moduleSlug) {
        return jdbc.sql(ANSWER_SQL + " join quiz_attempt t on t.id = a.attempt_id where t.module_slug = :slug order by a.id")
                .param("slug", moduleSlug)
                .query(answerMapper)
                .list();
    }

    /** A new grade for an existing answer (an instructor's override, kept apart, still wins over it). */
    void regrade(long answerId, String verdict, double score, AnswerFeedback feedback) {
        jdbc.sql("update quiz_answer set verdict = :verdict, score = :score, feedback = cast(:feedback as jsonb) where id = :id")
                .param("verdict", verdict)
                .param("score", score)
                .param("feedback", json.writeValueAsString(feedback))
                .param("id", answerId)
                .update();
    }

    void markRubricGraded(long attemptId) {
        jdbc.sql("update quiz_attempt set rubric_graded = true where id = :id").param("id", attemptId).update();
    }

    void updateAttemptScore(long attemptId, double score, boolean passed) {
        jdbc.sql("update quiz_attempt set score = :score, passed = :passed where id = :id")
                .param("score", score)
                .param("passed", passed)
                .param("id", attemptId)
                .update();
    }

    Optional<QuizAttempt> attempt(long attemptId) {
        return jdbc.sql("select * from quiz_attempt where id = :id").param("id", attemptId).query(ATTEMPT).optional();
    }

    List<QuizAttempt> attempts(long userId, String moduleSlug) {
        return jdbc.sql("""
                        select * from quiz_attempt where user_id = :userId and module_slug = :slug
                         order by submitted_at desc, id desc
                        """)
                .param("userId", userId)
                .param("slug", moduleSlug)
                .query(ATTEMPT)
                .list();
    }

    List<GradedAnswer> answers(long attemptId) {
        return jdbc.sql(ANSWER_SQL + " where a.attempt_id = :attemptId order by a.id")
                .param("attemptId", attemptId)
                .query(answerMapper)
                .list();
    }

    Optional<GradedAnswer> answer(long answerId) {
        return jdbc.sql(ANSWER_SQL + " where a.id = :id").param("id", answerId).query(answerMapper).optional();
    }

    void saveSelfAssessment(long answerId, String verdict) {
        jdbc.sql("update quiz_answer set self_assessment = :verdict where id = :id")
                .param("verdict", verdict)
                .param("id", answerId)
                .update();
    }

    void insertOverride(long answerId, long instructorId, String oldVerdict, String newVerdict, String comment) {
        jdbc.sql("""
                        insert into quiz_override (answer_id, instructor_id, old_verdict, new_verdict, comment)
                        values (:answerId, :instructorId, :old, :new, :comment)
                        """)
                .param("answerId", answerId)
                .param("instructorId", instructorId)
                .param("old", oldVerdict)
                .param("new", newVerdict)
                .param("comment", comment)
                .update();
    }

    /**
     * Drafted verdicts the draft was unsure of and no instructor has looked at yet, newest first: the review queue.
     */
    List<ReviewItem> provisionalAnswers(double below, int limit) {
        return jdbc.sql("""
                        select a.id, a.attempt_id, t.module_slug, a.question_number, a.answer, a.verdict, a.self_assessment,
                               (a.feedback->>'confidence')::float8 as confidence, u.display_name, t.submitted_at
                          from quiz_answer a
                          join quiz_attempt t on t.id = a.attempt_id
                          join account_name_view u on u.id = t.user_id
                         where a.feedback->>'source' = 'drafted'
                           and (a.feedback->>'confidence')::float8 < :below
                           and not exists (select 1 from quiz_override o where o.answer_id = a.id)
                         order by t.submitted_at desc, a.id
                         limit :limit
                        """)
                .param("below", below)
                .param("limit", limit)
                .query((rs, row) -> new ReviewItem(rs.getLong("id"), rs.getLong("attempt_id"), rs.getString("module_slug"),
                        rs.getString("question_number"), rs.getString("answer"), rs.getString("verdict"),
                        rs.getString("self_assessment"), rs.getDouble("confidence"), rs.getString("display_name"),
                        rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    /** The learner has read the changes to this attempt's verdicts (they opened it). */
    void markOverridesSeen(long attemptId) {
        jdbc.sql("""
                        update quiz_override set seen_at = now()
                         where seen_at is null
                           and answer_id in (select id from quiz_answer where attempt_id = :attemptId)
                        """)
                .param("attemptId", attemptId)
                .update();
    }

    /** Changes of this learner's verdicts they have not read yet, newest first. */
    List<OverrideNotice> unseenOverrides(long userId) {
        return jdbc.sql("""
                        select t.id as attempt_id, t.module_slug, a.id as answer_id, a.question_number,
                               o.old_verdict, o.new_verdict, o.created_at
                          from quiz_override o
                          join quiz_answer a on a.id = o.answer_id
                          join quiz_attempt t on t.id = a.attempt_id
                         where t.user_id = :userId and o.seen_at is null
                         order by o.created_at desc, o.id desc
                        """)
                .param("userId", userId)
                .query((rs, row) -> new OverrideNotice(rs.getLong("attempt_id"), rs.getString("module_slug"),
                        rs.getLong("answer_id"), rs.getString("question_number"), rs.getString("old_verdict"),
                        rs.getString("new_verdict"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private GradedAnswer mapAnswer(ResultSet rs, int row) throws SQLException {
        GradedAnswer.Override override = rs.getString("new_verdict") == null ? null : new GradedAnswer.Override(
                rs.getString("instructor_name"), rs.getTimestamp("override_at").toInstant(), rs.getString("old_verdict"),
                rs.getString("new_verdict"), rs.getString("comment"));
        return new GradedAnswer(rs.getLong("id"), rs.getLong("attempt_id"), rs.getString("question_id"),
                rs.getString("question_number"), rs.getString("answer"), rs.getString("graded_verdict"),
                rs.getString("verdict"), rs.getDouble("score"),
                json.readValue(rs.getString("feedback"), AnswerFeedback.class), rs.getString("self_assessment"), override);
    }
}
