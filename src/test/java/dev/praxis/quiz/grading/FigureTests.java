package dev.praxis.quiz.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures an idea carries: an answer whose number contradicts one is held below correct and told the figure. */
class FigureTests {

    @TempDir
    Path dir;

    private QuestionRubric memory;
    private QuestionRubric heat;

    @BeforeEach
    void load() throws RubricException {
        ModuleRubric rubric = RubricLoader.load(TestRubrics.write(dir, "f.grading.yaml", """
                module: a/b
                questions:
                  Q1:
                    concepts:
                      - id: vram
                        label: VRAM is the constraint
                        required: true
                        weight: 2
                        phrases: [vram]
                        figures:
                          - says: at 4-bit about 0.5 GB per billion parameters
                            unit: 'GB|gigabytes?'
                            range: [0.4, 1.0]
                            perBillionParameters: true
                            near: [4-bit]
                          - says: at 16-bit about 2 GB per billion parameters
                            unit: 'GB|gigabytes?'
                            range: [1.6, 3.0]
                            perBillionParameters: true
                            near: [fp16]
                      - {id: fix, label: Shorten the context, required: true, weight: 2, phrases: [shorter context]}
                  Q2:
                    concepts:
                      - id: throttling
                        label: Thermal throttling
                        required: true
                        phrases: [throttl]
                        figures:
                          - says: GPUs throttle around 80-95 °C
                            unit: '°\\s*C|c'
                            range: [70, 110]
                            near: [throttl]
                      - {id: validate, label: Log temperatures, required: true, phrases: [log * temperature]}
                """));
        memory = rubric.question("Q1").orElseThrow();
        heat = rubric.question("Q2").orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "It's VRAM: a 7B model at 4-bit needs about 4 GB, so use a shorter context.|CORRECT",
        "It's VRAM: a 13B model at 4-bit needs 7 to 9 GB, so use a shorter context.|CORRECT",
        "It's VRAM: a 7B model at 4-bit needs about 40 GB, so use a shorter context.|PARTIAL",
        "It's VRAM: a 7B model at 4-bit needs about 0.5 GB, so use a shorter context.|PARTIAL",
        // the precision nearest the number judges it
        "VRAM: a 7B model is 14 GB in fp16 but 4 GB at 4-bit, so use a shorter context.|CORRECT",
        "VRAM: a 7B model is 4 GB in fp16 and 14 GB at 4-bit, so use a shorter context.|PARTIAL",
        // no model size, no precision: nothing to judge
        "VRAM: the card has 8 GB, so use a shorter context.|CORRECT",
        "VRAM at 4-bit runs out at 8 GB, so use a shorter context.|CORRECT"})
    void modelMemoryIsJudgedPerBillionParametersAtTheNearestPrecision(String answer, Verdict expected) {
        assertThat(RubricGrader.grade(memory, answer).verdict()).isEqualTo(expected);
    }

    @Test
    void aWrongFigureIsFlaggedWithTheRubricFigure() {
        GradeResult result = RubricGrader.grade(heat,
                "Thermal throttling: GPUs throttle at about 45 °C. Log the temperature over a long run.");
        assertThat(result.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(result.misconceptions()).singleElement().satisfies(flag -> {
            assertThat(flag.id()).isEqualTo("wrong-figure");
            assertThat(flag.feedback()).contains("45 °C").contains("GPUs throttle around 80-95 °C");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thermal throttling: GPUs throttle around 83-90 °C. Log the temperature over a long run.",
        // a reading in another clause is no threshold
        "It idles at 45 °C, then it starts throttling. Log the temperature over a long run.",
        // a denied or someone else's figure is not the writer's
        "Some say GPUs throttle at 45 °C, but it's heat near the limit. Thermal throttling: log the temperature."})
    void rightFiguresReadingsAndOthersFiguresKeepTheVerdict(String answer) {
        assertThat(RubricGrader.grade(heat, answer).verdict()).isEqualTo(Verdict.CORRECT);
    }

    /**
     * Money comes with its sign before the number ("$250", "€1,200") and thousands written with separators or "k":
     * a figure whose unit is a sign reads both, so a rubric can carry prices (a powerful GPU, a rented GPU hour).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rent the GPU in the cloud; a rented card costs about $2 an hour. Keep the laptop for daily work.|CORRECT",
        "Rent the GPU in the cloud; a rented card costs about 2 dollars an hour. Keep the laptop for daily work.|CORRECT",
        "Rent the GPU in the cloud; a rented card costs about $0.05 an hour. Keep the laptop for daily work.|PARTIAL",
        "Rent the GPU in the cloud; a rented card costs about 5 cents an hour. Keep the laptop for daily work.|PARTIAL",
        "A desktop would cost $1,200, so rent the GPU in the cloud. Keep the laptop for daily work.|CORRECT",
        "A desktop would cost $2k, so rent the GPU in the cloud. Keep the laptop for daily work.|CORRECT",
        "A desktop would cost $150, so rent the GPU in the cloud. Keep the laptop for daily work.|PARTIAL",
        // a word before a number is no sign: "USD 150" is left alone, as is a price with no phrase near it
        "A desktop would cost USD 150, so rent the GPU in the cloud. Keep the laptop for daily work.|CORRECT",
        "Rent the GPU in the cloud; I spent $150 on a course. Keep the laptop for daily work.|CORRECT"})
    void pricesAreReadWithTheirSignBeforeTheNumber(String answer, Verdict expected) throws RubricException {
        QuestionRubric prices = RubricLoader.load(TestRubrics.write(dir, "p.grading.yaml", """
                module: a/b
                questions:
                  Q1:
                    concepts:
                      - id: rent
                        label: Rent the GPU for the big jobs
                        required: true
                        phrases: [rent * gpu]
                        figures:
                          - {says: 'a rented GPU costs tens of cents to a few dollars an hour', unit: '\\$|dollars?',
                             range: [0.1, 50], near: [an hour]}
                          - {says: 'a rented GPU costs tens of cents to a few dollars an hour', unit: 'cents?',
                             range: [10, 5000], near: [an hour]}
                          - {says: 'a desktop costs many hundreds of dollars', unit: '\\$|dollars?|usd',
                             range: [400, inf], near: [desktop]}
                      - {id: home, label: Daily work at home, required: true, phrases: [laptop * daily]}
                """)).question("Q1").orElseThrow();
        assertThat(RubricGrader.grade(prices, answer).verdict()).isEqualTo(expected);
    }

    @Test
    void aFigureNeedsARangeOfTwoNumbers() {
        assertThatThrownBy(() -> RubricLoader.load(TestRubrics.write(dir, "bad.grading.yaml", """
                module: a/b
                questions:
                  Q1:
                    concepts:
                      - id: vram
                        label: VRAM
                        phrases: [vram]
                        figures:
                          - {says: about 4 GB, unit: GB, range: [4], near: [model]}
                """))).isInstanceOf(RubricException.class).hasMessageContaining("bad.grading.yaml:9")
                .hasMessageContaining("'range' of two numbers");
    }
}
