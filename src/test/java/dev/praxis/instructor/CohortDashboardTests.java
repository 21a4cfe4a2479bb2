package dev.praxis.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.content.ChecklistItem;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.content.QuizQuestion;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

@IntegrationTest
class CohortDashboardTests {

    static final String FLAGSHIP = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentLibrary library;

    @Autowired
    CohortService cohort;

    CohortSeed seed;
    PraxisUser instructor;
    String marker;

    @BeforeEach
    void setUp() {
        seed = new CohortSeed(jdbc);
        instructor = TestUsers.create(accounts, jdbc, "cohort-instructor", Role.INSTRUCTOR);
        marker = "cohort" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A learner whose name and email carry this test's marker, so a search finds exactly this test's learners. */
    PraxisUser learner(String name) {
        String email = marker + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        accounts.register(email, name + " " + marker, TestUsers.PASSWORD);
        return accounts.loadUserByUsername(email);
    }

    @Nested
    @DisplayName("statistics of a module")
    class Statistics {

        CourseModule module;
        List<QuizQuestion> questions;
        List<ChecklistItem> items;

        /**
         * The flagship module under a slug of its own, so the facts seeded here are the only ones counted even when
         * other tests wrote attempts for the real flagship.
         */
        @BeforeEach
        void isolatedModule() {
            CourseModule flagship = library.module(FLAGSHIP);
            module = new CourseModule(flagship.path(), "stats-" + marker, flagship.url(), flagship.language(),
                    flagship.translationKey(), flagship.title(), flagship.description(), flagship.order(),
                    flagship.sidebarLabel(), flagship.hidden(), flagship.landing(), flagship.header(),
                    flagship.frontMatter(), flagship.parts(), flagship.toc(), flagship.sections(),
                    flagship.predictions(), flagship.quiz(), flagship.lab(), flagship.counts(), flagship.links(),
                    flagship.problems());
            questions = module.quiz().questions();
            items = module.lab().checklist();
        }

        @Test
        void quizStatisticsCountEffectiveVerdictsAndTheMostFrequentFeedback() {
            String slug = module.slug();
            PraxisUser ada = learner("Ada");
            PraxisUser ben = learner("Ben");
            PraxisUser cy = learner("Cy");
            String q1 = questions.get(0).id();
            String q2 = questions.get(1).id();
            String q3 = questions.get(2).id();
            String q4 = questions.get(3).id();
            String cpu = "{\"id\":\"cpu-bound\",\"feedback\":\"The CPU is not what limits the model.\"}";
            String ram = "{\"id\":\"more-ram\",\"feedback\":\"System RAM does not replace VRAM.\"}";

            long adaAttempt = seed.attempt(ada.id(), slug, true, 0.75, true);
            seed.answer(adaAttempt, q1, "correct", null, CohortSeed.feedback("[]", "[]"));
            seed.answer(adaAttempt, q2, "partial", null,
                    CohortSeed.feedback("[\"VRAM\",\"context length\"]", "[" + cpu + "]"));

            long benFirst = seed.attempt(ben.id(), slug, true, 0, false);
            long overriddenToCorrect = seed.answer(benFirst, q1, "incorrect", null,
                    CohortSeed.feedback("[\"VRAM\"]", "[" + cpu + "]"));
            seed.override(overriddenToCorrect, instructor.id(), "correct", 5);
            seed.answer(benFirst, q2, "incorrect", null,
                    CohortSeed.feedback("[\"context length\"]", "[" + cpu + "," + ram + "]"));

            long benSecond = seed.attempt(ben.id(), slug, true, 0.25, false);
            long overriddenTwice = seed.answer(benSecond, q1, "correct", null,
                    CohortSeed.feedback("[\"power supply\"]", "[]"));
            seed.override(overriddenTwice, instructor.id(), "partial", 10);
            seed.override(overriddenTwice, instructor.id(), "incorrect", 2);
            seed.answer(benSecond, q2, "partial", null, CohortSeed.feedback("[\"context length\"]", "[" + ram + "]"));

            long selfAssessed = seed.attempt(cy.id(), slug, false, 0.5, false);
            seed.answer(selfAssessed, q3, "ungraded", "partial", "{\"rubric\":false,\"found\":[],\"missing\":[],\"misconceptions\":[]}");
            seed.answer(selfAssessed, q4, "ungraded", null, "{\"rubric\":false,\"found\":[],\"missing\":[],\"misconceptions\":[]}");

            long instructorsOwn = seed.attempt(instructor.id(), slug, true, 1, true);
            seed.answer(instructorsOwn, q1, "correct", null, CohortSeed.feedback("[\"not a learner\"]", "[]"));

            List<QuestionStats> stats = cohort.stats(module).questions();

            assertThat(stats).hasSize(questions.size());
            QuestionStats first = stats.get(0);
            assertThat(first.attempts()).isEqualTo(3);
            assertThat(first.meanScore()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(first.meanPercent()).isEqualTo(67);
            assertThat(first.mostMissed()).isEqualTo(new Frequent("power supply", null, 1));
            assertThat(first.mostMisconceived()).as("the only cpu-bound flag on Q1 was overridden to correct").isNull();

            QuestionStats second = stats.get(1);
            assertThat(second.attempts()).isEqualTo(3);
            assertThat(second.meanPercent()).isEqualTo(33);
            assertThat(second.mostMissed()).isEqualTo(new Frequent("context length", null, 3));
            assertThat(second.mostMisconceived()).as("a tie of two goes to the id that sorts first")
                    .isEqualTo(new Frequent("cpu-bound", "The CPU is not what limits the model.", 2));

            assertThat(stats.get(2).attempts()).isEqualTo(1);
            assertThat(stats.get(2).meanPercent()).as("self-assessed partial").isEqualTo(50);
            assertThat(stats.get(3).meanPercent()).as("never self-assessed counts as incorrect").isZero();
            assertThat(stats.get(4).attempts()).isZero();
            assertThat(stats.get(4).meanScore()).isNull();
            assertThat(stats.get(4).mostMissed()).isNull();
        }

        @Test
        void labPassRatesCountPassAndSelfAttestedOverLearnersWithLabWork() {
            String slug = module.slug();
            PraxisUser ada = learner("Ada");
            PraxisUser ben = learner("Ben");
            PraxisUser noWork = learner("Cy");
            seed.labWork(ada.id(), slug);
            seed.labWork(ben.id(), slug);
            seed.labWork(instructor.id(), slug);
            seed.verdict(ada.id(), slug, items.get(0).id(), 0, "pass", "16 GB of VRAM reported.");
            seed.verdict(ada.id(), slug, items.get(1).id(), 1, "self-attested", "The learner says so.");
            seed.verdict(ada.id(), slug, items.get(2).id(), 2, "fail", "No disk reported.");
            seed.verdict(ben.id(), slug, items.get(0).id(), 0, "pass", "24 GB of VRAM reported.");
            seed.verdict(ben.id(), slug, items.get(1).id(), 1, "needs-attention", "Driver too old.");
            seed.verdict(ben.id(), slug, items.get(2).id(), 2, "not-done", "Not answered.");
            seed.verdict(noWork.id(), slug, items.get(0).id(), 0, "pass", "Stale verdict without lab work.");
            seed.verdict(instructor.id(), slug, items.get(2).id(), 2, "pass", "An instructor trying the lab.");

            ModuleStats stats = cohort.stats(module);

            assertThat(stats.labLearners()).isEqualTo(2);
            assertThat(stats.items()).hasSize(items.size());
            assertThat(stats.items().subList(0, 4)).extracting(ItemPassRate::passed, ItemPassRate::learners,
                            ItemPassRate::percent)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 2L, 100),
                            org.assertj.core.groups.Tuple.tuple(1L, 2L, 50),
                            org.assertj.core.groups.Tuple.tuple(0L, 2L, 0),
                            org.assertj.core.groups.Tuple.tuple(0L, 2L, 0));
        }

        @Test
        void aModuleNobodyStartedHasEmptyStatistics() {
            ModuleStats stats = cohort.stats(module);

            assertThat(stats.questions()).allSatisfy(question -> assertThat(question.attempts()).isZero());
            assertThat(stats.labLearners()).isZero();
            assertThat(stats.items()).allSatisfy(item -> assertThat(item.percent()).isNull());
        }
    }

    @Nested
    @DisplayName("the dashboard page")
    class Dashboard {

        @Test
        void listsMatchingLearnersWithTheirProgressAndTheStatistics() throws Exception {
            PraxisUser ada = learner("Ada");
            learner("Ben");
            long attempt = seed.attempt(ada.id(), FLAGSHIP, true, 0.8125, true);
            seed.answer(attempt, library.module(FLAGSHIP).quiz().questions().get(0).id(), "correct", null,
                    CohortSeed.feedback("[]", "[]"));

            mvc.perform(get("/instructor").param("q", marker).with(user(instructor)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Learners 1–2 of 2")))
                    .andExpect(content().string(containsString("href=\"/instructor/learners/" + ada.id() + "\"")))
                    .andExpect(content().string(containsString("Ada " + marker)))
                    .andExpect(content().string(containsString("quiz 81%")))
                    .andExpect(content().string(containsString("not started")))
                    .andExpect(content().string(containsString("Quiz, question by question")))
                    .andExpect(content().string(containsString("Lab checklist pass rates")))
                    .andExpect(content().string(containsString("refreshed at most every <span>30</span> seconds")));
        }

        @Test
        void searchMatchesEmailsAndTreatsWildcardsLiterally() throws Exception {
            learner("Ada");

            mvc.perform(get("/instructor").param("q", marker.toUpperCase() + "-").with(user(instructor)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Learners 1–1 of 1")));
            mvc.perform(get("/instructor").param("q", marker + "%").with(user(instructor)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("No learner matches.")));
        }

        @Test
        void pagesAHundredLearnersAtATimeAndClampsPagesPastTheEnd() throws Exception {
            jdbc.sql("""
                            insert into app_user (email, display_name, password_hash)
                            select :marker || '-' || n || '@example.org', 'Bulk ' || :marker || ' ' || lpad(n::text, 3, '0'), 'x'
                              from generate_series(1, 150) n
                            """)
                    .param("marker", marker).update();

            mvc.perform(get("/instructor").param("q", marker).param("page", "2").with(user(instructor)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Learners 101–150 of 150")))
                    .andExpect(content().string(containsString("Page 2 of 2")))
                    .andExpect(content().string(containsString("Bulk " + marker + " 101")))
                    .andExpect(content().string(not(containsString("Bulk " + marker + " 100<"))));
            mvc.perform(get("/instructor").param("q", marker).param("page", "99").with(user(instructor)))
                    .andExpect(content().string(containsString("Page 2 of 2")));
        }

        @Test
        void anUnknownModuleIsNotFound() throws Exception {
            mvc.perform(get("/instructor").param("module", "no/such/module").with(user(instructor)))
                    .andExpect(status().isNotFound());
        }

        @Test
        void learnersAreForbiddenFromEveryInstructorPage() throws Exception {
            PraxisUser ada = learner("Ada");
            for (String path : List.of("/instructor", "/instructor/learners/" + ada.id(), "/instructor/cohort.csv")) {
                mvc.perform(get(path).with(user(ada))).andExpect(status().isForbidden());
            }
        }
    }

    @Nested
    @DisplayName("one learner's record")
    class DrillDown {

        @Test
        void showsProgressAttemptsWithOverrideLinksVerdictsAndTheLatestUpload() throws Exception {
            PraxisUser ada = learner("Ada");
            long attempt = seed.attempt(ada.id(), FLAGSHIP, true, 0.5, false);
            ChecklistItem item = library.module(FLAGSHIP).lab().checklist().get(0);
            seed.labWork(ada.id(), FLAGSHIP);
            seed.verdict(ada.id(), FLAGSHIP, item.id(), 0, "needs-attention", "Only 6 GB of VRAM <detected>.");
            seed.upload(ada.id(), "parsed", null);
            seed.upload(ada.id(), "rejected", "Not an inventory: no CPU line.");

            mvc.perform(get("/instructor/learners/{id}", ada.id()).with(user(instructor)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Ada " + marker)))
                    .andExpect(content().string(containsString("href=\"/quiz/attempts/" + attempt + "\"")))
                    .andExpect(content().string(containsString("50%")))
                    .andExpect(content().string(containsString("needs attention")))
                    .andExpect(content().string(containsString("Only 6 GB of VRAM &lt;detected&gt;.")))
                    .andExpect(content().string(containsString("rejected")))
                    .andExpect(content().string(containsString("Not an inventory: no CPU line.")));
        }

        @Test
        void labVerdictsAreListedInStepOrderThenItemOrder() throws Exception {
            PraxisUser ada = learner("Ada");
            List<ChecklistItem> items = library.module(FLAGSHIP).lab().checklist();
            seed.labWork(ada.id(), FLAGSHIP);
            seed.verdict(ada.id(), FLAGSHIP, "2", items.get(3).id(), 1, "pass", "evidence of step two");
            seed.verdict(ada.id(), FLAGSHIP, "10", items.get(1).id(), 1, "pass", "evidence of step ten");
            seed.verdict(ada.id(), FLAGSHIP, "1", items.get(2).id(), 2, "pass", "evidence of step one, second item");
            seed.verdict(ada.id(), FLAGSHIP, "1", items.get(0).id(), 1, "pass", "evidence of step one, first item");

            String page = mvc.perform(get("/instructor/learners/{id}", ada.id()).with(user(instructor)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            org.assertj.core.api.Assertions.assertThat(page).containsSubsequence("step one, first item",
                    "step one, second item", "step two", "step ten");
        }

        @Test
        void aLearnerWithNothingDoneReadsAsSuch() throws Exception {
            PraxisUser ada = learner("Ada");

            mvc.perform(get("/instructor/learners/{id}", ada.id()).with(user(instructor)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("No quiz attempt yet.")))
                    .andExpect(content().string(containsString("No lab verdict yet.")))
                    .andExpect(content().string(containsString("No inventory uploaded yet.")));
        }

        @Test
        void anUnknownLearnerIsNotFound() throws Exception {
            mvc.perform(get("/instructor/learners/{id}", Long.MAX_VALUE).with(user(instructor)))
                    .andExpect(status().isNotFound());
        }
    }

    @Nested
    @DisplayName("the CSV export")
    class Export {

        @Test
        void oneLinePerLearnerAndModuleEscapedAndSafeFromFormulas() throws Exception {
            PraxisUser hostile = learner("=HYPERLINK(\"http://evil.example\",\"x\")");
            PraxisUser comma = learner("Doe, Jo");
            long attempt = seed.attempt(comma.id(), FLAGSHIP, true, 0.875, true);
            seed.answer(attempt, library.module(FLAGSHIP).quiz().questions().get(0).id(), "correct", null,
                    CohortSeed.feedback("[]", "[]"));
            seed.verdict(comma.id(), FLAGSHIP, library.module(FLAGSHIP).lab().checklist().get(0).id(), 0, "pass", "ok");

            String csv = mvc.perform(get("/instructor/cohort.csv").param("q", marker).with(user(instructor)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", containsString("text/csv")))
                    .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"cohort.csv\"")))
                    .andReturn().getResponse().getContentAsString();

            assertThat(csv).startsWith(String.join(",", CohortCsv.COLUMNS) + "\n");
            assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\") " + marker + "\"");
            List<Map<String, String>> rows = read(csv);
            int modules = cohort.modules().size();
            assertThat(rows).hasSize(2 * modules);
            Map<String, String> flagshipRow = rows.stream()
                    .filter(row -> row.get("learner_id").equals(String.valueOf(comma.id())))
                    .filter(row -> row.get("module").equals(FLAGSHIP))
                    .findFirst().orElseThrow();
            assertThat(flagshipRow).containsEntry("name", "Doe, Jo " + marker)
                    .containsEntry("quiz_best_percent", "88")
                    .containsEntry("lab_passed", "1")
                    .containsEntry("lab_total", String.valueOf(library.module(FLAGSHIP).lab().checklist().size()))
                    .containsEntry("complete", "false");
            assertThat(rows).filteredOn(row -> row.get("learner_id").equals(String.valueOf(hostile.id())))
                    .allSatisfy(row -> assertThat(row.get("name")).startsWith("'=HYPERLINK(\"http://evil.example\""));
        }

        private List<Map<String, String>> read(String csv) {
            try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
                return rows.readAll();
            }
        }
    }
}
