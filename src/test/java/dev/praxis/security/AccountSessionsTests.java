package dev.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.HttpBrowser;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Password change, "sign out other sessions" and admin-issued reset links over real HTTP, each with a second person
 * whose account must not be touched: only the signed-in person's own account changes, only admins issue links, a
 * link works once, for its own account, until it expires.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountSessionsTests {

    private static final String NEW_PASSWORD = "a lighthouse keeper's tea at dusk";
    private static final Pattern RESET_LINK = Pattern.compile("<code id=\"reset-link\">[^<]*/account/reset/([^<]+)</code>");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetTheSignInFailures() {
        jdbc.sql("delete from sign_in_bucket").update();
    }

    private HttpBrowser browser() {
        return new HttpBrowser("http://localhost:" + port);
    }

    private static boolean isSignedIn(HttpBrowser browser) throws Exception {
        return browser.get("/settings").statusCode() == 200;
    }

    private boolean signsInWith(PraxisUser user, String password) throws Exception {
        HttpResponse<String> answer = browser().signIn(user.email(), password, false);
        return answer.headers().firstValue("Location").map(location -> !location.contains("/login")).orElse(false);
    }

    @Test
    void signingOutOtherSessionsEndsThemAndTheRememberedSignInButNotThisOneNorAnotherPersons() throws Exception {
        PraxisUser ana = TestUsers.create(accounts, jdbc, "ana", Role.LEARNER);
        PraxisUser ben = TestUsers.create(accounts, jdbc, "ben", Role.LEARNER);
        HttpBrowser laptop = browser().signedIn(ana);
        HttpBrowser library = browser();
        library.signIn(ana.email(), TestUsers.PASSWORD, true);
        HttpBrowser bens = browser().signedIn(ben);
        assertThat(isSignedIn(library)).isTrue();

        HttpResponse<String> answer = laptop.postForm("/account/sessions/others", "_csrf", laptop.csrf);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account"));
        assertThat(laptop.get("/account").body()).contains("Signed out everywhere else.");

        assertThat(isSignedIn(library)).as("the other session, even with its remember-me cookie").isFalse();
        assertThat(isSignedIn(laptop)).as("this session").isTrue();
        assertThat(isSignedIn(bens)).as("another person's session").isTrue();
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndSignsOutTheOtherSessionsOfThatAccountOnly() throws Exception {
        PraxisUser ana = TestUsers.create(accounts, jdbc, "ana", Role.LEARNER);
        PraxisUser ben = TestUsers.create(accounts, jdbc, "ben", Role.LEARNER);
        HttpBrowser laptop = browser().signedIn(ana);
        HttpBrowser phone = browser().signedIn(ana);
        HttpBrowser bens = browser().signedIn(ben);

        HttpResponse<String> wrong = laptop.postForm("/account/password", "currentPassword", "not my password",
                "newPassword", NEW_PASSWORD, "_csrf", laptop.csrf);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("That is not your current password.");

        HttpResponse<String> tooShort = laptop.postForm("/account/password", "currentPassword", TestUsers.PASSWORD,
                "newPassword", "short", "_csrf", laptop.csrf);
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("Use at least 12 characters");
        assertThat(isSignedIn(phone)).as("nothing changed yet").isTrue();

        HttpResponse<String> changed = laptop.postForm("/account/password", "currentPassword", TestUsers.PASSWORD,
                "newPassword", NEW_PASSWORD, "_csrf", laptop.csrf);
        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account"));
        assertThat(isSignedIn(laptop)).isTrue();
        assertThat(isSignedIn(phone)).as("the other session of the account").isFalse();
        assertThat(isSignedIn(bens)).as("another person's session").isTrue();

        assertThat(signsInWith(ana, NEW_PASSWORD)).isTrue();
        assertThat(signsInWith(ana, TestUsers.PASSWORD)).isFalse();
        assertThat(signsInWith(ben, TestUsers.PASSWORD)).as("the other person's password is unchanged").isTrue();
    }

    @Test
    void aPasswordChangeWithoutTheFormsTokenIsRefused() throws Exception {
        PraxisUser ana = TestUsers.create(accounts, jdbc, "ana", Role.LEARNER);
        HttpBrowser laptop = browser().signedIn(ana);
        HttpResponse<String> forged = laptop.postForm("/account/password", "currentPassword", TestUsers.PASSWORD,
                "newPassword", NEW_PASSWORD);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(signsInWith(ana, TestUsers.PASSWORD)).isTrue();
    }

    @Test
    void onlyAnAdminIssuesAResetLink() throws Exception {
        PraxisUser ana = TestUsers.create(accounts, jdbc, "ana", Role.LEARNER);
        PraxisUser ben = TestUsers.create(accounts, jdbc, "ben", Role.INSTRUCTOR);
        HttpBrowser bens = browser().signedIn(ben);
        HttpResponse<String> refused = bens.postForm("/admin/users/" + ana.id() + "/reset-link", "_csrf", bens.csrf);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(resetLinks(ana)).isZero();

        HttpResponse<String> anonymous = browser().postForm("/admin/users/" + ana.id() + "/reset-link");
        assertThat(anonymous.statusCode()).isIn(302, 403);
        assertThat(resetLinks(ana)).isZero();
    }

    @Test
    void aResetLinkSetsItsOwnAccountsPasswordOnceAndSignsItOutEverywhere() throws Exception {
        PraxisUser ana = TestUsers.create(accounts, jdbc, "ana", Role.LEARNER);
        PraxisUser ben = TestUsers.create(accounts, jdbc, "ben", Role.LEARNER);
        PraxisUser admin = TestUsers.create(accounts, jdbc, "admin", Role.ADMIN);
        HttpBrowser anas = browser().signedIn(ana);
        String token = issueResetLink(browser().signedIn(admin), ana);
        assertThat(jdbc.sql("select token_hash from password_reset where user_id = :id").param("id", ana.id())
                .query(String.class).single()).as("only a hash is stored").isNotEqualTo(token).hasSize(64);

        HttpResponse<String> page = browser().get("/account/reset/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(ana.email()).doesNotContain(ben.email());

        HttpBrowser stranger = browser();
        String formToken = stranger.formToken();
        HttpResponse<String> common = stranger.postForm("/account/reset/" + token, "newPassword", "password1234",
                "_csrf", formToken);
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(common.body()).contains("common passwords");

        HttpResponse<String> set = stranger.postForm("/account/reset/" + token, "newPassword", NEW_PASSWORD,
                "_csrf", formToken);
        assertThat(set.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?reset"));
        assertThat(isSignedIn(anas)).as("the account's sessions end").isFalse();
        assertThat(signsInWith(ana, NEW_PASSWORD)).isTrue();
        assertThat(signsInWith(ben, TestUsers.PASSWORD)).as("another account is untouched").isTrue();

        HttpResponse<String> again = stranger.postForm("/account/reset/" + token, "newPassword",
                "someone else's sentence here", "_csrf", stranger.formToken());
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("does not work");
        assertThat(signsInWith(ana, NEW_PASSWORD)).as("a used link changes nothing").isTrue();
    }

    @Test
    void aNewerLinkEndsTheOlderOneAndAnExpiredOrMadeUpLinkDoesNotWork() throws Exception {
        PraxisUser ana = TestUsers.create(accounts, jdbc, "ana", Role.LEARNER);
        HttpBrowser admin = browser().signedIn(TestUsers.create(accounts, jdbc, "admin", Role.ADMIN));
        String older = issueResetLink(admin, ana);
        String newer = issueResetLink(admin, ana);
        assertThat(browser().get("/account/reset/" + older).statusCode()).isEqualTo(404);
        assertThat(browser().get("/account/reset/" + newer).statusCode()).isEqualTo(200);

        jdbc.sql("update password_reset set expires_at = now() - interval '1 minute' where user_id = :id")
                .param("id", ana.id()).update();
        HttpResponse<String> expired = browser().get("/account/reset/" + newer);
        assertThat(expired.statusCode()).isEqualTo(404);
        assertThat(expired.body()).contains("does not work").doesNotContain(ana.email());

        assertThat(browser().get("/account/reset/" + "x".repeat(43)).statusCode()).isEqualTo(404);
        assertThat(browser().get("/account/reset/" + "x".repeat(5000)).statusCode()).isLessThan(500);
    }

    private String issueResetLink(HttpBrowser admin, PraxisUser user) throws Exception {
        HttpResponse<String> issued = admin.postForm("/admin/users/" + user.id() + "/reset-link", "_csrf", admin.csrf);
        assertThat(issued.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/users"));
        Matcher link = RESET_LINK.matcher(admin.get("/admin/users").body());
        assertThat(link.find()).as("the reset link shown to the admin").isTrue();
        return link.group(1);
    }

    private int resetLinks(PraxisUser user) {
        return jdbc.sql("select count(*) from password_reset where user_id = :id").param("id", user.id())
                .query(Integer.class).single();
    }
}
