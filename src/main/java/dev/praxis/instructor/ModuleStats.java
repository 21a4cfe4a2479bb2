package dev.praxis.instructor;

import dev.praxis.content.CourseModule;
import java.time.Instant;
import java.util.List;

/** The cohort's quiz statistics per question and lab pass rates per checklist item for one module, as of a time. */
record ModuleStats(CourseModule module, List<QuestionStats> questions, List<ItemPassRate> items, long labLearners,
                   Instant computedAt) {

    /** How old, at most, statistics on a page are: they are recomputed in the background this often. */
    public long refreshSeconds() {
        return CohortService.STATS_REFRESH.toSeconds();
    }
}
