/**
 * Sessions in PostgreSQL (Spring Session JDBC, table {@code spring_session}) so any instance serves any learner,
 * without asking the database on every request: {@code QuietSessionRepository} sits in front of Boot's JDBC
 * repository, keeps sessions in memory while the {@code ChangeFeed.SESSIONS} clock heard no change to them, reads a
 * session once per request ({@code SessionRequestScope}) and skips writes that change nothing.
 * {@code QuietSessionConfig} wires it; nothing here is public. Depends on {@code system.changes} and Spring Session;
 * no feature.
 */
@NamedInterface("session")
package dev.praxis.system.session;

import org.springframework.modulith.NamedInterface;
