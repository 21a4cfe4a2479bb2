package dev.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The first admin comes from the environment at start-up: a JDBC slice with the account service and its repository,
 * against the real PostgreSQL, instead of the whole platform.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({AdminAccountInitializer.class, AccountService.class, UserRepository.class})
@TestPropertySource(properties = {"praxis.admin.email=First.Admin@Example.org",
        "praxis.admin.password=a long enough admin password"})
class AdminAccountInitializerTests {

    @Autowired
    AccountService accounts;

    @MockitoBean
    PasswordResetRepository resets;

    @MockitoBean
    SignInThrottle throttle;

    @Test
    void createsTheConfiguredAdminAtStartUp() {
        PraxisUser admin = accounts.loadUserByUsername("first.admin@example.org");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.displayName()).isEqualTo("Administrator");
    }

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AdminAccountInitializer.Settings.class)
    static class SettingsAndPasswords {

        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder();
        }
    }
}
