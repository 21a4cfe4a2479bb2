package dev.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two throttles on one database stand for two platform instances behind a load balancer: a failure counted by one
 * must slow the attacker down on the other.
 */
@IntegrationTest
class SharedSignInThrottleTests {

    static final SignInThrottle.Settings SETTINGS = new SignInThrottle.Settings(3, 5, Duration.ofMinutes(15));

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    SignInThrottle instanceA;
    SignInThrottle instanceB;
    String email;

    @BeforeEach
    void twoInstances() {
        instanceA = new SignInThrottle(SETTINGS, dataSource);
        instanceB = new SignInThrottle(SETTINGS, dataSource);
        email = TestUsers.uniqueEmail("throttled");
    }

    @Test
    void failuresCountedByOneInstancePauseTheAccountOnTheOther() {
        instanceA.recordFailure(email, uniqueAddress());
        instanceB.recordFailure(email, uniqueAddress());
        assertThat(instanceB.isThrottled(email, uniqueAddress())).isFalse();

        instanceA.recordFailure(email.toUpperCase(), uniqueAddress());

        assertThat(instanceB.isThrottled(email, uniqueAddress())).isTrue();
        assertThat(instanceA.isThrottled(email, uniqueAddress())).isTrue();
        assertThat(instanceB.isThrottled(TestUsers.uniqueEmail("someone-else"), uniqueAddress())).isFalse();
    }

    @Test
    void anAddressGuessingAcrossAccountsIsPausedEverywhere() {
        String address = uniqueAddress();
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? instanceA : instanceB).recordFailure(TestUsers.uniqueEmail("guess"), address);
        }
        assertThat(instanceA.isThrottled(TestUsers.uniqueEmail("fresh"), address)).isTrue();
        assertThat(instanceB.isThrottled(TestUsers.uniqueEmail("fresh"), address)).isTrue();
        assertThat(instanceB.isThrottled(TestUsers.uniqueEmail("fresh"), uniqueAddress())).isFalse();
    }

    @Test
    void aSuccessfulSignInOnOneInstanceClearsTheAccountsFailuresOnTheOther() {
        instanceA.recordFailure(email, uniqueAddress());
        instanceA.recordFailure(email, uniqueAddress());
        instanceB.recordSuccess(email);
        instanceA.recordFailure(email, uniqueAddress());
        assertThat(instanceA.isThrottled(email, uniqueAddress())).isFalse();
    }

    @Test
    void aRestartDoesNotForgetTheFailures() {
        for (int i = 0; i < 3; i++) {
            instanceA.recordFailure(email, uniqueAddress());
        }
        SignInThrottle restarted = new SignInThrottle(SETTINGS, dataSource);
        assertThat(restarted.isThrottled(email, uniqueAddress())).isTrue();
    }

    @Test
    void storesNoTypedEmailAndSweepsBucketsThatHaveRefilled() {
        jdbc.sql("insert into sign_in_bucket (id, state, expires_at) values ('address:refilled-long-ago', null, 1)").update();

        instanceA.recordFailure(email, uniqueAddress());

        List<String> ids = jdbc.sql("select id from sign_in_bucket").query(String.class).list();
        assertThat(ids).doesNotContain("address:refilled-long-ago");
        assertThat(ids).noneMatch(id -> id.contains(email) || id.contains(email.toLowerCase()));
        assertThat(ids).anyMatch(id -> id.matches("account:[0-9a-f]{64}"));
    }

    private static String uniqueAddress() {
        return "test-" + UUID.randomUUID();
    }
}
