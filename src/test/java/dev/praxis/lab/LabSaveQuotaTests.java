package dev.praxis.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import java.time.Duration;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Lab saves are counted per learner: past the allowance a save is refused with 429 and the wait, the autosave says
 * so in a line the page shows, and the form comes back with the learner's answers as typed. The shared context allows
 * a great many saves (browser tests autosave as they type); these tests use up a small allowance of their own on the
 * same bucket table, as a second instance with other settings would.
 */
@IntegrationTest
class LabSaveQuotaTests {

    static final String SLUG = LabPageTests.SLUG;
    static final String UK_SLUG = "uk/" + SLUG;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    PraxisUser learner;

    @BeforeEach
    void aLearnerWhoJustSavedThreeTimes() {
        learner = TestUsers.create(accounts, jdbc, "lab-saver", Role.LEARNER);
        LabSaveQuota small = new LabSaveQuota(new LabSaveQuota.Settings(3, Duration.ofMinutes(1)), dataSource);
        for (int i = 0; i < 3; i++) {
            small.take(learner.id());
        }
    }

    @Test
    void theFormComesBackWith429TheWaitAndTheAnswersAsTyped() throws Exception {
        mvc.perform(save(SLUG).param("workload", "Local coding models with Ollama every day for four months."))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(content().string(Matchers.containsString("Not saved: this lab was saved very often in the"
                        + " last minute")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*save again in [1-9][0-9]* seconds.*")))
                .andExpect(content().string(Matchers.containsString(
                        ">Local coding models with Ollama every day for four months.</textarea>")));
        assertThat(savedLabs()).isZero();
    }

    @Test
    void theAutosaveIsToldWhenItWillBeTaken() throws Exception {
        mvc.perform(save(SLUG).header(LabController.AUTOSAVE_HEADER, "1").param("unknowns", "GPU model unknown"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(jsonPath("$.message", Matchers.matchesPattern(
                        "saved very often in the last minute, so Praxis saves again in [1-9][0-9]* seconds")));
        assertThat(savedLabs()).isZero();
    }

    @Test
    void aUkrainianLabSaysItInUkrainian() throws Exception {
        mvc.perform(save(UK_SLUG).param("workload", "Локальні моделі щодня."))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(Matchers.containsString("Не збережено: цю лабораторну зберігали дуже"
                        + " часто")));
    }

    private MockHttpServletRequestBuilder save(String slug) {
        return post("/lab/work").with(user(learner)).with(csrf()).param("module", slug);
    }

    private int savedLabs() {
        return jdbc.sql("select count(*) from lab_work where user_id = :id").param("id", learner.id())
                .query(Integer.class).single();
    }
}
