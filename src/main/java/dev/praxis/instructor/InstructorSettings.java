package dev.praxis.instructor;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code praxis.instructor.*}: how fresh the cohort pages' module statistics are.
 *
 * @param statsRefresh statistics read every answer and verdict of a module (hundreds of thousands of rows for a large
 *                     cohort), so a page shows them as of at most this long ago and they are recomputed in the
 *                     background, never while it waits; unused for twenty times this long, they are dropped
 */
@ConfigurationProperties("praxis.instructor")
record InstructorSettings(@DefaultValue("30s") Duration statsRefresh) {
}
