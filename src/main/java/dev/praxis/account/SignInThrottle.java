package dev.praxis.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: each account and each client address may fail to sign in a few times, then
 * has to wait. Buckets refill over the window, so a learner who mistypes twice is never blocked.
 */
@Component
public class SignInThrottle {

    private final Settings settings;
    private final Cache<String, Bucket> buckets;

    SignInThrottle(Settings settings) {
        this.settings = settings;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(settings.window().multipliedBy(2)).maximumSize(100_000).build();
    }

    /** True when the account or the address has used up its failures in the current window. */
    public boolean isThrottled(String email, String address) {
        return exhausted(accountKey(email)) || exhausted(addressKey(address));
    }

    public void recordFailure(String email, String address) {
        bucket(accountKey(email), settings.failuresPerAccount()).tryConsume(1);
        bucket(addressKey(address), settings.failuresPerAddress()).tryConsume(1);
    }

    public void recordSuccess(String email) {
        buckets.invalidate(accountKey(email));
    }

    public long windowMinutes() {
        return Math.max(1, settings.window().toMinutes());
    }

    private boolean exhausted(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, settings.window()).build())
                .build());
    }

    private static String accountKey(String email) {
        return "account:" + AccountService.canonicalEmail(email);
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
