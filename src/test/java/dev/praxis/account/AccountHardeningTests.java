package dev.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Accounts people can trust: one account per email as people read it, passwords attackers do not try first. */
@IntegrationTest
class AccountHardeningTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private ResultActions register(String email, String password) throws Exception {
        return mvc.perform(post("/register").with(csrf()).param("email", email).param("displayName", "Someone")
                .param("password", password));
    }

    @Nested
    class Emails {

        @Test
        void lookalikesOfAnExistingEmailAreTheSameAccount() throws Exception {
            String email = TestUsers.uniqueEmail("lookalike");
            register(email, TestUsers.PASSWORD).andExpect(status().is3xxRedirection());
            String local = email.substring(0, email.indexOf('@'));
            StringBuilder fullwidth = new StringBuilder();
            local.chars().forEach(c -> fullwidth.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'ａ') : (char) c));
            for (String lookalike : new String[] {email + ".", email.toUpperCase(), " " + email + " ",
                    fullwidth + "@example.org", email + "\u3002", local + "@example\u3002org",
                    local + "@example\uFF61org\uFF0E"}) {
                register(lookalike, TestUsers.PASSWORD).andExpect(status().isBadRequest())
                        .andExpect(content().string(Matchers.containsString("already exists")));
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"zero\u200Bwidth@example.org", "rtl\u202E@example.org", "p\u0430ypal@example.org",
                "\u2C2F@example.org", "tab\tinside@example.org"})
        void refusesInvisibleUnknownAndMixedScriptEmailsWithAMessage(String email) throws Exception {
            register(email, TestUsers.PASSWORD)
                    .andExpect(status().is4xxClientError())
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).isLessThan(500));
        }

        @Test
        void signsInWithTheEmailAsTypedAnyWay() throws Exception {
            String email = TestUsers.uniqueEmail("typed");
            register(email, TestUsers.PASSWORD).andExpect(status().is3xxRedirection());
            mvc.perform(post("/login").with(csrf()).param("username", email.toUpperCase() + ".")
                    .param("password", TestUsers.PASSWORD)).andExpect(redirectedUrl("/"));
        }

        @Test
        void canonicalFormFoldsWidthCaseAndTrailingDots() {
            assertThat(EmailAddress.forRegistration(" Ａnna@Example.ORG. ")).isEqualTo("anna@example.org");
            assertThat(EmailAddress.lookupKey("an\u200Bna@example.org")).isEqualTo("anna@example.org");
            assertThat(EmailAddress.forRegistration("иван.petrov@example.org")).isEqualTo("иван.petrov@example.org");
        }
    }

    @Nested
    class Passwords {

        @ParameterizedTest
        @ValueSource(strings = {"password1234", "aaaaaaaaaaaa", "            ", "Summer2024!!", "qwertyuiop123",
                "abcabcabcabc", "123456789012", "p4ssw0rd2024!"})
        void refusesCommonAndPatternedPasswords(String password) throws Exception {
            register(TestUsers.uniqueEmail("weak"), password)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(Matchers.containsString("field__error")));
        }

        @Test
        void refusesAPasswordMadeOfTheAccountsOwnName() {
            assertThat(PasswordPolicy.problem("ada.lovelace!!", "ada.lovelace@example.org", "Ada")).isPresent();
            assertThat(PasswordPolicy.problem("praxispraxis1")).isPresent();
        }

        @Test
        void acceptsAPassphraseOfThirtyEmojiBeyondBcryptsSeventyTwoBytes() throws Exception {
            String email = TestUsers.uniqueEmail("emoji");
            StringBuilder thirty = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                thirty.appendCodePoint(0x1F300 + i * 7);
            }
            String emoji = thirty.toString();
            register(email, emoji).andExpect(status().is3xxRedirection());
            mvc.perform(post("/login").with(csrf()).param("username", email).param("password", emoji))
                    .andExpect(redirectedUrl("/"));
            mvc.perform(post("/login").with(csrf()).param("username", email).param("password", emoji + "x"))
                    .andExpect(redirectedUrl("/login?error"));
        }

        @Test
        void anOldBcryptHashStillSignsInAndIsReplacedByArgon2id() throws Exception {
            String email = TestUsers.uniqueEmail("legacy");
            long id = accounts.register(email, "Legacy", TestUsers.PASSWORD);
            jdbc.sql("update app_user set password_hash = :hash where id = :id")
                    .param("hash", "{bcrypt}" + new BCryptPasswordEncoder().encode(TestUsers.PASSWORD))
                    .param("id", id).update();

            mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "ü".repeat(80)))
                    .andExpect(redirectedUrl("/login?error"));
            mvc.perform(post("/login").with(csrf()).param("username", email).param("password", TestUsers.PASSWORD))
                    .andExpect(redirectedUrl("/"));

            assertThat(jdbc.sql("select password_hash from app_user where id = :id").param("id", id)
                    .query(String.class).single()).startsWith("{argon2@SpringSecurity_v5_8}");
        }
    }
}
