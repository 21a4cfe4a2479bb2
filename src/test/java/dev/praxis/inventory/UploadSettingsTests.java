package dev.praxis.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.SettingsContexts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** An upload allowance that lets nobody upload stops the platform at start with the setting named. */
class UploadSettingsTests {

    @EnableConfigurationProperties(UploadQuota.Settings.class)
    static class Uploads {
    }

    private final ApplicationContextRunner runner = SettingsContexts.binding(Uploads.class);

    @Test
    void theDefaultsStart() {
        runner.run(context -> assertThat(context.getBean(UploadQuota.Settings.class).perHour()).isEqualTo(30));
    }

    @Test
    void noUploadsPerHourIsRefusedNamingTheSetting() {
        runner.withPropertyValues("praxis.uploads.per-hour=0").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("praxis.uploads").hasMessageContaining("perHour"));
    }

    @Test
    void aNegativeNumberOfKeptRejectedUploadsIsRefused() {
        runner.withPropertyValues("praxis.uploads.kept-rejected-per-learner=-1").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("keptRejectedPerLearner"));
    }
}
