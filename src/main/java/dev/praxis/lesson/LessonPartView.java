package dev.praxis.lesson;

import dev.praxis.content.CourseModule;
import dev.praxis.content.LessonPart;
import dev.praxis.content.Prediction;
import java.util.List;

/** A lesson part as the template walks it: {@code prose}, {@code prediction}, {@code quiz} or {@code lab}. */
record LessonPartView(String kind, String html, Prediction prediction) {

    static List<LessonPartView> of(CourseModule module) {
        return module.parts().stream().map(part -> view(module, part)).toList();
    }

    private static LessonPartView view(CourseModule module, LessonPart part) {
        if (part instanceof LessonPart.Prose prose) {
            return new LessonPartView("prose", prose.html(), null);
        }
        if (part instanceof LessonPart.PredictionSlot slot) {
            return new LessonPartView("prediction", null, module.prediction(slot.predictionId()).orElseThrow());
        }
        if (part instanceof LessonPart.QuizSlot) {
            return new LessonPartView("quiz", null, null);
        }
        return new LessonPartView("lab", null, null);
    }
}
