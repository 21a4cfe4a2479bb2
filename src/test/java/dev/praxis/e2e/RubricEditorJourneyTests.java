package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.ContentCopyServerTest;
import dev.praxis.ContentTrees;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.content.ContentLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rubric editor's journey to its outcome, in a real browser: a learner's answer is graded by a drafted rubric;
 * an instructor opens the rubric, meets a line-precise error, tries the learner's answer against an edit (and sees how
 * the cohort's answers would change), saves it as the module's grading file and regrades; the learner then sees the
 * new verdict. The content is the shared writable copy of the course ({@link ContentCopyServerTest}, not the
 * {@link BrowserTest}s' tree, since the test writes a grading file) plus one module without a grading file, under a
 * name no earlier run used.
 */
@ContentCopyServerTest
class RubricEditorJourneyTests {

    /**
     * A module of its own per run: the answers, drafts and overrides an earlier run left in a shared database belong
     * to another module, so "Regraded 1 past answer" counts only this run's learner.
     */
    private static final String SLUG = "praxis-tests/rubric-editor-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String MODULE = """
            ---
            title: "Backups that restore"
            ---

            ## Quiz

            **Q1.** Nightly database backups have run for a year and nobody has ever restored one. The team lead asks
            whether the data is safe. What do you do?

            <details>
            <summary>Answer</summary>

            Restore the latest backup into a scratch database now, and make that restore a scheduled job. A backup that
            has never been restored is not known to work: dumps can be empty, truncated or missing a schema.

            </details>
            """;
    private static final String LEARNER_ANSWER = "Set up a monthly test recovery onto a spare server, because an "
            + "untested backup may turn out to be useless.";
    private static final String EDITED = """
            module: "%s"
            questions:
              Q1:
                concepts:
                  - id: restore
                    label: "Restores a backup to prove it works; a test recovery counts"
                    weight: 2
                    required: true
                    phrases: ["restore", "test recovery", "recover * backup"]
                  - id: unknown
                    label: "A backup never restored is not known to work"
                    weight: 1
                    phrases: ["untested", "never * tested", "known to work"]
            """.formatted(SLUG);

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentLibrary library;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anInstructorEditsTriesSavesAndRegradesAndTheLearnerSeesTheNewVerdict() throws IOException {
        ContentTrees.addModule(library, SLUG, MODULE);
        browser.reset("http://localhost:" + port, "RubricEditorJourneyTests.journey");
        PraxisUser learner = TestUsers.create(accounts, jdbc, "rubric-learner", Role.LEARNER);
        PraxisUser instructor = TestUsers.create(accounts, jdbc, "rubric-instructor", Role.INSTRUCTOR);

        browser.signIn(learner.getUsername(), TestUsers.PASSWORD);
        browser.open("/quiz/" + SLUG + "/");
        browser.find("textarea[data-question-id]").sendKeys(LEARNER_ANSWER);
        browser.clickAndWaitForNewPage(browser.find("form[data-quiz-form] button[type=submit]"));
        String attempt = browser.currentPath();
        assertThat(attempt).matches("/quiz/attempts/\\d+");
        String drafted = verdict();
        assertThat(drafted).as("the drafted rubric's verdict").isNotEqualTo("correct");
        browser.screenshot("1-learner-drafted-verdict");
        browser.signOut();

        browser.signIn(instructor.getUsername(), TestUsers.PASSWORD);
        browser.open("/instructor/rubrics/" + SLUG);
        assertThat(browser.find("[data-rubric-source]").getText()).isEqualTo("drafted");
        assertThat(value("#rubric-yaml")).contains("module: \"" + SLUG + "\"", "Q1:", "decision");

        setValue("#rubric-yaml", EDITED.replace("weight: 1\n", "weight: heavy\n"));
        browser.clickAndWaitForNewPage(browser.find("[data-rubric-try]"));
        assertThat(browser.find("[data-rubric-error]").getText()).contains("line 12");
        assertThat(value("#rubric-yaml")).as("the edit is kept").contains("weight: heavy");
        browser.screenshot("2-line-precise-error");

        setValue("#rubric-yaml", EDITED);
        new Select(browser.find("#rubric-question")).selectByValue("Q1");
        browser.fill("#rubric-answer", "Do a test recovery of last night's dump on a spare box: a backup that is "
                + "untested could be empty.");
        browser.clickAndWaitForNewPage(browser.find("[data-rubric-try]"));
        assertThat(browser.find("[data-trial-verdict]").getText()).isEqualTo("correct");
        List<WebElement> cohort = browser.findAll("[data-rubric-cohort] tbody tr");
        assertThat(cohort).extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row).contains(LEARNER_ANSWER, drafted + " correct"));
        browser.screenshot("3-tried-with-cohort");

        browser.clickAndWaitForNewPage(browser.find("[data-rubric-save]"));
        assertThat(browser.find("[role=status]").getText()).startsWith("Saved as this module's grading file");
        assertThat(browser.find("[data-rubric-source]").getText()).isEqualTo("authored");
        assertThat(Files.readString(library.root().resolve(SLUG + ".grading.yaml"))).isEqualTo(EDITED);

        browser.clickAndWaitForNewPage(browser.find("[data-rubric-regrade]"));
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Regraded 1 past answer; 1 changed verdict.");
        browser.screenshot("4-saved-and-regraded");
        browser.signOut();

        browser.signIn(learner.getUsername(), TestUsers.PASSWORD);
        browser.open(attempt);
        assertThat(verdict()).isEqualTo("correct");
        assertThat(browser.find(".answer-feedback").getText()).doesNotContain("Provisional verdict");
        browser.screenshot("5-learner-new-verdict");
    }

    private static String verdict() {
        return browser.find(".answer-feedback h2 .badge").getText();
    }

    private static String value(String css) {
        return browser.find(css).getDomProperty("value");
    }

    private static void setValue(String css, String text) {
        browser.script("arguments[0].value = arguments[1]", browser.find(css), text);
    }
}
