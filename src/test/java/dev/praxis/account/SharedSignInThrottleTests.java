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

    /** 3 per account and address, 6 per account from everywhere, 5 per address. */
    static final SignInThrottle.Settings SETTINGS = new SignInThrottle.Settings(3, 6, 5, Duration.ofMinutes(15));

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
    void failuresCountedByOneInstancePauseTheAccountFromThatAddressOnTheOther() {
        String guesser = uniqueAddress();
        instanceA.recordFailure(email, guesser);
        instanceB.recordFailure(email, guesser);
        assertThat(instanceB.pause(email, guesser)).isEmpty();

        instanceA.recordFailure(email.toUpperCase(), guesser);

        assertThat(instanceB.pause(email, guesser)).hasValueSatisfying(pause ->
                assertThat(pause).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
        assertThat(instanceA.pause(email, guesser)).isPresent();
        assertThat(instanceB.pause(email, uniqueAddress())).as("the learner elsewhere").isEmpty();
        assertThat(instanceB.pause(TestUsers.uniqueEmail("someone-else"), guesser)).isEmpty();
    }

    @Test
    void guessesFromManyAddressesPauseTheAccountEverywhere() {
        for (int i = 0; i < 6; i++) {
            (i % 2 == 0 ? instanceA : instanceB).recordFailure(email, uniqueAddress());
        }
        assertThat(instanceA.pause(email, uniqueAddress())).isPresent();
        assertThat(instanceB.pause(TestUsers.uniqueEmail("fresh"), uniqueAddress())).isEmpty();
    }

    @Test
    void anAddressGuessingAcrossAccountsIsPausedEverywhere() {
        String address = uniqueAddress();
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? instanceA : instanceB).recordFailure(TestUsers.uniqueEmail("guess"), address);
        }
        assertThat(instanceA.pause(TestUsers.uniqueEmail("fresh"), address)).isPresent();
        assertThat(instanceB.pause(TestUsers.uniqueEmail("fresh"), address)).isPresent();
        assertThat(instanceB.pause(TestUsers.uniqueEmail("fresh"), uniqueAddress())).isEmpty();
    }

    @Test
    void aSuccessfulSignInOnOneInstanceForgivesThatAddressesFailuresOnTheOther() {
        String address = uniqueAddress();
        instanceA.recordFailure(email, address);
        instanceA.recordFailure(email, address);
        instanceB.recordSuccess(email, address);
        instanceA.recordFailure(email, address);
        assertThat(instanceA.pause(email, address)).isEmpty();
    }

    @Test
    void anAdminUnlockLiftsEveryPauseOfTheAccountAndOnlyThat() {
        String first = uniqueAddress();
        String second = uniqueAddress();
        String third = uniqueAddress();
        String other = TestUsers.uniqueEmail("other");
        for (int i = 0; i < 3; i++) {
            instanceA.recordFailure(email, first);
            instanceA.recordFailure(email, second);
            instanceA.recordFailure(other, third);
        }
        assertThat(instanceB.paused(List.of(email, other, TestUsers.uniqueEmail("calm"))))
                .containsExactlyInAnyOrder(email, other);

        instanceB.unlock(email.toUpperCase());

        assertThat(instanceA.pause(email, first)).isEmpty();
        assertThat(instanceA.pause(email, second)).isEmpty();
        assertThat(instanceA.pause(other, third)).isPresent();
        assertThat(instanceB.paused(List.of(email, other))).containsExactly(other);
    }

    @Test
    void aRestartDoesNotForgetTheFailures() {
        String address = uniqueAddress();
        for (int i = 0; i < 3; i++) {
            instanceA.recordFailure(email, address);
        }
        SignInThrottle restarted = new SignInThrottle(SETTINGS, dataSource);
        assertThat(restarted.pause(email, address)).isPresent();
    }

    @Test
    void storesNoTypedEmailAndSweepsBucketsThatHaveRefilled() {
        jdbc.sql("insert into sign_in_bucket (id, state, expires_at) values ('address:refilled-long-ago', null, 1)").update();

        instanceA.recordFailure(email, uniqueAddress());

        List<String> ids = jdbc.sql("select id from sign_in_bucket").query(String.class).list();
        assertThat(ids).doesNotContain("address:refilled-long-ago");
        assertThat(ids).noneMatch(id -> id.contains(email) || id.contains(email.toLowerCase()));
        assertThat(ids).anyMatch(id -> id.matches("account:[0-9a-f]{64}"));
        assertThat(ids).anyMatch(id -> id.matches("account:[0-9a-f]{64}:from:[0-9a-f]{64}"));
    }

    @Test
    void countsAnIpv6SubscriberAsOneNetwork() {
        assertThat(SignInThrottle.network("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(SignInThrottle.network("2001:0db8:0001:0002:ffff:ffff:ffff:fffe")).isEqualTo("2001:db8:1:2::/64");
        assertThat(SignInThrottle.network("[::1]")).isEqualTo("0:0:0:0::/64");
        assertThat(SignInThrottle.network("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(SignInThrottle.network("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(SignInThrottle.network(null)).isEqualTo("unknown");
    }

    private static String uniqueAddress() {
        return "test-" + UUID.randomUUID();
    }
}
