package dev.praxis.instructor;

import dev.praxis.content.CourseModule;
import java.util.List;

/** The cohort's quiz statistics per question and lab pass rates per checklist item, for one module. */
record ModuleStats(CourseModule module, List<QuestionStats> questions, List<ItemPassRate> items, long labLearners) {
}
