package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A learner keeps control of the account: a new password, a reset link from an admin, a pause an admin lifts. */
class AccountSecurityBrowserTests extends BrowserTest {

    static final String NEW_PASSWORD = "seven green lanterns by the quay";

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    /** Every browser test signs in from this machine's address: the failures made here must not pause the next. */
    @AfterEach
    void forgetTheSignInFailures() {
        jdbc.sql("delete from sign_in_bucket").update();
    }

    @Test
    void aLearnerChangesTheirPasswordAndSignsInWithTheNewOne() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "changer", Role.LEARNER);
        browser.signIn(learner.email(), TestUsers.PASSWORD);
        browser.open("/settings");
        browser.clickAndWaitForNewPage(browser.find("main a[href='/account']"));

        browser.fill("#currentPassword", TestUsers.PASSWORD).fill("#newPassword", "password1234");
        browser.clickAndWaitForNewPage(browser.find("form[action$='/account/password'] button"));
        assertThat(browser.find("#newPassword-error").getText()).contains("common passwords");
        browser.screenshot("1-common-password-refused");

        browser.fill("#currentPassword", TestUsers.PASSWORD).fill("#newPassword", NEW_PASSWORD);
        browser.clickAndWaitForNewPage(browser.find("form[action$='/account/password'] button"));
        assertThat(browser.find("[role=status]").getText()).startsWith("Password changed.");
        browser.screenshot("2-password-changed");

        browser.signOut();
        browser.signIn(learner.email(), NEW_PASSWORD);
        assertThat(browser.signedInName()).isEqualTo(learner.displayName());
    }

    @Test
    void anAdminIssuesAResetLinkThatWorksOnce() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "forgetful", Role.LEARNER);
        PraxisUser admin = TestUsers.create(accounts, jdbc, "reset-admin", Role.ADMIN);
        browser.signIn(admin.email(), TestUsers.PASSWORD);
        browser.open("/admin/users");
        browser.clickAndWaitForNewPage(rowOf(learner).findElement(By.cssSelector("form[action$='/reset-link'] button")));
        String link = browser.find("#reset-link").getText();
        assertThat(link).contains("/account/reset/");
        browser.screenshot("1-reset-link-issued");
        browser.signOut();

        browser.driver().get(link);
        assertThat(browser.find("main").getText()).contains(learner.email());
        browser.fill("#newPassword", NEW_PASSWORD);
        browser.clickAndWaitForNewPage(browser.find("main form button[type=submit]"));
        assertThat(browser.currentPath()).isEqualTo("/login?reset");
        assertThat(browser.find("[role=status]").getText()).contains("Your password was changed");
        browser.screenshot("2-reset-done");

        browser.signIn(learner.email(), NEW_PASSWORD);
        browser.signOut();
        browser.driver().get(link);
        assertThat(browser.find("[role=alert]").getText()).contains("does not work");
        browser.screenshot("3-link-used-up");
    }

    @Test
    void aPausedAccountShowsThePauseAndAnAdminUnlocksIt() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "paused", Role.LEARNER);
        for (int i = 0; i < 5; i++) {
            browser.open("/login");
            browser.fill("#username", learner.email()).fill("#password", "not my password " + i);
            browser.clickAndWaitForNewPage(browser.find("main form button[type=submit]"));
            assertThat(browser.currentPath()).isEqualTo("/login?error");
        }
        browser.open("/login");
        browser.fill("#username", learner.email()).fill("#password", TestUsers.PASSWORD);
        browser.clickAndWaitForNewPage(browser.find("main form button[type=submit]"));
        assertThat(browser.find("[role=alert]").getText())
                .contains("Sign-in to this account is paused here").containsPattern("about \\d+ minutes?")
                .contains("ask an admin to unlock");
        browser.screenshot("1-paused");

        PraxisUser admin = TestUsers.create(accounts, jdbc, "unlock-admin", Role.ADMIN);
        browser.signIn(admin.email(), TestUsers.PASSWORD);
        browser.open("/admin/users");
        WebElement signIn = signInCellOf(learner);
        assertThat(signIn.getText()).startsWith("paused");
        browser.clickAndWaitForNewPage(signIn.findElement(By.cssSelector("form[action$='/unlock'] button")));
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Sign-in unlocked for " + learner.displayName() + ".");
        assertThat(signInCellOf(learner).getText()).startsWith("open").doesNotContain("paused");
        browser.screenshot("2-unlocked");
        browser.signOut();

        browser.signIn(learner.email(), TestUsers.PASSWORD);
        assertThat(browser.signedInName()).isEqualTo(learner.displayName());
    }

    /** The "Sign-in" column of the user's row: "paused" with an Unlock button, or "open". */
    private WebElement signInCellOf(PraxisUser user) {
        return rowOf(user).findElement(By.xpath("td[5]"));
    }

    private WebElement rowOf(PraxisUser user) {
        return browser.driver().findElement(By.xpath("//tbody/tr[td[2][normalize-space()='" + user.email() + "']]"));
    }
}
