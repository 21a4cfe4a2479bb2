package dev.praxis.system.database;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Rate-limit buckets kept in a PostgreSQL table of Bucket4j's layout ({@code id text, state bytea, expires_at
 * bigint}), so every instance counts the same requests and a restart hands out no fresh allowance.
 */
public final class BucketTable {

    private BucketTable() {
    }

    /** Buckets in {@code table}, keyed by text; a full bucket is the same as no bucket, so its row may be swept. */
    public static PostgreSQLSelectForUpdateBasedProxyManager<String> in(DataSource dataSource, String table) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(table)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }
}
