package dev.praxis.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A learner's facts as the repository reads them from the read models lesson, quiz and lab publish: a repository
 * slice against the real PostgreSQL (each test's rows are rolled back).
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(ProgressRepository.class)
class ProgressRepositoryTests {

    private static final String MODULE = "track/module-1";

    @Autowired
    ProgressRepository repository;

    @Autowired
    JdbcClient jdbc;

    private long learner;

    @BeforeEach
    void createLearner() {
        learner = jdbc.sql("insert into app_user (email, display_name, password_hash) values (:email, 'Facts', 'x') returning id")
                .param("email", TestUsers.uniqueEmail("facts"))
                .query(Long.class)
                .single();
    }

    @Test
    void aLearnerWithNoRowsHasNoFacts() {
        assertThat(repository.facts(learner)).isEqualTo(LearnerFacts.NONE);
    }

    @Test
    void sectionsReadAreCountedOncePerSection() {
        repository.markRead(learner, MODULE, "intro");
        repository.markRead(learner, MODULE, "intro");
        repository.markRead(learner, MODULE, "outcomes");

        assertThat(repository.facts(learner).module(MODULE).sectionIds()).containsExactlyInAnyOrder("intro", "outcomes");
    }

    @Test
    void theCurrentPredictionIsTheNewestRevisionWithItsSelfCheck() {
        insert("insert into prediction (user_id, module_slug, prompt_id, body) values (:u, :m, 'p1', 'first words')");
        insert("insert into prediction (user_id, module_slug, prompt_id, body) values (:u, :m, 'p1', 'second words')");
        insert("insert into prediction_self_check (user_id, prompt_id, verdict) values (:u, 'p1', 'partly')");

        LearnerFacts facts = repository.facts(learner);

        assertThat(facts.module(MODULE).predictions()).isEqualTo(1);
        LearnerFacts.Prediction current = facts.predictions().get("p1");
        assertThat(current.body()).isEqualTo("second words");
        assertThat(current.revisions()).isEqualTo(2);
        assertThat(current.selfCheck()).isEqualTo("partly");
    }

    @Test
    void labItemsPassedCountPassAndSelfAttestedOnly() {
        for (String[] item : new String[][] {{"a", "pass"}, {"b", "self-attested"}, {"c", "fail"}, {"d", "not-done"}}) {
            jdbc.sql("""
                            insert into lab_verdict (user_id, module_slug, item_id, step, item_index, verdict, evidence)
                            values (:u, :m, :item, '1', 0, :verdict, '')
                            """)
                    .param("u", learner).param("m", MODULE).param("item", item[0]).param("verdict", item[1])
                    .update();
        }

        assertThat(repository.facts(learner).module(MODULE).labPassed()).isEqualTo(2);
    }

    @Test
    void quizScoresAreTheBestTheLatestAndWhetherAnyPassed() {
        insert("""
                insert into quiz_attempt (user_id, module_slug, submitted_at, rubric_graded, score, passed)
                values (:u, :m, now() - interval '1 day', true, 0.9, true)
                """);
        insert("""
                insert into quiz_attempt (user_id, module_slug, submitted_at, rubric_graded, score, passed)
                values (:u, :m, now(), true, 0.4, false)
                """);

        LearnerFacts.QuizScores quiz = repository.facts(learner).module(MODULE).quiz();

        assertThat(quiz.best()).isEqualTo(0.9);
        assertThat(quiz.latest()).isEqualTo(0.4);
        assertThat(quiz.passed()).isTrue();
    }

    private void insert(String sql) {
        jdbc.sql(sql).param("u", learner).param("m", MODULE).update();
    }
}
