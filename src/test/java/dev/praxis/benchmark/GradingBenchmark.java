package dev.praxis.benchmark;

import dev.praxis.quiz.grading.GradeResult;
import dev.praxis.quiz.grading.QuestionRubric;
import dev.praxis.quiz.grading.RubricException;
import dev.praxis.quiz.grading.RubricGrader;
import dev.praxis.quiz.grading.RubricLoader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Grading one answer with the flagship rubric; the budget is 1 ms median for a typical answer. Run from the project
 * root (the rubric is read from {@code content/}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GradingBenchmark {

    private QuestionRubric q2;
    private QuestionRubric q7;
    private String typicalAnswer;
    private String longAnswer;

    @Setup
    public void loadRubric() throws RubricException {
        var rubric = RubricLoader.load(Path.of(
                "content/ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals.grading.yaml"));
        q2 = rubric.question("Q2").orElseThrow();
        q7 = rubric.question("Q7").orElseThrow();
        typicalAnswer = "I would look at VRAM first, because a longer context and bigger batches both need more GPU "
                + "memory, and it is not the CPU since utilisation stays low. Before buying anything I'd try a "
                + "shorter context, a smaller batch, a stronger quantization or a smaller model, and only consider "
                + "a card with more video memory if that still fails.";
        longAnswer = "Check the PSU connectors, PCIe layout and clearance, not just the price; ".repeat(300)
                .substring(0, 20_000);
    }

    @Benchmark
    public GradeResult typicalAnswer() {
        return RubricGrader.grade(q2, typicalAnswer);
    }

    @Benchmark
    public GradeResult twentyThousandCharacters() {
        return RubricGrader.grade(q7, longAnswer);
    }
}
