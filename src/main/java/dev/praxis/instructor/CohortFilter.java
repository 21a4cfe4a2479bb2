package dev.praxis.instructor;

import dev.praxis.system.database.LikePattern;

/**
 * Which learners a cohort view covers: those whose name or email contains {@code query} (case-insensitive), in
 * name order, {@code limit} of them from {@code offset}.
 */
record CohortFilter(String query, int offset, int limit) {

    static final int PAGE_SIZE = 100;

    CohortFilter {
        query = LikePattern.query(query);
    }

    static CohortFilter page(String query, int page) {
        return new CohortFilter(query, Math.max(0, page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    static CohortFilter everyone(String query) {
        return new CohortFilter(query, 0, Integer.MAX_VALUE);
    }

    /** An ILIKE pattern matching the query literally: its own {@code %}, {@code _} and {@code \} are escaped. */
    String pattern() {
        return LikePattern.containing(query);
    }
}
