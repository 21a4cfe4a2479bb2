package dev.praxis.quiz.drafting;

import java.util.List;

/**
 * A rubric drafted for one question, before it becomes grading-file text: what the model answer decides (a required
 * concept), the reasons it gives, the misconceptions the module names, the thresholds, and how much the draft itself
 * can be trusted ({@code quality}, 0..1; a multiple-choice key is 1).
 */
record DraftQuestion(String number, Kind kind, List<Item> concepts, List<Item> misconceptions, double correct,
        double partial, double quality) {

    enum Kind { OPEN, CHOICE }

    /**
     * A concept (weight, required) or a misconception (cap, feedback in {@code label}) with its phrases and patterns.
     */
    record Item(String id, String label, double weight, boolean required, double cap, List<String> phrases,
            List<String> patterns) {
    }
}
