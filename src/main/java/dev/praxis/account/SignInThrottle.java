package dev.praxis.account;

import dev.praxis.system.Sha256;
import dev.praxis.system.database.BucketTable;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Slows down password guessing without letting a guesser lock out the people it guesses at. Three kinds of bucket
 * count failed sign-ins, each refilling over the window (a learner who mistypes twice is never blocked):
 * <ul>
 *   <li>one account from one address ({@code failuresPerAccount}, 5): the guesser pauses the account for
 *       themselves only. The learner at home, or on another network, still signs in;</li>
 *   <li>one account from everywhere ({@code failuresPerAccountEverywhere}, 50): ten times more, so only a guesser
 *       with many addresses reaches it (IPv6 hands out millions), never one person or one classroom;</li>
 *   <li>one address across accounts ({@code failuresPerAddress}, 100): far gentler than an account, because a
 *       classroom or an office behind one NAT address shares it.</li>
 * </ul>
 * The counting happens inside authentication ({@link ThrottledAuthenticationProvider}), so it applies to whatever
 * URL reached the password check. A correct password from an address that has not failed is refused only when the
 * account as a whole is under attack from many addresses; an admin can lift every pause of an account at once.
 * <p>
 * The buckets live in PostgreSQL ({@code sign_in_bucket}), not in this instance's memory: every instance behind a
 * load balancer counts the same failures, and a restart does not hand an attacker a fresh allowance.
 */
@Component
class SignInThrottle {

    /** Expired rows deleted per sign-in attempt: each attempt adds at most three rows, so the table stays small. */
    private static final int SWEEP_BATCH = 50;
    private static final String ACCOUNT = "account:";
    private static final String FROM = ":from:";

    private final Settings settings;
    private final JdbcClient jdbc;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    SignInThrottle(Settings settings, DataSource dataSource) {
        this.settings = settings;
        this.jdbc = JdbcClient.create(dataSource);
        this.buckets = BucketTable.in(dataSource, "sign_in_bucket");
    }

    /** How long sign-in to this account from this address stays paused; empty when it may try now. */
    public Optional<Duration> pause(String email, String address) {
        long nanos = 0;
        for (BucketProxy bucket : bucketsOf(email, address)) {
            EstimationProbe estimate = bucket.estimateAbilityToConsume(1);
            if (!estimate.canBeConsumed()) {
                nanos = Math.max(nanos, estimate.getNanosToWaitForRefill());
            }
        }
        return nanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    public void recordFailure(String email, String address) {
        bucketsOf(email, address).forEach(bucket -> bucket.tryConsume(1));
        buckets.removeExpired(SWEEP_BATCH);
    }

    /** The right password from this address: its own failures there are forgiven; others' failures are not. */
    public void recordSuccess(String email, String address) {
        buckets.removeProxy(pairKey(email, address));
        buckets.removeExpired(SWEEP_BATCH);
    }

    /** An admin lifts every pause of the account, from every address. */
    public void unlock(String email) {
        String account = accountKey(email);
        jdbc.sql("delete from sign_in_bucket where id = :account or starts_with(id, :pairs)")
                .param("account", account)
                .param("pairs", account + FROM)
                .update();
    }

    /** The canonical emails among these whose sign-in is paused from at least one address. */
    public Set<String> paused(List<String> emails) {
        Set<String> pausedKeys = new HashSet<>();
        List<String> ids = jdbc.sql("select id from sign_in_bucket where starts_with(id, :prefix)")
                .param("prefix", ACCOUNT)
                .query(String.class)
                .list();
        for (String id : ids) {
            int capacity = id.contains(FROM) ? settings.failuresPerAccount() : settings.failuresPerAccountEverywhere();
            if (!bucket(id, capacity).estimateAbilityToConsume(1).canBeConsumed()) {
                pausedKeys.add(id.contains(FROM) ? id.substring(0, id.indexOf(FROM)) : id);
            }
        }
        Set<String> paused = new HashSet<>();
        for (String email : emails) {
            if (pausedKeys.contains(accountKey(email))) {
                paused.add(email);
            }
        }
        return paused;
    }

    public long windowMinutes() {
        return Math.max(1, settings.window().toMinutes());
    }

    private List<BucketProxy> bucketsOf(String email, String address) {
        return List.of(bucket(pairKey(email, address), settings.failuresPerAccount()),
                bucket(accountKey(email), settings.failuresPerAccountEverywhere()),
                bucket(addressKey(address), settings.failuresPerAddress()));
    }

    private BucketProxy bucket(String key, int capacity) {
        BucketConfiguration limit = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, settings.window()).build())
                .build();
        return buckets.getProxy(key, () -> limit);
    }

    /** Hashed: the table never holds the emails people typed, and a megabyte of "email" becomes 64 characters. */
    private static String accountKey(String email) {
        return ACCOUNT + Sha256.hex(EmailAddress.lookupKey(email));
    }

    private static String pairKey(String email, String address) {
        return accountKey(email) + FROM + Sha256.hex(network(address));
    }

    private static String addressKey(String address) {
        return "address:" + network(address);
    }

    /**
     * The unit an address belongs to: an IPv4 address itself, the /64 of an IPv6 address (one subscriber's line
     * usually gets a whole /64, so each of its addresses would otherwise be a fresh allowance).
     */
    static String network(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String literal = address.strip().toLowerCase(Locale.ROOT);
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (literal.indexOf(':') < 0 || !literal.matches("[0-9a-f:.%a-z]{2,64}")) {
            return literal.length() > 64 ? Sha256.hex(literal) : literal;
        }
        int zone = literal.indexOf('%');
        String[] groups = expand(zone < 0 ? literal : literal.substring(0, zone));
        return groups == null ? literal : String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
    }

    /** The eight groups of an IPv6 literal without leading zeros; null when it is not one. */
    private static String[] expand(String literal) {
        int gap = literal.indexOf("::");
        String[] head = gap < 0 ? literal.split(":", -1) : split(literal.substring(0, gap));
        String[] tail = gap < 0 ? new String[0] : split(literal.substring(gap + 2));
        int missing = 8 - head.length - tail.length;
        if (gap < 0 ? head.length != 8 : missing < 1) {
            return null;
        }
        String[] groups = new String[8];
        for (int i = 0; i < 8; i++) {
            String group = i < head.length ? head[i] : i >= 8 - tail.length ? tail[i - (8 - tail.length)] : "0";
            if (!group.matches("[0-9a-f]{1,4}")) {
                return null;
            }
            groups[i] = Integer.toHexString(Integer.parseInt(group, 16));
        }
        return groups;
    }

    private static String[] split(String part) {
        return part.isEmpty() ? new String[0] : part.split(":", -1);
    }

    @ConfigurationProperties("praxis.sign-in")
    @Validated
    record Settings(@DefaultValue("5") @Positive int failuresPerAccount,
                    @DefaultValue("50") @Positive int failuresPerAccountEverywhere,
                    @DefaultValue("100") @Positive int failuresPerAddress,
                    @DefaultValue("15m") @DurationMin(seconds = 1) Duration window) {
    }
}
