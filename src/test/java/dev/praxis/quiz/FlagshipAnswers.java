package dev.praxis.quiz;

import dev.praxis.quiz.grading.ModuleRubric;
import dev.praxis.quiz.grading.RubricException;
import dev.praxis.quiz.grading.RubricGrader;
import dev.praxis.quiz.grading.RubricLoader;
import dev.praxis.quiz.grading.Verdict;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Answers from the hand-labelled flagship set that the flagship rubric grades with a wanted verdict, so web tests
 * can build attempts with a known score without copying grading results into the test.
 */
final class FlagshipAnswers {

    static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    static final int QUESTIONS = 8;
    /** A grading file for the flagship whose Q1 no answer satisfies: every Q1 answer grades incorrect under it. */
    static final String NEVER_SATISFIED_RUBRIC = """
            module: "%s"
            questions:
              Q1:
                concepts:
                  - id: never-said
                    label: A phrase no answer uses
                    required: true
                    phrases: [quokka ledger]
            """.formatted(SLUG);

    private static final Path RUBRIC = Path.of("content/" + SLUG + ".grading.yaml");
    private static final Path LABELLED = Path.of("src/test/resources/grading/flagship-labelled.yaml");

    record Labelled(String question, String kind, String expect, String answer) {
    }

    record LabelledSet(List<Labelled> answers) {
    }

    private final ModuleRubric rubric;
    private final List<Labelled> labelled;

    FlagshipAnswers() {
        try {
            rubric = RubricLoader.load(RUBRIC);
        } catch (RubricException e) {
            throw new IllegalStateException("The flagship grading file must load for the quiz web tests", e);
        }
        labelled = YAMLMapper.builder().build().readValue(LABELLED.toFile(), LabelledSet.class).answers();
    }

    static String questionId(int number) {
        return SLUG + ":quiz:" + number;
    }

    /** A labelled answer to question {@code Q<number>} that the rubric grades {@code verdict}. */
    String graded(int number, Verdict verdict) {
        String question = "Q" + number;
        return labelled.stream()
                .filter(l -> l.question().equals(question))
                .map(Labelled::answer)
                .filter(answer -> RubricGrader.grade(rubric.question(question).orElseThrow(), answer).verdict() == verdict)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No labelled " + question + " answer grades " + verdict));
    }
}
