package dev.praxis.quiz.grading;

import java.util.List;

/**
 * How one question is graded. {@code maxOptions} is how many of the module's {@code options} a sound answer may
 * name (0 = no limit); {@code stuffingCap} is the score an answer that stuffs keywords can reach at most.
 */
public record QuestionRubric(String id, int line, List<Concept> concepts, List<Misconception> misconceptions,
        Thresholds thresholds, List<AnswerOption> options, int maxOptions, double stuffingCap,
        List<RubricExample> examples) {

    public QuestionRubric {
        concepts = List.copyOf(concepts);
        misconceptions = List.copyOf(misconceptions);
        options = List.copyOf(options);
        examples = List.copyOf(examples);
    }
}
