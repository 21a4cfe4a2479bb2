package dev.praxis.system.database;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * At most {@code count} of something per {@code window} for each key (a learner, an address), counted in a
 * {@link BucketTable} so that every instance counts the same and a restart hands out no fresh allowance. The
 * allowance comes back gradually (one every {@code window / count}), so a visitor who was refused waits seconds, not
 * the whole window. Full buckets are swept a few at a time as takes arrive.
 */
public final class RateLimit {

    private static final int SWEEP_BATCH = 20;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration limit;

    public RateLimit(DataSource dataSource, String table, int count, Duration window) {
        this.buckets = BucketTable.in(dataSource, table);
        this.limit = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(count).refillGreedy(count, window).build())
                .build();
    }

    /** Counts one for the key; how long it must wait when its allowance is used up, else empty. */
    public Optional<Duration> take(String key) {
        ConsumptionProbe probe = buckets.getProxy(key, () -> limit).tryConsumeAndReturnRemaining(1);
        buckets.removeExpired(SWEEP_BATCH);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
