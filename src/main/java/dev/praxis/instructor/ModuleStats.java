package dev.praxis.instructor;

import dev.praxis.content.CourseModule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The cohort's quiz statistics per question and lab pass rates per checklist item for one module, as of a time.
 *
 * @param refresh how old, at most, statistics on a page are: they are recomputed in the background this often
 */
record ModuleStats(CourseModule module, List<QuestionStats> questions, List<ItemPassRate> items, long labLearners,
                   Instant computedAt, Duration refresh) {

    public long refreshSeconds() {
        return refresh.toSeconds();
    }
}
