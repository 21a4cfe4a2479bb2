package dev.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.SettingsContexts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * What a deployment gets without settings is Spring Security's recommended Argon2id cost; the cheaper cost of the
 * test profile must never be what production runs.
 */
class PasswordHashSettingsTests {

    @EnableConfigurationProperties(PasswordHashSettings.class)
    static class Passwords {
    }

    private static final String PASSWORD = "correct horse battery staple";

    private final ApplicationContextRunner runner = SettingsContexts.binding(Passwords.class);

    @Test
    void withoutSettingsNewHashesCostSixteenMebibytesAndTwoPasses() {
        runner.run(context -> {
            String hash = context.getBean(PasswordHashSettings.class).argon2().encode(PASSWORD);
            assertThat(hash).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
        });
    }

    @Test
    void aHashMadeAtAnotherCostStillVerifiesAndACheaperOneIsUpgraded() {
        runner.withPropertyValues("praxis.passwords.argon2-memory-kib=1024", "praxis.passwords.argon2-iterations=1")
                .run(cheap -> runner.run(standard -> {
                    String cheapHash = cheap.getBean(PasswordHashSettings.class).argon2().encode(PASSWORD);
                    var current = standard.getBean(PasswordHashSettings.class).argon2();
                    assertThat(current.matches(PASSWORD, cheapHash)).isTrue();
                    assertThat(current.matches("wrong horse", cheapHash)).isFalse();
                    assertThat(current.upgradeEncoding(cheapHash)).isTrue();
                }));
    }

    @Test
    void aCostBelowArgon2sMinimumIsRefusedNamingTheSetting() {
        runner.withPropertyValues("praxis.passwords.argon2-memory-kib=4").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("praxis.passwords").hasMessageContaining("argon2MemoryKib"));
    }
}
