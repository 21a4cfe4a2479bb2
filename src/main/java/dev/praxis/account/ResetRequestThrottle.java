package dev.praxis.account;

import dev.praxis.system.database.RateLimit;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * How many reset links one network address may ask for. Each account already gets at most one mail every ten
 * minutes; this bounds the other direction, one address asking for many accounts (a script mailing a whole school,
 * or probing the mail server's patience). The count is per address, never per email, so being refused tells the
 * asker nothing about who has an account. Addresses are grouped as the sign-in throttle groups them (an IPv6 /64).
 */
@Component
class ResetRequestThrottle {

    private final RateLimit perWindow;

    ResetRequestThrottle(Settings settings, DataSource dataSource) {
        this.perWindow = new RateLimit(dataSource, "reset_request_bucket", settings.requestsPerAddress(),
                settings.window());
    }

    /** Counts one request from this address; how long it must wait when it has asked too often, else empty. */
    Optional<Duration> take(String address) {
        return perWindow.take("address:" + SignInThrottle.network(address));
    }

    /** A classroom behind one address may have a few forgetful learners in an hour; a script asks far more. */
    @ConfigurationProperties("praxis.password-reset")
    @Validated
    record Settings(@DefaultValue("20") @Positive int requestsPerAddress,
                    @DefaultValue("1h") @DurationMin(seconds = 1) Duration window) {
    }
}
