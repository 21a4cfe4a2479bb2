package dev.praxis.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.HttpBrowser;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import java.net.http.HttpResponse;
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

    HttpBrowser browser;

    @BeforeEach
    void signInAsALearner() throws Exception {
        browser = HttpBrowser.onPort(port).signedIn(TestUsers.registerLearner(accounts, "Errors"), TestUsers.PASSWORD);
    }

    @Test
    void aMissingPageIsAFriendly404WithoutStackTrace() throws Exception {
        HttpResponse<String> response = browser.get("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").doesNotContain("at org.", "Exception", "Whitelabel");
    }

    @Test
    void anAdminPageIsAFriendly403ForALearner() throws Exception {
        HttpResponse<String> response = browser.get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You do not have access to this page").doesNotContain("Exception");
    }
}
