package dev.praxis.quiz.drafting;

import java.util.List;
import java.util.Set;

/**
 * A rubric drafted for one question, before it becomes grading-file text: what the model answer decides (a required
 * concept), the reasons it gives, the misconceptions the module names, the thresholds, and how much the draft itself
 * can be trusted ({@code quality}, 0..1; a multiple-choice key is 1), and the stems of what the model answer itself
 * says that the question does not and no misconception names ({@code own}). A concept's {@code section} is the heading
 * of the module section that explains it (empty when none does).
 */
record DraftQuestion(String number, Kind kind, List<Item> concepts, List<Item> misconceptions, double correct,
        double partial, double quality, Set<String> own) {

    enum Kind { OPEN, CHOICE }

    /**
     * A concept (weight, required) or a misconception (cap, feedback in {@code label}) with its phrases and patterns.
     */
    record Item(String id, String label, double weight, boolean required, double cap, List<String> phrases,
            List<String> patterns, String section) {

        Item(String id, String label, double weight, boolean required, double cap, List<String> phrases,
                List<String> patterns) {
            this(id, label, weight, required, cap, phrases, patterns, "");
        }

        /** The same concept, pointing to the module section that explains it. */
        Item inSection(String heading) {
            return new Item(id, label, weight, required, cap, phrases, patterns, heading);
        }
    }

    /** The same draft, each concept pointing to the section of the module that explains it best. */
    DraftQuestion inSections(ModuleSections sections) {
        List<Item> pointed = concepts.stream().map(concept -> concept.inSection(sections.best(concept.label())))
                .toList();
        return new DraftQuestion(number, kind, pointed, misconceptions, correct, partial, quality, own);
    }
}
