package dev.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AdminUsersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignInThrottle throttle;

    PraxisUser admin;
    PraxisUser learner;

    @BeforeEach
    void createUsers() {
        admin = TestUsers.create(accounts, jdbc, "admin", Role.ADMIN);
        learner = TestUsers.create(accounts, jdbc, "learner", Role.LEARNER);
    }

    @Test
    void aLearnerIsForbiddenFromTheAdminPage() throws Exception {
        mvc.perform(get("/admin/users").with(user(learner))).andExpect(status().isForbidden());
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anAdminSeesEveryUserAndChangesARoleWhichIsAudited() throws Exception {
        mvc.perform(get("/admin/users").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(learner.email())));

        mvc.perform(post("/admin/users/{id}/role", learner.id()).with(user(admin)).with(csrf()).param("role", "INSTRUCTOR"))
                .andExpect(redirectedUrl("/admin/users"));

        assertThat(accounts.find(learner.id()).orElseThrow().role()).isEqualTo(Role.INSTRUCTOR);
        String audit = jdbc.sql("select old_role || '->' || new_role || ' by ' || changed_by from role_change where user_id = :id")
                .param("id", learner.id()).query(String.class).single();
        assertThat(audit).isEqualTo("LEARNER->INSTRUCTOR by " + admin.id());
    }

    @Test
    void aLearnerCannotChangeRolesEvenWithAToken() throws Exception {
        mvc.perform(post("/admin/users/{id}/role", learner.id()).with(user(learner)).with(csrf()).param("role", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(accounts.find(learner.id()).orElseThrow().role()).isEqualTo(Role.LEARNER);
    }

    @Test
    void aRoleChangeWithoutCsrfTokenIsRejected() throws Exception {
        mvc.perform(post("/admin/users/{id}/role", learner.id()).with(user(admin)).param("role", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(accounts.find(learner.id()).orElseThrow().role()).isEqualTo(Role.LEARNER);
    }

    @Test
    void anAdminCannotDemoteThemself() throws Exception {
        mvc.perform(post("/admin/users/{id}/role", admin.id()).with(user(admin)).with(csrf()).param("role", "LEARNER"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.find(admin.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void changingTheRoleOfSomeoneWhoDoesNotExistIs404() throws Exception {
        mvc.perform(post("/admin/users/{id}/role", 987654321L).with(user(admin)).with(csrf()).param("role", "ADMIN")
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdminSeesAPausedAccountAndUnlocksIt() throws Exception {
        String guesser = "guesser-" + java.util.UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(learner.email(), guesser);
        }
        assertThat(throttle.pause(learner.email(), guesser)).isPresent();
        mvc.perform(get("/admin/users").with(user(admin)))
                .andExpect(content().string(Matchers.containsString("Unlock sign-in of " + learner.displayName())));

        mvc.perform(post("/admin/users/{id}/unlock", learner.id()).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));

        assertThat(throttle.pause(learner.email(), guesser)).isEmpty();
    }

    @Test
    void onlyAnAdminMayUnlock() throws Exception {
        mvc.perform(post("/admin/users/{id}/unlock", learner.id()).with(user(learner)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{id}/unlock", Long.MAX_VALUE).with(user(admin)).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
