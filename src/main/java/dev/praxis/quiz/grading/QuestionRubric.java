package dev.praxis.quiz.grading;

import java.util.List;

/**
 * How one question is graded. {@code maxOptions} is how many of the module's {@code options} a sound answer may
 * name (0 = no limit); {@code stuffingCap} is the score an answer that stuffs keywords can reach at most;
 * {@code asidesArePartial}: a misconception said as an aside in an answer that holds the whole decision and a reason
 * holds it at partial instead of its own cap (the grading file's {@code asidesArePartial: true}; see
 * {@link RubricGrader}); {@code prompt} is the question's text as learners read it, "" where the rubric does not know
 * it (the grader then cannot tell an answer that only repeats the question's facts, see {@link QuestionEcho}).
 */
public record QuestionRubric(String id, int line, List<Concept> concepts, List<Misconception> misconceptions,
        Thresholds thresholds, List<AnswerOption> options, int maxOptions, double stuffingCap,
        List<RubricExample> examples, boolean asidesArePartial, String prompt) {

    public QuestionRubric {
        concepts = List.copyOf(concepts);
        misconceptions = List.copyOf(misconceptions);
        options = List.copyOf(options);
        examples = List.copyOf(examples);
        prompt = prompt == null ? "" : prompt;
    }

    /** A question whose text the rubric does not know. */
    public QuestionRubric(String id, int line, List<Concept> concepts, List<Misconception> misconceptions,
            Thresholds thresholds, List<AnswerOption> options, int maxOptions, double stuffingCap,
            List<RubricExample> examples, boolean asidesArePartial) {
        this(id, line, concepts, misconceptions, thresholds, options, maxOptions, stuffingCap, examples,
                asidesArePartial, "");
    }

    /** The same rubric for a question whose text learners read as {@code text}. */
    public QuestionRubric withPrompt(String text) {
        return new QuestionRubric(id, line, concepts, misconceptions, thresholds, options, maxOptions, stuffingCap,
                examples, asidesArePartial, text);
    }

    /** A question whose misconceptions always keep their own cap. */
    public QuestionRubric(String id, int line, List<Concept> concepts, List<Misconception> misconceptions,
            Thresholds thresholds, List<AnswerOption> options, int maxOptions, double stuffingCap,
            List<RubricExample> examples) {
        this(id, line, concepts, misconceptions, thresholds, options, maxOptions, stuffingCap, examples, false);
    }
}
