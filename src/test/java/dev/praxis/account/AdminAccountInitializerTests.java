package dev.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@TestPropertySource(properties = {"praxis.admin.email=First.Admin@Example.org",
        "praxis.admin.password=a long enough admin password"})
class AdminAccountInitializerTests {

    @Autowired
    AccountService accounts;

    @Test
    void createsTheConfiguredAdminAtStartUp() {
        PraxisUser admin = accounts.loadUserByUsername("first.admin@example.org");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.displayName()).isEqualTo("Administrator");
    }
}
