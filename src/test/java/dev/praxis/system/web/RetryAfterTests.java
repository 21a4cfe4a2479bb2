package dev.praxis.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTests {

    @Test
    void aPartSecondIsAWholeSecondSoTheRetryIsNotRefusedAgain() {
        assertThat(RetryAfter.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(RetryAfter.seconds(Duration.ofMillis(1001))).isEqualTo(2);
        assertThat(RetryAfter.seconds(Duration.ZERO)).isEqualTo(1);
    }

    @Test
    void minutesRoundUpFromTheSecondsAndAreNeverZero() {
        assertThat(RetryAfter.minutes(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(RetryAfter.minutes(Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(RetryAfter.minutes(Duration.ofMillis(60_001))).isEqualTo(2);
        assertThat(RetryAfter.minutes(Duration.ofMinutes(59).plusSeconds(30))).isEqualTo(60);
    }
}
