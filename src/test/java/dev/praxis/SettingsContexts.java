package dev.praxis;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/**
 * A context that binds and validates settings records the way the platform does at start, and nothing else: for
 * tests that a setting which would make a feature useless stops the start with its name.
 */
public final class SettingsContexts {

    private SettingsContexts() {
    }

    /** {@code configuration} enables the settings under test ({@code @EnableConfigurationProperties}). */
    public static ApplicationContextRunner binding(Class<?> configuration) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                        ValidationAutoConfiguration.class))
                .withUserConfiguration(configuration);
    }
}
