package dev.praxis.instructor;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes quiz, lab and inventory facts straight into the tables, so tests know every number they expect. */
final class CohortSeed {

    private final JdbcClient jdbc;

    CohortSeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long attempt(long userId, String slug, boolean rubricGraded, double score, boolean passed) {
        return jdbc.sql("""
                        insert into quiz_attempt (user_id, module_slug, rubric_graded, score, passed)
                        values (:userId, :slug, :rubric, :score, :passed) returning id
                        """)
                .param("userId", userId).param("slug", slug).param("rubric", rubricGraded)
                .param("score", score).param("passed", passed)
                .query(Long.class).single();
    }

    /** An answer with its grader feedback; {@code feedback} is the JSON the quiz stores. */
    long answer(long attemptId, String questionId, String verdict, String selfAssessment, String feedback) {
        return jdbc.sql("""
                        insert into quiz_answer (attempt_id, question_id, question_number, answer, verdict, score,
                                                 feedback, self_assessment)
                        values (:attemptId, :questionId, 'Q', 'an answer', :verdict, 0, cast(:feedback as jsonb), :self)
                        returning id
                        """)
                .param("attemptId", attemptId).param("questionId", questionId).param("verdict", verdict)
                .param("feedback", feedback).param("self", selfAssessment)
                .query(Long.class).single();
    }

    /** An override {@code minutesAgo} minutes old, so tests decide which one is the latest. */
    void override(long answerId, long instructorId, String newVerdict, int minutesAgo) {
        jdbc.sql("""
                        insert into quiz_override (answer_id, instructor_id, old_verdict, new_verdict, comment, created_at)
                        values (:answerId, :instructorId, 'incorrect', :verdict, 'Reviewed by hand.',
                                now() - make_interval(mins => :minutes))
                        """)
                .param("answerId", answerId).param("instructorId", instructorId).param("verdict", newVerdict)
                .param("minutes", minutesAgo)
                .update();
    }

    void labWork(long userId, String slug) {
        jdbc.sql("insert into lab_work (user_id, module_slug) values (:userId, :slug)")
                .param("userId", userId).param("slug", slug).update();
    }

    void verdict(long userId, String slug, String itemId, int index, String verdict, String evidence) {
        verdict(userId, slug, "1", itemId, index, verdict, evidence);
    }

    void verdict(long userId, String slug, String step, String itemId, int index, String verdict, String evidence) {
        jdbc.sql("""
                        insert into lab_verdict (user_id, module_slug, item_id, step, item_index, verdict, evidence)
                        values (:userId, :slug, :itemId, :step, :index, :verdict, :evidence)
                        """)
                .param("userId", userId).param("slug", slug).param("itemId", itemId).param("index", index)
                .param("step", step)
                .param("verdict", verdict).param("evidence", evidence)
                .update();
    }

    void upload(long userId, String status, String error) {
        jdbc.sql("""
                        insert into inventory_upload (user_id, channel, filename, raw, byte_size, status, error)
                        values (:userId, 'file', 'inventory.txt', cast('raw' as bytea), 3, :status, :error)
                        """)
                .param("userId", userId).param("status", status).param("error", error)
                .update();
    }

    static String feedback(String missingJson, String misconceptionsJson) {
        return "{\"rubric\":true,\"found\":[],\"missing\":" + missingJson + ",\"misconceptions\":" + misconceptionsJson + "}";
    }
}
