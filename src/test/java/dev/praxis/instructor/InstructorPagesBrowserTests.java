package dev.praxis.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.e2e.Accessibility;
import dev.praxis.e2e.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cohort dashboard and a learner's record in a real browser: axe-core finds no serious violation. */
class InstructorPagesBrowserTests extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentLibrary library;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    void dashboardAndLearnerRecordPassAxe(String theme) {
        String marker = "a11y" + UUID.randomUUID().toString().substring(0, 8);
        PraxisUser instructor = TestUsers.create(accounts, jdbc, "a11y-instructor", Role.INSTRUCTOR);
        long learner = accounts.register(marker + "@example.org", "Grace " + marker, TestUsers.PASSWORD);
        CourseModule flagship = library.module(CohortDashboardTests.FLAGSHIP);
        CohortSeed seed = new CohortSeed(jdbc);
        long attempt = seed.attempt(learner, flagship.slug(), true, 0.5, false);
        seed.answer(attempt, flagship.quiz().questions().get(0).id(), "partial", null,
                CohortSeed.feedback("[\"VRAM\"]", "[{\"id\":\"cpu-bound\",\"feedback\":\"Not the CPU.\"}]"));
        seed.labWork(learner, flagship.slug());
        seed.verdict(learner, flagship.slug(), flagship.lab().checklist().get(0).id(), 0, "pass", "16 GB of VRAM.");
        seed.upload(learner, "parsed", null);

        browser.signIn(instructor.getUsername(), TestUsers.PASSWORD).chooseTheme(theme);
        browser.open("/instructor?q=" + marker);
        assertThat(browser.find("h1").getText()).isEqualTo("Cohort");
        assertThat(browser.findAll(".cohort__table tbody th[scope=row] a")).hasSize(1);
        check("cohort dashboard", theme);

        browser.clickAndWaitForNewPage(browser.find(".cohort__table tbody th[scope=row] a"));
        assertThat(browser.find("h1").getText()).isEqualTo("Grace " + marker);
        check("learner record", theme);
    }

    private void check(String page, String theme) {
        assertThat(browser.theme()).isEqualTo(theme);
        browser.screenshot(page + "-" + theme);
        Accessibility.assertNoSeriousViolations(browser.driver(), page + " (" + theme + " theme)");
    }
}
