package dev.praxis.lesson;

import dev.praxis.content.Prediction;

/** The in-page anchor of a prediction card, e.g. {@code prompt-2}. */
public final class PredictionAnchors {

    private PredictionAnchors() {
    }

    public static String of(Prediction prediction) {
        return "prompt-" + prediction.ordinal();
    }
}
