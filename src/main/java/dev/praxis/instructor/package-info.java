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
 * No table of its own. {@code CohortRepository} reads other features' tables directly ({@code app_user},
 * {@code prediction}, {@code section_read}, {@code quiz_attempt}, {@code quiz_answer}, {@code quiz_override},
 * {@code lab_work}, {@code lab_verdict}, {@code inventory_upload}) because a cohort page must be a handful of grouped
 * queries; issue #20 plans read models (views) published by the owning features instead.
 *
 * <h2>Depends on</h2>
 * {@code content} (the catalog), {@code progress} (progress derived from the counted facts), {@code account} (the
 * learner's account) and {@code system}. Nothing depends on this package.
 */
package dev.praxis.instructor;
