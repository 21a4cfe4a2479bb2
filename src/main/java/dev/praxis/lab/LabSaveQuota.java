package dev.praxis.lab;

import dev.praxis.system.database.RateLimit;
import dev.praxis.system.web.RetryAfter;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import javax.sql.DataSource;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * How often one learner may save a lab. Every save judges the whole lab again; the page autosaves a second after
 * typing stops, so a learner who writes steadily saves a few times a minute, while a script saving in a loop would keep
 * a core busy. The allowance comes back one save at a time, so a learner who was refused waits seconds.
 */
@Component
class LabSaveQuota {

    private final RateLimit saves;

    LabSaveQuota(Settings settings, DataSource dataSource) {
        this.saves = new RateLimit(dataSource, "lab_save_bucket", settings.saves(), settings.window());
    }

    /**
     * Counts one save of the learner.
     *
     * @throws LabSavesRateLimitedException when the learner has saved too often just now
     */
    void take(long userId) {
        saves.take("learner:" + userId).ifPresent(wait -> {
            throw new LabSavesRateLimitedException(wait);
        });
    }

    /** Twenty saves a minute, then one every three seconds: more than a learner writing steadily makes. */
    @ConfigurationProperties("praxis.lab-saves")
    @Validated
    record Settings(@DefaultValue("20") @Positive int saves,
                    @DefaultValue("1m") @DurationMin(seconds = 1) Duration window) {
    }

    /** The learner saved too often just now; says when the next save is possible. */
    static final class LabSavesRateLimitedException extends RuntimeException {

        private final Duration retryAfter;

        LabSavesRateLimitedException(Duration retryAfter) {
            super("too many lab saves");
            this.retryAfter = retryAfter;
        }

        /** Whole seconds, rounded up, at least one. */
        long retryAfterSeconds() {
            return RetryAfter.seconds(retryAfter);
        }
    }
}
