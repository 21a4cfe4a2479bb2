package dev.praxis.instructor;

import dev.praxis.content.CourseModule;
import java.util.List;

/**
 * One page of the cohort dashboard.
 *
 * @param modules the columns: modules with a quiz or a lab
 * @param page    1-based
 * @param stats   the statistics of the chosen module, or null when no module has a quiz or a lab
 */
record CohortPage(List<CourseModule> modules, List<LearnerProgress> rows, String query, int page, long total,
                  ModuleStats stats) {

    public int pages() {
        return (int) Math.max(1, (total + CohortFilter.PAGE_SIZE - 1) / CohortFilter.PAGE_SIZE);
    }

    public long firstShown() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * CohortFilter.PAGE_SIZE + 1;
    }

    public long lastShown() {
        return (long) (page - 1) * CohortFilter.PAGE_SIZE + rows.size();
    }
}
