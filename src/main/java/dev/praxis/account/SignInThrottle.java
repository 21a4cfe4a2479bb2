package dev.praxis.account;

import dev.praxis.system.Sha256;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: each account and each client address may fail to sign in a few times, then
 * has to wait. Buckets refill over the window, so a learner who mistypes twice is never blocked.
 * <p>
 * The buckets live in PostgreSQL ({@code sign_in_bucket}), not in this instance's memory: every instance behind a
 * load balancer counts the same failures, and a restart does not hand an attacker a fresh allowance.
 */
@Component
public class SignInThrottle {

    /** Expired rows deleted per sign-in attempt: each attempt adds at most two rows, so the table stays small. */
    private static final int SWEEP_BATCH = 50;

    private final Settings settings;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    SignInThrottle(Settings settings, DataSource dataSource) {
        this.settings = settings;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sign_in_bucket")
                // a full bucket is the same as no bucket: its row may go as soon as it has refilled
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    /** True when the account or the address has used up its failures in the current window. */
    public boolean isThrottled(String email, String address) {
        return exhausted(account(email)) || exhausted(address(address));
    }

    public void recordFailure(String email, String address) {
        account(email).tryConsume(1);
        address(address).tryConsume(1);
        buckets.removeExpired(SWEEP_BATCH);
    }

    public void recordSuccess(String email) {
        buckets.removeProxy(accountKey(email));
        buckets.removeExpired(SWEEP_BATCH);
    }

    public long windowMinutes() {
        return Math.max(1, settings.window().toMinutes());
    }

    private static boolean exhausted(BucketProxy bucket) {
        return bucket.getAvailableTokens() <= 0;
    }

    private BucketProxy account(String email) {
        return bucket(accountKey(email), settings.failuresPerAccount());
    }

    private BucketProxy address(String address) {
        return bucket(addressKey(address), settings.failuresPerAddress());
    }

    private BucketProxy bucket(String key, int capacity) {
        BucketConfiguration limit = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, settings.window()).build())
                .build();
        return buckets.getProxy(key, () -> limit);
    }

    /** Hashed: the table never holds the emails people typed, and a megabyte of "email" becomes 64 characters. */
    private static String accountKey(String email) {
        return "account:" + Sha256.hex(AccountService.canonicalEmail(email));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    @ConfigurationProperties("praxis.sign-in")
    record Settings(@DefaultValue("5") int failuresPerAccount,
                    @DefaultValue("20") int failuresPerAddress,
                    @DefaultValue("15m") Duration window) {
    }
}
