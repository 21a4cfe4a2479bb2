/**
 * Praxis, a self-paced course platform where practice is checked against reality. {@link dev.praxis.PraxisApplication}
 * starts the Spring Boot platform, or hands the command line to {@link dev.praxis.system.cli.CommandLineTools} when its
 * first argument names an offline tool ({@code check-content}, {@code grade}, {@code validate-lab}), which never starts
 * Spring or a database.
 *
 * <h2>Packages</h2>
 * One package per feature, each owning its pages, service, repository, tables and templates
 * ({@code templates/<feature>/}): {@code account}, {@code content}, {@code lesson}, {@code quiz}, {@code lab},
 * {@code inventory}, {@code progress}, {@code instructor}; {@code text} is the shared text engine, {@code agent} the
 * separate inventory agent jar, and {@code system} what every feature shares (security, layout, database, sessions,
 * errors). Sub-packages named {@code core}, {@code grading}, {@code drafting}, {@code validation} and
 * {@code markdown} are pure cores without Spring, reused by the command-line tools and the agent.
 * {@code ARCHITECTURE.md} at the top of the repository draws how they fit; {@code CycleTests} keeps the feature
 * packages free of cycles.
 */
package dev.praxis;
