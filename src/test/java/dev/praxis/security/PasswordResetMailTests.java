package dev.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.HttpBrowser;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With a mail server configured, "Forgot your password?" mails a one-time link, and tells the asker nothing more. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PasswordResetMailTests {

    private static final SmtpInbox INBOX = new SmtpInbox();
    private static final Pattern LINK = Pattern.compile("(http://\\S+/account/reset/(\\S+))");
    private static final String SENT = "If an account has that email, a link to choose";
    private static final int REQUESTS_PER_ADDRESS = 4;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", INBOX::port);
        registry.add("praxis.password-reset.requests-per-address", () -> REQUESTS_PER_ADDRESS);
    }

    /** Every request of these tests comes from 127.0.0.1: each test starts with the address's allowance full. */
    @BeforeEach
    void freshAllowance() {
        jdbc.sql("delete from reset_request_bucket").update();
    }

    @AfterAll
    static void closeTheInbox() throws Exception {
        INBOX.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private HttpBrowser browser() {
        return new HttpBrowser("http://localhost:" + port);
    }

    private HttpResponse<String> ask(String email) throws Exception {
        HttpBrowser visitor = browser();
        String token = visitor.formToken();
        HttpResponse<String> page = visitor.get("/account/forgot");
        assertThat(page.body()).contains("Send me a link");
        return visitor.postForm("/account/forgot", "email", email, "_csrf", token);
    }

    @Test
    void aLearnerGetsALinkByMailAndChoosesANewPasswordWithIt() throws Exception {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "mailed", Role.LEARNER);
        HttpResponse<String> answer = ask(learner.email().toUpperCase() + ".");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains(SENT);

        MimeMessage mail = INBOX.next(20, TimeUnit.SECONDS);
        assertThat(mail).as("the mail").isNotNull();
        assertThat(mail.getAllRecipients()).containsExactly(new InternetAddress(learner.email()));
        assertThat(mail.getSubject()).isEqualTo("Choose a new Praxis password");
        Matcher link = LINK.matcher(mail.getContent().toString());
        assertThat(link.find()).as("a link in " + mail.getContent()).isTrue();

        HttpBrowser learnersBrowser = browser();
        String formToken = learnersBrowser.formToken();
        assertThat(learnersBrowser.get("/account/reset/" + link.group(2)).body()).contains(learner.email());
        HttpResponse<String> set = learnersBrowser.postForm("/account/reset/" + link.group(2), "newPassword",
                "the ferry leaves at seven sharp", "_csrf", formToken);
        assertThat(set.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?reset"));
        HttpResponse<String> signIn = browser().signIn(learner.email(), "the ferry leaves at seven sharp", false);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));

        HttpResponse<String> again = ask(learner.email());
        assertThat(again.body()).contains(SENT);
        assertThat(INBOX.next(3, TimeUnit.SECONDS)).as("a second mail within ten minutes").isNull();
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
        HttpResponse<String> answer = ask(TestUsers.uniqueEmail("nobody"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains(SENT);
        assertThat(INBOX.next(3, TimeUnit.SECONDS)).as("a mail for an unknown email").isNull();
    }

    @Test
    void oneAddressAskingForManyAccountsIsPausedWithoutLearningWhoHasOne() throws Exception {
        for (int i = 0; i < REQUESTS_PER_ADDRESS; i++) {
            assertThat(ask(TestUsers.uniqueEmail("sprayed")).statusCode()).isEqualTo(200);
        }
        PraxisUser learner = TestUsers.create(accounts, jdbc, "sprayedreal", Role.LEARNER);

        HttpResponse<String> refused = ask(learner.email());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(refused.body()).contains("Many reset links were asked for from your network")
                .contains("Try again in").doesNotContain(SENT);
        assertThat(INBOX.next(3, TimeUnit.SECONDS)).as("a mail past the address's allowance").isNull();

        HttpResponse<String> unknown = ask(TestUsers.uniqueEmail("sprayed"));
        assertThat(unknown.statusCode()).as("an unknown email is refused the same way").isEqualTo(429);
    }
}
