package dev.praxis.instructor;

import dev.praxis.progress.ModuleProgress;
import java.util.List;

/** One row of the cohort table: a learner and their progress in each dashboard module, in column order. */
record LearnerProgress(LearnerRow learner, List<ModuleProgress> modules) {
}
