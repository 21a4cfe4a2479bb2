package dev.praxis.content;

/**
 * One piece of a lesson, in reading order. Reveal texts and quiz answers are never inside a {@link Prose} part: a
 * prompt, the quiz and the lab leave only a slot where they stood, and the page fills each slot from the module's
 * structured records, per learner.
 */
public sealed interface LessonPart {

    /** Sanitised lesson HTML. */
    record Prose(String html) implements LessonPart {
    }

    /** Where a prediction prompt stood; {@link CourseModule#prediction(String)} has it. */
    record PredictionSlot(String predictionId) implements LessonPart {
    }

    /** Where the quiz section's questions stood (its heading stays in the prose before). */
    record QuizSlot() implements LessonPart {
    }

    /** Where the hands-on exercise stood (its heading stays in the prose before). */
    record LabSlot() implements LessonPart {
    }
}
