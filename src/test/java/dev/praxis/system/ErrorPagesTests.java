package dev.praxis.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Error pages need the servlet container's error dispatch, which MockMvc lacks: a real server on a free port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    HttpClient browser;

    @BeforeEach
    void signInAsALearner() throws Exception {
        String email = TestUsers.uniqueEmail("errors");
        accounts.register(email, "Errors", TestUsers.PASSWORD);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = fetch("/login").body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();
        String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    @Test
    void aMissingPageIsAFriendly404WithoutStackTrace() throws Exception {
        HttpResponse<String> response = fetch("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").doesNotContain("at org.", "Exception", "Whitelabel");
    }

    @Test
    void anAdminPageIsAFriendly403ForALearner() throws Exception {
        HttpResponse<String> response = fetch("/admin/users");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You do not have access to this page").doesNotContain("Exception");
    }

    private HttpResponse<String> fetch(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
