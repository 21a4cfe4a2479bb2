package dev.praxis.e2e;

import dev.praxis.lab.validation.LabWork;
import dev.praxis.quiz.QuizService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The flagship module as the browser tests walk it: its addresses, realistic quiz answers (the grading file's own
 * worked examples), a learner's lab work that fits the pasted desktop inventory, and the inventory fixtures.
 */
final class Flagship {

    static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    static final String LESSON = "/modules/" + SLUG + "/";
    static final String QUIZ = "/quiz/" + SLUG + "/";
    static final String LAB = "/lab/" + SLUG + "/";
    static final String LAB_REPORT = "/labs/report?module=" + SLUG;
    static final String TITLE = "Home AI Workstation Fundamentals";

    private static final Path GRADING = Path.of("content", SLUG + ".grading.yaml");
    private static final Path FIXTURES = Path.of("src", "test", "resources", "inventory", "fixtures");

    /** What a learner who read the module writes in the lab, for a desktop with one NVIDIA card. */
    static final Map<String, String> LAB_ANSWERS = Map.ofEntries(
            Map.entry("workload", "For the next 4 months I will run local coding models with Ollama every day and "
                    + "build a small RAG experiment over my own notes, with notebooks for evaluating retrieval quality."),
            Map.entry("archetypeReason", "It is a tower with one NVIDIA card that stays at my desk and runs long "
                    + "local inference sessions."),
            Map.entry("unknowns", "Disk models are not reported, and I have no temperature readings under "
                    + "sustained load yet; I will watch nvidia-smi during a long run."),
            Map.entry("summary.workload", "local coding models and RAG experiments"),
            Map.entry("summary.archetype", "single-gpu-desktop"),
            Map.entry("summary.firstBottleneck", "VRAM"),
            Map.entry("summary.evidence", "nvidia-smi reports the card's memory.total, and a 13B model fails when "
                    + "the context grows past 8k"),
            Map.entry("summary.secondBottleneck", "System RAM: notebooks and the vector store swap when run together"),
            Map.entry("summary.decision", "keep the current machine and use cloud for rare larger runs"),
            Map.entry("summary.nextAction", "lower the context length and use a stronger 4-bit quantization"),
            Map.entry("plan.now", "Keep the desktop and quantize models to fit the card's VRAM."),
            Map.entry("plan.oneMonth", "After one month, check how often models fail to fit in VRAM and whether "
                    + "RAM swaps during preprocessing."),
            Map.entry("plan.firstRepeatedBottleneck", "If VRAM is saturated every week even after quantization "
                    + "changes, rent a larger cloud GPU for those runs before buying a new card."),
            Map.entry("recommendation", "For the next stage I will keep the current machine, because local coding "
                    + "models and RAG experiments are my workload, VRAM is the first bottleneck as measured by "
                    + "nvidia-smi and failed long contexts, and rare larger jobs go to cloud bursts."));

    /** Step 5's first row: symptom, constraint, first fix. */
    static final List<String> SYMPTOM_ROW = List.of("a 13B model fails when context grows past 8k", "VRAM",
            "lower the context length and use a stronger 4-bit quantization");

    private Flagship() {
    }

    /** The answers to Q1..Q8: the grading file's correct worked example, or its incorrect one where asked. */
    static List<String> quizAnswers(int incorrectQuestion) {
        JsonNode questions = grading().get("questions");
        List<String> answers = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            String wanted = n == incorrectQuestion ? "incorrect" : "correct";
            JsonNode question = questions.get("Q" + n);
            String answer = null;
            for (JsonNode example : question.get("examples")) {
                if (answer == null && wanted.equals(example.get("expect").asString())) {
                    answer = example.get("answer").asString();
                }
            }
            if (answer == null) {
                throw new IllegalStateException(GRADING + " has no " + wanted + " example for Q" + n);
            }
            answers.add(answer);
        }
        return answers;
    }

    /** The answers of {@link #quizAnswers} by question id, as {@code QuizService.submit} takes them. */
    static Map<String, String> quizAnswersById(QuizService quizzes, int incorrectQuestion) {
        List<String> texts = quizAnswers(incorrectQuestion);
        Map<String, String> answers = new LinkedHashMap<>();
        quizzes.moduleWithQuiz(SLUG).quiz().questions().forEach(q -> answers.put(q.id(), texts.get(answers.size())));
        return answers;
    }

    /** The lab work above as the lab service stores it (for tests that seed instead of typing). */
    static LabWork labWork(String everyText) {
        return new LabWork(null, everyText, "single-gpu-desktop", everyText, "sustained-load", everyText,
                new LabWork.Summary(everyText, everyText, everyText, everyText, everyText, everyText, everyText),
                List.of(new LabWork.SymptomRow(everyText, everyText, everyText)),
                new LabWork.Plan(everyText, everyText, everyText), everyText);
    }

    static String fixture(String name) {
        try {
            return Files.readString(FIXTURES.resolve(name + ".transcript.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the inventory fixture " + name, e);
        }
    }

    private static JsonNode grading() {
        try {
            return YAMLMapper.builder().build().readTree(Files.readString(GRADING, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + GRADING, e);
        }
    }
}
