package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** axe-core on every page that exists, in the light and the dark theme: no serious or critical violation. */
class AccessibilityTests extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    void pagesForVisitorsPassAxe(String theme) {
        browser.open("/").chooseTheme(theme);
        check("home", theme);
        browser.open("/login");
        check("sign-in", theme);
        browser.open("/login?error");
        check("sign-in with an error", theme);
        browser.open("/register");
        check("register", theme);
        XssProbe.submit(browser, "#displayName", "");
        assertThat(browser.findAll(".field__error")).as("field errors after an empty registration").hasSize(3);
        check("register with errors", theme);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    void pagesForLearnersPassAxe(String theme) {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "a11y-learner", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD).chooseTheme(theme);
        check("home signed in", theme);
        browser.open("/admin/users");
        assertThat(browser.find("h1").getText()).isEqualTo("You do not have access to this page");
        check("403", theme);
        browser.open("/no/such/page");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        check("404", theme);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    void adminPagesPassAxe(String theme) {
        PraxisUser admin = TestUsers.create(accounts, jdbc, "a11y-admin", Role.ADMIN);
        browser.signIn(admin.getUsername(), TestUsers.PASSWORD).chooseTheme(theme);
        browser.open("/admin/users");
        assertThat(browser.find("h1").getText()).isEqualTo("Users and roles");
        check("admin users", theme);
    }

    private void check(String page, String theme) {
        assertThat(browser.theme()).isEqualTo(theme);
        browser.screenshot(page + "-" + theme);
        Accessibility.assertNoSeriousViolations(browser.driver(), page + " (" + theme + " theme)");
    }
}
