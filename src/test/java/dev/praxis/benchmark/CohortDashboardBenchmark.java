package dev.praxis.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.content.LessonSection;
import dev.praxis.content.Prediction;
import dev.praxis.content.QuizQuestion;
import dev.praxis.content.ChecklistItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Server time of the instructor pages for a cohort of 10,000 learners who all worked on the flagship module: two
 * graded quiz attempts of 8 answers each (with missing concepts, misconceptions and 1% overridden), lab verdicts for
 * its 33 checklist items, predictions and read sections. The budget is 300 ms for {@code /instructor}. Not a timed
 * test: it prints the first request's time (for {@code /instructor}: the module statistics computed while the page
 * waits, which later requests read from memory), then median, p95 and max. Run it by hand against the embedded
 * PostgreSQL (fresh each run):
 * <pre>mvn -o -q -B test -Dtest=CohortDashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Time is measured through MockMvc: the whole server side (security, queries, Thymeleaf) without the network.
 */
@IntegrationTest
class CohortDashboardBenchmark {

    private static final String FLAGSHIP = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    private static final int LEARNERS = 10_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ContentLibrary library;

    @Test
    void instructorPagesForTenThousandLearners() throws Exception {
        CourseModule flagship = library.module(FLAGSHIP);
        PraxisUser instructor = TestUsers.create(accounts, jdbc, "bench-instructor", Role.INSTRUCTOR);
        long seeded = seed(flagship, instructor.id());
        System.out.printf("%nSeeded in %d ms: %s%n", seeded, counts());

        long someone = jdbc.sql("select min(id) from app_user where email like '%@bench.example'").query(Long.class).single();
        List<String> report = new ArrayList<>();
        report.add(measure("GET /instructor (page 1 + stats)", get("/instructor"), instructor));
        report.add(measure("GET /instructor?page=57", get("/instructor").param("page", "57"), instructor));
        report.add(measure("GET /instructor?q=learner 04", get("/instructor").param("q", "learner 04"), instructor));
        report.add(measure("GET /instructor/learners/{id}", get("/instructor/learners/{id}", someone), instructor));
        report.add(measure("GET /instructor/cohort.csv (10,000 rows)", get("/instructor/cohort.csv"), instructor));
        System.out.printf("%nCohort of %,d learners, %d warm-up + %d measured requests each (ms):%n%s%n",
                LEARNERS, WARM_UP, RUNS, String.join("\n", report));
    }

    private String measure(String name, MockHttpServletRequestBuilder request, PraxisUser instructor) throws Exception {
        request.with(user(instructor));
        long coldStart = System.nanoTime();
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(200);
        long cold = (System.nanoTime() - coldStart) / 1_000_000;
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(200);
        }
        long[] millis = new long[RUNS];
        int bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            millis[i] = (System.nanoTime() - started) / 1_000_000;
            bytes = response.getContentAsByteArray().length;
        }
        Arrays.sort(millis);
        return String.format("  %-40s first %5d   median %4d   p95 %4d   max %4d   (%,d bytes)", name, cold,
                millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1], bytes);
    }

    /** Bulk inserts with generate_series; every choice is a hash of the row's numbers, so each run seeds the same. */
    private long seed(CourseModule module, long instructorId) {
        long started = System.nanoTime();
        List<String> questions = module.quiz().questions().stream().map(QuizQuestion::id).toList();
        List<String> items = module.lab().checklist().stream().map(ChecklistItem::id).toList();
        List<String> prompts = module.predictions().stream().map(Prediction::id).toList();
        List<String> sections = module.sections().stream().map(LessonSection::id).toList();
        jdbc.sql("""
                insert into app_user (email, display_name, password_hash)
                select 'learner-' || n || '@bench.example', 'Learner ' || lpad(n::text, 5, '0'), 'not a hash'
                  from generate_series(1, :learners) n
                """).param("learners", LEARNERS).update();
        jdbc.sql("""
                insert into quiz_attempt (user_id, module_slug, rubric_graded, score, passed, submitted_at)
                select u.id, :slug, true, ((u.id * 7 + a) % 9) / 8.0, (u.id * 7 + a) % 9 >= 6,
                       now() - make_interval(days => a)
                  from app_user u cross join generate_series(1, 2) a
                 where u.email like '%@bench.example'
                """).param("slug", module.slug()).update();
        jdbc.sql("""
                with q(question_id, ord) as (select * from unnest(cast(array[:questions] as varchar[])) with ordinality)
                insert into quiz_answer (attempt_id, question_id, question_number, answer, verdict, score, feedback)
                select t.id, q.question_id, 'Q' || q.ord, 'A benchmark answer about VRAM and context length.',
                       (array['correct', 'partial', 'incorrect'])[1 + (t.id + q.ord) % 3], ((t.id + q.ord) % 3) / 2.0,
                       jsonb_build_object('rubric', true,
                           'found', jsonb_build_array(jsonb_build_object('concept', 'VRAM', 'quote', 'VRAM')),
                           'missing', case (t.id * q.ord) % 4
                                          when 0 then '[]'::jsonb
                                          when 1 then jsonb_build_array('context length')
                                          when 2 then jsonb_build_array('context length', 'quantization')
                                          else jsonb_build_array('batch size') end,
                           'misconceptions', case (t.id + 2 * q.ord) % 5
                                          when 0 then jsonb_build_array(jsonb_build_object('id', 'cpu-bound',
                                                   'feedback', 'The CPU is not what limits this workload.'))
                                          when 1 then jsonb_build_array(jsonb_build_object('id', 'more-ram',
                                                   'feedback', 'System RAM does not replace VRAM.'))
                                          else '[]'::jsonb end)
                  from quiz_attempt t cross join q
                 where t.module_slug = :slug
                """).param("questions", questions).param("slug", module.slug()).update();
        jdbc.sql("""
                insert into quiz_override (answer_id, instructor_id, old_verdict, new_verdict, comment)
                select id, :instructor, verdict, 'correct', 'Benchmark override.' from quiz_answer where id % 100 = 0
                """).param("instructor", instructorId).update();
        jdbc.sql("""
                insert into lab_work (user_id, module_slug)
                select id, :slug from app_user where email like '%@bench.example' and id % 5 <> 0
                """).param("slug", module.slug()).update();
        jdbc.sql("""
                with i(item_id, ord) as (select * from unnest(cast(array[:items] as varchar[])) with ordinality)
                insert into lab_verdict (user_id, module_slug, item_id, step, item_index, verdict, evidence)
                select w.user_id, w.module_slug, i.item_id, '1', i.ord - 1,
                       (array['pass', 'needs-attention', 'fail', 'self-attested', 'not-done'])[1 + (w.user_id * i.ord) % 5],
                       'Benchmark evidence for item ' || i.ord
                  from lab_work w cross join i
                 where w.module_slug = :slug
                """).param("items", items).param("slug", module.slug()).update();
        jdbc.sql("""
                with p(prompt_id, ord) as (select * from unnest(cast(array[:prompts] as varchar[])) with ordinality)
                insert into prediction (user_id, module_slug, prompt_id, body)
                select u.id, :slug, p.prompt_id, 'I predict the GPU memory runs out first.'
                  from app_user u cross join p
                 where u.email like '%@bench.example' and (u.id + p.ord) % 3 <> 0
                """).param("prompts", prompts).param("slug", module.slug()).update();
        jdbc.sql("""
                with s(section_id, ord) as (select * from unnest(cast(array[:sections] as varchar[])) with ordinality)
                insert into section_read (user_id, module_slug, section_id)
                select u.id, :slug, s.section_id
                  from app_user u cross join s
                 where u.email like '%@bench.example' and (u.id + s.ord) % 4 <> 0
                """).param("sections", sections).param("slug", module.slug()).update();
        jdbc.sql("analyze").update();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private String counts() {
        return jdbc.sql("""
                select format('%s learners, %s attempts, %s answers, %s overrides, %s lab verdicts, %s predictions, %s sections read',
                       (select count(*) from app_user where role = 'LEARNER'), (select count(*) from quiz_attempt),
                       (select count(*) from quiz_answer), (select count(*) from quiz_override),
                       (select count(*) from lab_verdict), (select count(*) from prediction),
                       (select count(*) from section_read))
                """).query(String.class).single();
    }
}
