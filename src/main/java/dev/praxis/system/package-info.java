/**
 * What every feature shares and no feature owns: {@link dev.praxis.system.Sha256}, Spring's logging turned into text
 * only at enabled levels ({@link dev.praxis.system.LevelCheckedLogFactory}), the memory-bounded cache every feature
 * builds the same way ({@link dev.praxis.system.Caches}), and the sub-packages below. The
 * security rules themselves (who may reach what, CSP, CSRF, remember-me, public reading, real 404s) live with the
 * accounts they protect, in {@code account}.
 *
 * <h2>Sub-packages</h2>
 * {@code system.web} (error and 503 handling, static resources, timestamps, the page language), {@code system.database}
 * (choosing the database, rate-limit bucket tables, LIKE patterns), {@code system.changes} (the change feed that keeps
 * every instance's caches fresh), {@code system.session} (sessions in PostgreSQL, read quietly), {@code system.cli} (the
 * offline tools' dispatcher) and {@code system.yaml} (YAML with line numbers).
 *
 * <h2>Depends on</h2>
 * No feature: {@code CycleTests.systemImportsNoFeature} fails when it does.
 */
package dev.praxis.system;
