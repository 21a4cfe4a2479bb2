/**
 * How every instance learns that rows changed, whoever wrote them, so caches can keep copies without serving stale
 * ones. This is the one freshness model for data in PostgreSQL, and for the one kind of file edited from the web
 * (grading rubrics); the catalog, which is not in PostgreSQL, is immutable per import instead
 * ({@code content.CatalogListener}).
 *
 * <h2>The pieces</h2>
 * <ul>
 *   <li>Migration {@code V13}'s triggers {@code NOTIFY} on commit when sessions (channel {@code praxis_session}) or a
 *       learner's facts ({@code praxis_learner}) change, from any instance or tool.</li>
 *   <li>{@link dev.praxis.system.changes.ChangeFeed#announce} sends the {@code NOTIFY} itself for a change no trigger
 *       sees: the rubric editor's save of a module's grading file ({@code praxis_rubric}, keyed by module slug, to
 *       the content folder the instances share).</li>
 *   <li>{@link dev.praxis.system.changes.ChangeFeed} listens on one connection of its own, outside the pool, and moves
 *       the {@link dev.praxis.system.changes.ChangeClock} of the channel for each key it hears about.</li>
 *   <li>A cache takes a stamp before it reads rows and serves its copy only while
 *       {@code clock.unchangedSince(key, stamp)}; a writer on this instance calls {@code clock.changed(key)} after its
 *       commit so its own next read never waits for the notification.</li>
 * </ul>
 *
 * <h2>Who uses it</h2>
 * {@code system.session.QuietSessionRepository} (and {@code AccountSessionEnder}), {@code progress.LearnerFactsCache},
 * {@code lesson.LessonPageCache}, {@code quiz.QuizRubrics} (a module's grading file, read again on the next use
 * after a save was heard).
 *
 * <h2>When the feed is deaf</h2>
 * While the feed has no connection (starting, database gone) its clocks hand out {@code ChangeClock.NONE} and every
 * cache reads from PostgreSQL ({@code QuizRubrics} reads the grading file's text on each use and parses it only
 * when it differs from the kept text): a lost notification can cost speed, never correctness.
 *
 * <h2>Depends on</h2>
 * Spring and the PostgreSQL driver (for {@code LISTEN}); no feature.
 */
@NamedInterface("changes")
package dev.praxis.system.changes;

import org.springframework.modulith.NamedInterface;
