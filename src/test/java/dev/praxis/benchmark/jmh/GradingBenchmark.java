package dev.praxis.benchmark.jmh;

import dev.praxis.quiz.grading.GradeResult;
import dev.praxis.quiz.grading.QuestionRubric;
import dev.praxis.quiz.grading.RubricException;
import dev.praxis.quiz.grading.RubricGrader;
import dev.praxis.quiz.grading.RubricLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Grading with the flagship rubric: one typical answer (budget 5 ms median, claim analysis included), the longest
 * answer accepted, and a whole 8-answer quiz (the grading share of a submit, whose budget is 100 ms server time). Run
 * from the project root (the rubric is read from {@code content/}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GradingBenchmark {

    private QuestionRubric q2;
    private QuestionRubric q7;
    private String typicalAnswer;
    private String longAnswer;
    private List<QuestionRubric> quiz;
    private List<String> quizAnswers;

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
        quiz = List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8").stream()
                .map(id -> rubric.question(id).orElseThrow()).toList();
        quizAnswers = List.of(
                "I get why the teammate wants it, but keep the laptop for now: the work is API calls and small "
                        + "notebooks. Track RAM and disk, and revisit if VRAM blocks local models.",
                typicalAnswer,
                "The swapping shows the machine is running short on memory while the GPU has headroom, so add RAM or "
                        + "run fewer services at once.",
                "Blaming the GPU would be a mistake. The nearly full system disk slows every load; move checkpoints "
                        + "to a second NVMe and keep free space for caches.",
                "One machine first: it teaches serving, containers and vector stores, and a three-node lab adds "
                        + "networking overhead too early. Add nodes later.",
                "Hybrid: keep local hardware for daily notebooks and rent cloud GPUs for the rare big jobs, since a "
                        + "loud desktop would sit idle. Watch the cloud costs.",
                "People say you can always upgrade later, but that claim needs checking: PSU connectors, clearance, "
                        + "PCIe slots and drivers. If they are tight, treat it as a fixed appliance.",
                "Thermal throttling: log temperatures and clocks over a long run and improve airflow before assuming "
                        + "the GPU is too weak.");
    }

    @Benchmark
    public GradeResult typicalAnswer() {
        return RubricGrader.grade(q2, typicalAnswer);
    }

    @Benchmark
    public GradeResult twentyThousandCharacters() {
        return RubricGrader.grade(q7, longAnswer);
    }

    @Benchmark
    public void eightAnswerQuiz(Blackhole results) {
        for (int i = 0; i < quiz.size(); i++) {
            results.consume(RubricGrader.grade(quiz.get(i), quizAnswers.get(i)));
        }
    }
}
