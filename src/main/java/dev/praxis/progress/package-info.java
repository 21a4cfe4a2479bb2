/**
 * Progress derived from what a learner did (sections read, predictions, quiz attempts, lab verdicts), never kept in
 * counters that could drift: "My progress" ({@code /progress}, {@code /progress.json}), the sections-read beacon of
 * lesson pages ({@code POST /progress/read}), and each module's next step.
 *
 * <h2>Entry points</h2>
 * {@link dev.praxis.progress.ProgressService}: one learner's {@link dev.praxis.progress.LearnerFacts} (read in one
 * query), {@link dev.praxis.progress.ModuleProgress} per module (a module's translations count as one,
 * {@link dev.praxis.progress.ModuleTally}), the {@link dev.praxis.progress.NextStep} and where to continue. Used by
 * {@code lesson}, {@code quiz}, {@code lab} and {@code instructor}.
 *
 * <h2>Owns and reads</h2>
 * Table {@code section_read}, published to others as {@code section_read_view}. {@code ProgressRepository} reads the
 * other facts, in one query, from the read models their owners publish: {@code prediction_view} (lesson),
 * {@code quiz_result_view} (quiz), {@code lab_verdict_view} (lab); {@code ReadModelTests} keeps it so.
 * {@code LearnerFactsCache} keeps each learner's facts in memory while the {@code ChangeFeed.LEARNERS} clock
 * heard no change to them.
 *
 * <h2>Depends on</h2>
 * {@code content} (modules), {@code account} (the signed-in user), {@code system.database} and {@code system.changes}. It must not depend on
 * the features that use it.
 */
package dev.praxis.progress;
