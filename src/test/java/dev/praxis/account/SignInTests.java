package dev.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    PraxisUser learner;

    @BeforeEach
    void createLearner() {
        learner = TestUsers.create(accounts, jdbc, "learner", Role.LEARNER);
    }

    private static MockHttpServletRequestBuilder signIn(String email, String password, String address) {
        return post("/login").with(csrf()).param("username", email).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    @Test
    void signsInWithTheRightPasswordAndOutAgain() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(learner.email()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(content().string(Matchers.containsString("Sign out")));

        mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(redirectedUrl("/?signedout"));
        mvc.perform(get("/").cookie(session)).andExpect(content().string(Matchers.not(Matchers.containsString("Sign out"))));
    }

    @Test
    void acceptsTheEmailInAnyCase() throws Exception {
        mvc.perform(formLogin("/login").user(learner.email().toUpperCase()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void rejectsAWrongPasswordWithAPlainMessage() throws Exception {
        mvc.perform(formLogin("/login").user(learner.email()).password("wrong password here"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void givesANewSessionIdAtSignInAgainstSessionFixation() throws Exception {
        Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        assertThat(before).isNotNull();
        MvcResult result = mvc.perform(signIn(learner.email(), TestUsers.PASSWORD, "127.0.0.1").cookie(before))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        Cookie after = result.getResponse().getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void remembersTheLearnerWhenAsked() throws Exception {
        MvcResult result = mvc.perform(signIn(learner.email(), TestUsers.PASSWORD, "127.0.0.1")
                        .param("remember-me", "on"))
                .andExpect(cookie().exists("remember-me"))
                .andReturn();
        Cookie remember = result.getResponse().getCookie("remember-me");
        // a new browser session with only the remember-me cookie is still signed in
        mvc.perform(get("/").cookie(remember)).andExpect(content().string(Matchers.containsString("Sign out")));
        Integer tokens = jdbc.sql("select count(*) from persistent_logins where username = :email")
                .param("email", learner.email()).query(Integer.class).single();
        assertThat(tokens).isEqualTo(1);
    }

    @Nested
    class Throttling {

        @Test
        void pausesAnAccountFromTheGuessersAddressEvenWithTheRightPassword() throws Exception {
            String guesser = "guesser-" + UUID.randomUUID();
            for (int i = 0; i < 5; i++) {
                mvc.perform(signIn(learner.email(), "wrong " + i, guesser))
                        .andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(signIn(learner.email(), TestUsers.PASSWORD, guesser))
                    .andExpect(redirectedUrlPattern("/login?throttled=*"));
        }

        @Test
        void aGuesserDoesNotLockTheLearnerOutFromAnotherAddress() throws Exception {
            String guesser = "guesser-" + UUID.randomUUID();
            for (int i = 0; i < 8; i++) {
                mvc.perform(signIn(learner.email(), "wrong " + i, guesser));
            }
            mvc.perform(signIn(learner.email(), TestUsers.PASSWORD, "learner-home-" + UUID.randomUUID()))
                    .andExpect(redirectedUrl("/"));
        }

        @Test
        void aPercentEncodedSignInUrlIsThrottledAllTheSame() throws Exception {
            String guesser = "guesser-" + UUID.randomUUID();
            for (int i = 0; i < 5; i++) {
                mvc.perform(signIn(learner.email(), "wrong " + i, guesser));
            }
            for (String variant : new String[] {"/logi%6e", "/%6cogin", "/login"}) {
                mvc.perform(post(java.net.URI.create(variant)).with(csrf()).param("username", learner.email())
                                .param("password", TestUsers.PASSWORD)
                                .with(request -> {
                                    request.setRemoteAddr(guesser);
                                    return request;
                                }))
                        .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                                .as(variant).isNotEqualTo("/"));
            }
        }

        @Test
        void aSharedAddressIsThrottledFarMoreGentlyThanAnAccount() throws Exception {
            String classroom = "classroom-" + UUID.randomUUID();
            for (int i = 0; i < 40; i++) {
                mvc.perform(signIn(TestUsers.uniqueEmail("classmate"), "mistyped", classroom))
                        .andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(signIn(learner.email(), TestUsers.PASSWORD, classroom))
                    .andExpect(redirectedUrl("/"));
        }

        @Test
        void pausesAnAddressThatGuessesAcrossVeryManyAccounts() throws Exception {
            String guesser = "sprayer-" + UUID.randomUUID();
            // 100 per window, refilled smoothly (one more every 9 s): guess until the pause starts, then try at once,
            // since a paused guess consumes nothing and waiting longer would let the next token refill
            int guesses = 0;
            String answer;
            do {
                answer = mvc.perform(signIn(TestUsers.uniqueEmail("nobody"), "guess", guesser)).andReturn()
                        .getResponse().getRedirectedUrl();
                guesses++;
            } while (!answer.startsWith("/login?throttled=") && guesses < 150);
            assertThat(guesses).as("guesses until the address is paused").isBetween(101, 110);
            mvc.perform(signIn(learner.email(), TestUsers.PASSWORD, guesser))
                    .andExpect(redirectedUrlPattern("/login?throttled=*"));
            mvc.perform(signIn(learner.email(), TestUsers.PASSWORD, "learner-" + UUID.randomUUID()))
                    .andExpect(redirectedUrl("/"));
        }

        @Test
        void showsHowLongThePauseLastsOnTheSignInPage() throws Exception {
            mvc.perform(get("/login").param("throttled", "4"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("Sign-in to this account is paused here")))
                    .andExpect(content().string(Matchers.containsString("about <span>4</span>")));
        }

        @Test
        void showsNoTextSmuggledIntoThePauseParameter() throws Exception {
            mvc.perform(get("/login").param("throttled", "call 555-0100 to unlock"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("555-0100"))));
        }
    }
}
