package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The learner's way in so far, and the admin who makes that learner an instructor, through the real pages. */
class JourneyTests extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLearnerRegistersComesBackRememberedAndIsMadeAnInstructorByAnAdmin() {
        String email = TestUsers.uniqueEmail("journey");
        browser.register(email, "Journey Learner", TestUsers.PASSWORD);
        assertThat(browser.find("[role=status]").getText()).contains("Welcome to Praxis");
        browser.screenshot("1-registered-home");

        browser.signOut();
        assertThat(browser.find("[role=status]").getText()).isEqualTo("You have signed out.");
        browser.screenshot("2-signed-out");

        browser.signIn(email, TestUsers.PASSWORD, true);
        assertThat(browser.driver().manage().getCookieNamed("remember-me")).as("remember-me cookie").isNotNull();
        browser.screenshot("3-signed-in-remembered");

        forgetTheSession();
        browser.open("/");
        assertThat(browser.signedInName()).as("signed in by the remember-me cookie alone").isEqualTo("Journey Learner");
        assertThat(browser.findAll("header a[href='/admin/users']")).as("admin link for a learner").isEmpty();
        browser.signOut();

        PraxisUser admin = TestUsers.create(accounts, jdbc, "journey-admin", Role.ADMIN);
        browser.signIn(admin.getUsername(), TestUsers.PASSWORD);
        browser.clickAndWaitForNewPage(browser.find("header a[href='/admin/users']"));
        browser.screenshot("4-admin-users");
        WebElement row = browser.driver().findElement(By.xpath("//tbody/tr[td[2][normalize-space()='"
                + AccountService.canonicalEmail(email) + "']]"));
        assertThat(new Select(row.findElement(By.tagName("select"))).getFirstSelectedOption().getText())
                .isEqualTo("LEARNER");
        new Select(row.findElement(By.tagName("select"))).selectByVisibleText("INSTRUCTOR");
        browser.clickAndWaitForNewPage(row.findElement(By.tagName("button")));
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Role updated.");
        browser.screenshot("5-role-updated");
        WebElement updated = browser.driver().findElement(By.xpath("//tbody/tr[td[2][normalize-space()='"
                + AccountService.canonicalEmail(email) + "']]//select"));
        assertThat(new Select(updated).getFirstSelectedOption().getText()).isEqualTo("INSTRUCTOR");
        assertThat(accounts.loadUserByUsername(email).role()).isEqualTo(Role.INSTRUCTOR);
        browser.signOut();

        browser.signIn(email, TestUsers.PASSWORD);
        assertThat(browser.findAll("header a[href='/instructor']")).as("the instructor's cohort link").hasSize(1);
        browser.screenshot("6-instructor-home");
    }

    /** As if the browser had been closed: the session cookie goes, the remember-me cookie stays. */
    private void forgetTheSession() {
        for (Cookie cookie : browser.driver().manage().getCookies()) {
            if (!"remember-me".equals(cookie.getName())) {
                browser.driver().manage().deleteCookie(cookie);
            }
        }
    }
}
