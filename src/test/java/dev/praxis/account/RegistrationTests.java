package dev.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class RegistrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registersALearnerAndSignsThemIn() throws Exception {
        String email = TestUsers.uniqueEmail("Ana");
        MvcResult result = mvc.perform(post("/register").with(csrf())
                        .param("email", email.toUpperCase()).param("displayName", "Ana")
                        .param("password", TestUsers.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/?welcome"))
                .andReturn();

        String role = jdbc.sql("select role from app_user where email = :email").param("email", email.toLowerCase())
                .query(String.class).single();
        assertThat(role).isEqualTo("LEARNER");
        mvc.perform(get("/").cookie(result.getResponse().getCookie("SESSION")))
                .andExpect(content().string(Matchers.containsString("Sign out")));
    }

    @Test
    void storesThePasswordHashedWithArgon2id() throws Exception {
        String email = TestUsers.uniqueEmail("hash");
        mvc.perform(post("/register").with(csrf()).param("email", email).param("displayName", "Hash")
                .param("password", TestUsers.PASSWORD)).andExpect(status().is3xxRedirection());

        String hash = jdbc.sql("select password_hash from app_user where email = :email").param("email", email)
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$").doesNotContain(TestUsers.PASSWORD);
    }

    @Test
    void rejectsAShortPasswordWithAMessageNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/register").with(csrf()).param("email", "short@example.org")
                        .param("displayName", "Kept Name").param("password", "tooshort"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Use at least 12 characters")))
                .andExpect(content().string(Matchers.containsString("value=\"Kept Name\"")));
    }

    @Test
    void rejectsADuplicateEmailWhateverItsCase() throws Exception {
        String email = TestUsers.uniqueEmail("dup");
        mvc.perform(post("/register").with(csrf()).param("email", email).param("displayName", "One")
                .param("password", TestUsers.PASSWORD)).andExpect(status().is3xxRedirection());

        mvc.perform(post("/register").with(csrf()).param("email", email.toUpperCase()).param("displayName", "Two")
                        .param("password", TestUsers.PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("already exists")));
    }

    @Test
    void rejectsAnInvalidEmailAndAMissingName() throws Exception {
        mvc.perform(post("/register").with(csrf()).param("email", "not-an-email").param("displayName", " ")
                        .param("password", TestUsers.PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Enter an email address")))
                .andExpect(content().string(Matchers.containsString("Enter the name")));
    }

    @Test
    void escapesWhatALearnerTypedWhenShowingTheFormAgain() throws Exception {
        mvc.perform(post("/register").with(csrf()).param("email", "x").param("displayName", "<script>alert(1)</script>")
                        .param("password", "short"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(Matchers.containsString("&lt;script&gt;")));
    }

    @Test
    void refusesRegistrationWithoutACsrfToken() throws Exception {
        mvc.perform(post("/register").param("email", TestUsers.uniqueEmail("nocsrf")).param("displayName", "No")
                        .param("password", TestUsers.PASSWORD))
                .andExpect(status().isForbidden());
    }
}
