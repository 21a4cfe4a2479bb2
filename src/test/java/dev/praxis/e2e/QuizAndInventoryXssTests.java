package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile text typed as a quiz answer or pasted as an inventory stays text on the pages that show it back: the quiz
 * feedback page, the inventory page that re-fills a refused paste, and the upload's detail page.
 */
class QuizAndInventoryXssTests extends BrowserTest {

    private static final String QUIZ = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    private static final int SAMPLE = 10;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    /** Ten payloads spread evenly over the corpus, so each kind of attack is represented and the test stays quick. */
    static List<String> payloads() {
        List<String> all = XssPayloads.upTo(20_000);
        return IntStream.range(0, SAMPLE).mapToObj(i -> all.get(i * all.size() / SAMPLE)).toList();
    }

    @Test
    void hostileQuizAnswersAreInertOnTheFeedbackPage() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "xss-quiz", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD);
        for (String payload : payloads()) {
            browser.open("/quiz/" + QUIZ + "/");
            XssProbe.submit(browser, "#answer-Q1", payload);
            assertThat(browser.currentPath()).as("feedback for %s", payload).startsWith("/quiz/attempts/");
            XssProbe.assertInert(browser.driver(), payload, "the quiz feedback page");
            XssProbe.assertShownLiterally(browser.find(".answer-feedback .answer-feedback__answer"), payload);
        }
    }

    @Test
    void hostilePastedInventoriesAreInertWhenRefusedAndOnTheUploadPage() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "xss-inventory", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD);
        for (String payload : payloads()) {
            browser.open("/inventory");
            XssProbe.submit(browser, "#paste", payload);
            XssProbe.assertInert(browser.driver(), payload, "the inventory page with the refused paste");
            assertThat(browser.find("#paste").getDomProperty("value")).as("paste kept").isEqualTo(payload);

            long upload = jdbc.sql("select max(id) from inventory_upload where user_id = :id")
                    .param("id", learner.id()).query(Long.class).single();
            browser.open("/inventory/uploads/" + upload);
            XssProbe.assertInert(browser.driver(), payload, "the upload's page");
            XssProbe.assertShownLiterally(browser.find("pre.raw-upload"), payload);
        }
    }
}
