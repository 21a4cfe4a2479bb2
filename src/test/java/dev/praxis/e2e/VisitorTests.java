package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visitor who is not signed in reads the catalog and the lessons; predicting, the quiz, the lab and progress ask
 * them to sign in and then bring them back; a wrong address is a real "page not found".
 */
class VisitorTests extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVisitorReadsTheCatalogAndALessonAndIsAskedToSignInToDoAnything() {
        browser.open("/catalog");
        assertThat(browser.find("h1").getText()).isEqualTo("Catalog");
        assertThat(browser.findAll("main progress")).as("no progress bars for a visitor").isEmpty();
        browser.clickAndWaitForNewPage(browser.find("main a[href='" + Flagship.LESSON + "']"));
        assertThat(browser.currentPath()).isEqualTo(Flagship.LESSON);
        assertThat(browser.find("h1").getText()).isEqualTo(Flagship.TITLE);
        assertThat(browser.find(".lesson__visitor").getText()).contains("You are reading as a visitor");
        assertThat(browser.findAll("form[data-prediction-form]")).as("no prediction form for a visitor").isEmpty();
        assertThat(browser.findAll(".prediction__sign-in a")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.getText()).isEqualTo("Sign in to commit your prediction"));
        browser.screenshot("visitor-lesson");

        browser.open(Flagship.QUIZ);
        assertThat(browser.currentPath()).as("the quiz asks to sign in").startsWith("/login");
        browser.open("/progress");
        assertThat(browser.currentPath()).as("progress asks to sign in").startsWith("/login");
        browser.open(Flagship.LAB);
        assertThat(browser.currentPath()).as("the lab asks to sign in").startsWith("/login");
    }

    @Test
    void signingInFromAPredictionBringsTheLearnerBackToIt() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "visitor-returns", Role.LEARNER);
        browser.open(Flagship.LESSON);
        browser.clickAndWaitForNewPage(browser.find(".prediction__sign-in a"));
        assertThat(browser.currentPath()).startsWith("/login");
        browser.fill("#username", learner.getUsername()).fill("#password", TestUsers.PASSWORD);
        browser.clickAndWaitForNewPage(browser.find("main form button[type=submit]"));
        assertThat(browser.currentPath()).isEqualTo(Flagship.LESSON + "#prompt-1");
        assertThat(browser.findAll("#prompt-1 form[data-prediction-form] textarea")).hasSize(1);
    }

    @Test
    void aWrongAddressIsPageNotFoundNotASignInPage() {
        browser.open("/no/such/page");
        assertThat(browser.currentPath()).isEqualTo("/no/such/page");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        browser.open("/modules/no/such/module/");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        browser.screenshot("visitor-404");
    }
}
