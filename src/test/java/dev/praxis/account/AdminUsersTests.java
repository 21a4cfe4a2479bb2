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

    @Test
    void anAdminFindsAnAccountByPartOfItsEmailAndTypedWildcardsMatchLiterally() throws Exception {
        String needle = learner.email().substring(0, learner.email().indexOf('@'));
        mvc.perform(get("/admin/users").param("q", needle.toUpperCase()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(learner.email())))
                .andExpect(content().string(Matchers.not(Matchers.containsString(admin.email()))))
                .andExpect(content().string(Matchers.containsString("1 account match")));
        // "_" is a wildcard to SQL: typed, it must match only a literal underscore, so this finds nobody
        String withWildcard = needle.substring(0, needle.length() - 1) + "_";
        mvc.perform(get("/admin/users").param("q", withWildcard).with(user(admin)))
                .andExpect(content().string(Matchers.containsString("No account matches.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(learner.email()))));
    }

    @Test
    void aLargeSchoolComesFiftyAccountsAPageNewestFirst() throws Exception {
        String batch = "paging-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 51; i++) {
            // inserted directly: hashing 51 real passwords would only slow the test down
            jdbc.sql("""
                    insert into app_user (email, display_name, password_hash, role, created_at)
                    values (:email, :name, 'not-a-hash', 'LEARNER', now() - interval '1 day' + make_interval(secs => :i))
                    """).param("email", batch + "-" + i + "@example.org").param("name", "Paged " + i)
                    .param("i", i).update();
        }
        String first = mvc.perform(get("/admin/users").param("q", batch).with(user(admin)))
                .andExpect(content().string(Matchers.containsString("51 accounts match, newest first; page 1 of 2")))
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains(batch + "-50@example.org").doesNotContain(batch + "-0@example.org")
                .contains("rel=\"next\"");
        assertThat(first.indexOf(batch + "-50@")).isLessThan(first.indexOf(batch + "-49@"));

        mvc.perform(get("/admin/users").param("q", batch).param("page", "2").with(user(admin)))
                .andExpect(content().string(Matchers.containsString(batch + "-0@example.org")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(batch + "-1@example.org"))));
        // a page past the end (an old bookmark) shows the last page rather than an empty table
        mvc.perform(get("/admin/users").param("q", batch).param("page", "99").with(user(admin)))
                .andExpect(content().string(Matchers.containsString("page 2 of 2")))
                .andExpect(content().string(Matchers.containsString(batch + "-0@example.org")));
    }
}
