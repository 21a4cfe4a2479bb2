package dev.praxis.inventory;

import dev.praxis.system.database.RateLimit;
import dev.praxis.system.web.RetryAfter;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How much one learner may upload: so many uploads an hour (a bucket per learner in PostgreSQL, shared by every
 * instance), so many bytes kept in all, and only the latest few rejected uploads kept (they are kept so the learner
 * and instructor can see what could not be read, not as an archive). One token once stored 100 rejected 1 MB uploads
 * in ten seconds.
 */
@Component
class UploadQuota {

    private final Settings settings;
    private final RateLimit perHour;

    UploadQuota(Settings settings, DataSource dataSource) {
        this.settings = settings;
        this.perHour = new RateLimit(dataSource, "upload_bucket", settings.perHour(), Duration.ofHours(1));
    }

    /**
     * Counts one upload of the learner.
     *
     * @throws UploadRateLimitedException when the learner has used up this hour's uploads
     */
    void take(long userId) {
        perHour.take("learner:" + userId).ifPresent(wait -> {
            throw new UploadRateLimitedException(settings.perHour(), wait);
        });
    }

    /**
     * @throws UploadQuotaExceededException when keeping {@code incoming} more bytes would pass the learner's quota
     */
    void checkStorage(long storedBytes, int incoming) {
        long limit = settings.storedBytesPerLearner().toBytes();
        if (storedBytes + incoming > limit) {
            throw new UploadQuotaExceededException(storedBytes, limit);
        }
    }

    int keptRejected() {
        return settings.keptRejectedPerLearner();
    }

    static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    @ConfigurationProperties("praxis.uploads")
    @Validated
    record Settings(@DefaultValue("20MB") DataSize storedBytesPerLearner,
                    @DefaultValue("30") @Positive int perHour,
                    @DefaultValue("5") @PositiveOrZero int keptRejectedPerLearner) {
    }

    /** The learner uploaded too often this hour; says when the next upload is possible. */
    public static final class UploadRateLimitedException extends RuntimeException {

        private final Duration retryAfter;

        UploadRateLimitedException(int perHour, Duration retryAfter) {
            super("You have uploaded " + perHour + " times in the last hour, the most Praxis takes. Try again in "
                    + minutes(retryAfter) + ".");
            this.retryAfter = retryAfter;
        }

        /** Whole seconds, rounded up, at least one. */
        public long retryAfterSeconds() {
            return RetryAfter.seconds(retryAfter);
        }

        private static String minutes(Duration wait) {
            long minutes = RetryAfter.minutes(wait);
            return minutes == 1 ? "a minute" : "about " + minutes + " minutes";
        }
    }

    /** Keeping the upload would pass the learner's storage quota. */
    public static final class UploadQuotaExceededException extends RuntimeException {
        UploadQuotaExceededException(long stored, long limit) {
            super("Your uploads already take " + megabytes(stored) + " of the " + megabytes(limit)
                    + " Praxis keeps per learner, so this one cannot be stored. Ask your instructor or an admin to "
                    + "remove old uploads.");
        }
    }
}
