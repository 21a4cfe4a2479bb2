package dev.praxis.lesson;

import dev.praxis.content.Prediction;
import java.util.List;

/**
 * A lesson's article as the page walks it: stretches of HTML that are the same for every learner, each followed by
 * at most one prediction card that depends on the learner. {@code toc} is the "On this page" navigation.
 */
record LessonBody(List<Segment> segments, String toc) {

    /** Shared HTML ({@code html}, possibly empty) then, unless {@code prediction} is null, that prompt's card. */
    record Segment(String html, Prediction prediction) {
    }
}
