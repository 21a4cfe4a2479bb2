/**
 * What instructors see of their cohort: the dashboard ({@code /instructor}) with every learner's progress per module,
 * per-question quiz statistics and per-item lab pass rates, one learner's full record
 * ({@code /instructor/learners/{id}}) and the CSV export ({@code /instructor/cohort.csv}). Security lets only
 * instructors and admins in. Templates {@code instructor/}.
 *
 * <h2>Pure core and Spring shell</h2>
 * {@code CohortStatistics} and {@code CohortCsv} are pure; {@code CohortService} costs a fixed number of grouped
 * queries per page however many learners and modules there are; {@code CohortRepository} runs them.
 *
 * <h2>Owns and reads</h2>
 * No table of its own. {@code CohortRepository} reads only the read models other features publish (views from
 * migrations {@code V27}–{@code V27_5}): {@code learner_view}, {@code section_read_view}, {@code prediction_view},
 * {@code quiz_result_view}, {@code quiz_answer_view}, {@code lab_started_view}, {@code lab_verdict_view},
 * {@code upload_status_view}. Plain views, so a cohort page stays a handful of grouped queries on the owners' indexes;
 * {@code ReadModelTests} keeps it so.
 *
 * <h2>Depends on</h2>
 * {@code content} (the catalog), {@code progress} (progress derived from the counted facts), {@code account} (the
 * learner's account) and {@code system}. Nothing depends on this package.
 */
package dev.praxis.instructor;
