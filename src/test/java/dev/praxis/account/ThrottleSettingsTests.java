package dev.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.SettingsContexts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A throttle configured to allow nothing, or to refill never, stops the platform at start with the setting named. */
class ThrottleSettingsTests {

    @EnableConfigurationProperties({SignInThrottle.Settings.class, ResetRequestThrottle.Settings.class})
    static class Throttles {
    }

    private final ApplicationContextRunner runner = SettingsContexts.binding(Throttles.class);

    @Test
    void theDefaultsStart() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ResetRequestThrottle.Settings.class).requestsPerAddress()).isEqualTo(20);
        });
    }

    @Test
    void aZeroAllowanceIsRefusedNamingTheSetting() {
        runner.withPropertyValues("praxis.password-reset.requests-per-address=0").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("praxis.password-reset").hasMessageContaining("requestsPerAddress"));
    }

    @Test
    void aWindowOfNoTimeIsRefusedNamingTheSetting() {
        runner.withPropertyValues("praxis.sign-in.window=0s").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("praxis.sign-in").hasMessageContaining("window"));
    }
}
