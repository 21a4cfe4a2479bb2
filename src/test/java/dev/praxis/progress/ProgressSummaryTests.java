package dev.praxis.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.Role;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Progress is derived from the learner's stored facts, each kind counted per module, and from nobody else's. */
@IntegrationTest
class ProgressSummaryTests {

    static final String FLAGSHIP = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    static final String UKRAINIAN = "uk/" + FLAGSHIP;

    @Autowired
    ProgressService progress;

    @Autowired
    ContentLibrary library;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    long learner;
    long otherLearner;
    CourseModule flagship;
    CourseModule ukrainian;

    @BeforeEach
    void twoLearners() {
        learner = TestUsers.create(accounts, jdbc, "progress", Role.LEARNER).id();
        otherLearner = TestUsers.create(accounts, jdbc, "other", Role.LEARNER).id();
        flagship = library.module(FLAGSHIP);
        ukrainian = library.module(UKRAINIAN);
    }

    @Test
    void countsEveryKindOfFactPerModule() {
        read(learner, FLAGSHIP, "a", "b");
        read(learner, UKRAINIAN, "a");
        predict(learner, FLAGSHIP, "p1", "p1", "p2");
        verdicts(learner, FLAGSHIP, "pass", "self-attested", "fail", "needs-attention");
        attempt(learner, FLAGSHIP, "2026-01-01", 0.5, false);
        attempt(learner, FLAGSHIP, "2026-01-02", 0.9, true);
        attempt(learner, FLAGSHIP, "2026-01-03", 0.6, false);

        Map<String, ModuleProgress> summaries = progress.summaries(learner, List.of(flagship, ukrainian));

        ModuleProgress english = summaries.get(FLAGSHIP);
        assertThat(english.sectionsRead()).isEqualTo(2);
        assertThat(english.predictionsCommitted()).isEqualTo(2);
        assertThat(english.labPassed()).isEqualTo(2);
        assertThat(english.quizBest()).isEqualTo(0.9);
        assertThat(english.quizLatest()).isEqualTo(0.6);
        assertThat(english.quizPassed()).isTrue();
        assertThat(english.labTotal()).isEqualTo(flagship.lab().checklist().size());

        ModuleProgress translated = summaries.get(UKRAINIAN);
        assertThat(translated.sectionsRead()).as("a translation is the same module: the larger count").isEqualTo(2);
        assertThat(translated.predictionsCommitted()).isEqualTo(2);
        assertThat(translated.labPassed()).isEqualTo(2);
        assertThat(translated.quizBest()).isEqualTo(0.9);
        assertThat(translated.quizPassed()).isTrue();
    }

    @Test
    void workInATranslationCountsForTheModuleWithoutCountingAnythingTwice() {
        read(learner, FLAGSHIP, "a");
        read(learner, UKRAINIAN, "x", "y", "z");
        attempt(learner, FLAGSHIP, "2026-01-01", 0.9, true);
        attempt(learner, UKRAINIAN, "2026-01-05", 0.4, false);

        ModuleProgress english = progress.of(learner, flagship);

        assertThat(english.sectionsRead()).isEqualTo(3);
        assertThat(english.quizBest()).isEqualTo(0.9);
        assertThat(english.quizLatest()).as("the most recent attempt, in whichever language").isEqualTo(0.4);
        assertThat(english.quizPassed()).isTrue();
        assertThat(progress.of(learner, ukrainian)).isEqualTo(new ModuleProgress(UKRAINIAN, 3,
                ukrainian.sections().size(), 0, ukrainian.predictions().size(), 0.9, 0.4, true,
                ukrainian.quiz().questions().size(), 0, ukrainian.lab().checklist().size()));
    }

    @Test
    void anotherLearnersFactsCountOnlyForThem() {
        read(otherLearner, FLAGSHIP, "a", "b", "c");
        predict(otherLearner, FLAGSHIP, "p1");
        verdicts(otherLearner, FLAGSHIP, "pass");
        attempt(otherLearner, FLAGSHIP, "2026-01-01", 1.0, true);

        ModuleProgress mine = progress.of(learner, flagship);

        assertThat(mine).isEqualTo(new ModuleProgress(FLAGSHIP, 0, flagship.sections().size(), 0,
                flagship.predictions().size(), null, null, false, flagship.quiz().questions().size(), 0,
                flagship.lab().checklist().size()));
        assertThat(progress.of(otherLearner, flagship).sectionsRead()).isEqualTo(3);
    }

    private void read(long user, String slug, String... sections) {
        for (String section : sections) {
            jdbc.sql("insert into section_read (user_id, module_slug, section_id) values (?, ?, ?)")
                    .params(user, slug, section).update();
        }
    }

    private void predict(long user, String slug, String... prompts) {
        for (String prompt : prompts) {
            jdbc.sql("insert into prediction (user_id, module_slug, prompt_id, body) values (?, ?, ?, 'my prediction')")
                    .params(user, slug, prompt).update();
        }
    }

    private void verdicts(long user, String slug, String... verdicts) {
        for (int i = 0; i < verdicts.length; i++) {
            jdbc.sql("""
                            insert into lab_verdict (user_id, module_slug, item_id, step, item_index, verdict, evidence)
                            values (?, ?, ?, 'step-1', ?, ?, 'evidence')
                            """)
                    .params(user, slug, "item-" + i, i, verdicts[i]).update();
        }
    }

    private void attempt(long user, String slug, String day, double score, boolean passed) {
        jdbc.sql("""
                        insert into quiz_attempt (user_id, module_slug, submitted_at, rubric_graded, score, passed)
                        values (?, ?, ?::timestamptz, true, ?, ?)
                        """)
                .params(user, slug, day, score, passed).update();
    }
}
