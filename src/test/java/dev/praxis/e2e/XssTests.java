package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hostile display names stay text wherever they are shown: the header after sign-in and the admin users page. */
class XssTests extends BrowserTest {

    private static final int DISPLAY_NAME_LIMIT = 80;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    static Stream<String> displayNames() {
        return XssPayloads.upTo(DISPLAY_NAME_LIMIT).stream();
    }

    @Test
    void theCorpusIsLoadedWhole() {
        assertThat(XssPayloads.all()).hasSizeGreaterThanOrEqualTo(30).allSatisfy(payload ->
                assertThat(payload).hasSizeLessThanOrEqualTo(DISPLAY_NAME_LIMIT));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("displayNames")
    void aHostileDisplayNameStaysTextInTheReFilledFormAndInTheHeader(String payload) {
        browser.open("/register");
        browser.fill("#email", "not an email").fill("#password", TestUsers.PASSWORD);
        XssProbe.submit(browser, "#displayName", payload);
        assertThat(browser.findAll("#email-error")).as("the form came back for the email").hasSize(1);
        XssProbe.assertInert(browser.driver(), payload, "the registration form re-filled with it");
        assertThat(browser.find("#displayName").getDomProperty("value")).as("display name kept in the form")
                .isEqualTo(payload.strip());

        browser.fill("#email", TestUsers.uniqueEmail("xss")).fill("#password", TestUsers.PASSWORD);
        browser.clickAndWaitForNewPage(browser.find("main form button[type=submit]"));
        assertThat(browser.currentPath()).as("registered with display name %s", payload).isEqualTo("/?welcome");
        XssProbe.assertInert(browser.driver(), payload, "home after registering");
        XssProbe.assertShownLiterally(browser.find("header .user-name"), payload);
    }

    @Test
    void hostileDisplayNamesAreShownAsTextOnTheAdminUsersPage() {
        List<String> payloads = XssPayloads.upTo(DISPLAY_NAME_LIMIT);
        List<String> emails = payloads.stream().map(payload -> {
            String email = TestUsers.uniqueEmail("xss-admin");
            accounts.register(email, payload, TestUsers.PASSWORD);
            return email;
        }).toList();
        PraxisUser admin = TestUsers.create(accounts, jdbc, "xss-admin", Role.ADMIN);
        browser.signIn(admin.getUsername(), TestUsers.PASSWORD).open("/admin/users");
        browser.screenshot("admin-users-with-hostile-names");
        XssProbe.assertInert(browser.driver(), "every payload", "the admin users page");
        for (int i = 0; i < payloads.size(); i++) {
            WebElement name = browser.driver().findElement(
                    By.xpath("//tbody/tr[td[2][normalize-space()='" + emails.get(i) + "']]/td[1]"));
            XssProbe.assertShownLiterally(name, payloads.get(i));
        }
    }
}
