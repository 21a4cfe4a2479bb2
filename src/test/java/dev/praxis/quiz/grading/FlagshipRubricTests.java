package dev.praxis.quiz.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import dev.praxis.content.importing.ContentImporter;
import dev.praxis.content.CourseModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The flagship module's rubric against answers labelled by hand from the module's model answers. */
@DisplayName("Flagship rubric against the labelled answer set")
class FlagshipRubricTests {

    static final Path FLAGSHIP = Path.of(
            "content/ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals.grading.yaml");
    private static final String FLAGSHIP_SLUG =
            "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    private static final Path LABELLED = Path.of("src/test/resources/grading/flagship-labelled.yaml");
    /**
     * A second held-out set, written before the grader was changed for it: everyday words, rejected misconceptions,
     * right terms in wrong claims, typos and Ukrainian answers.
     */
    private static final Path HELD_OUT_2 = Path.of("src/test/resources/grading/flagship-heldout-2.yaml");
    private static final Set<String> NEVER_CORRECT = Set.of("negation-trap", "keyword-stuffing", "prestige-buying");

    record Labelled(String question, String kind, String expect, String answer) {

        @Override
        public String toString() {
            return question + " " + kind + ": " + answer;
        }
    }

    record LabelledSet(List<Labelled> answers) {
    }

    private static ModuleRubric rubric;

    @BeforeAll
    static void loadRubric() throws Exception {
        // graded as learners answer it: each rubric knows its question's text, as the platform and `grade` give it
        CourseModule module = new ContentImporter(1).importModule(Path.of("content"), FLAGSHIP_SLUG).orElseThrow();
        Map<String, String> texts = new LinkedHashMap<>();
        module.quiz().questions().forEach(q -> texts.put(q.number(), q.questionText()));
        rubric = RubricLoader.load(FLAGSHIP).withPrompts(texts);
    }

    static Stream<Labelled> labelled() {
        return read(LABELLED);
    }

    private static Stream<Labelled> read(Path file) {
        return YAMLMapper.builder().build().readValue(file.toFile(), LabelledSet.class).answers().stream();
    }

    private static GradeResult grade(Labelled labelled) {
        return RubricGrader.grade(rubric.question(labelled.question()).orElseThrow(), labelled.answer());
    }

    @Test
    void declaresTheFlagshipSlugAndAllEightQuestions() {
        assertThat(rubric.module())
                .isEqualTo("ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals");
        assertThat(rubric.questions()).containsOnlyKeys("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8");
        assertThat(rubric.passShare()).isEqualTo(0.75);
    }

    @Test
    void labelledSetHasAtLeastThreeHundredAnswersAndTenOfEveryKindPerQuestion() {
        assertThat(labelled().count()).isGreaterThanOrEqualTo(300);
        for (String question : rubric.questions().keySet()) {
            List<Labelled> answers = labelled().filter(l -> l.question().equals(question)).toList();
            assertThat(answers).hasSizeGreaterThanOrEqualTo(10);
            assertThat(answers).extracting(Labelled::kind).contains("correct", "partial", "negation-trap",
                    "keyword-stuffing", "prestige-buying", "off-topic", "wrong-constraint");
        }
    }

    /** Agreement with the labels, the confusion matrix and every disagreement, printed on each run. */
    @Test
    void agreesWithAtLeastNinetyEightPercentOfTheLabels() {
        // measured 297/300 = 99.0%; the issue asks for 92%
        assertThat(agreement("flagship rubric", labelled().toList())).isGreaterThanOrEqualTo(0.98);
    }

    /**
     * Each held-out set was written before the grader was changed for it; its first run is the honest estimate on
     * unseen answers (docs/grading.md keeps every first run). Once read, a set is tuned on, so its floor guards what
     * the grader has learned rather than predicting how it does on new answers.
     */
    @ParameterizedTest(name = "{0}: at least {1}")
    @CsvSource({
        // first run 42/48 = 87.5%; 48/48 after the second round
        "flagship-heldout.yaml, 0.95",
        // first run 52/71 = 73.2%, 2 incorrect graded correct; 71/71 after the second round
        "flagship-heldout-2.yaml, 0.95",
        // first run 40/48 = 83.3% (after the second round, never tuned on before); 48/48 after the third round
        "flagship-heldout-3.yaml, 0.95",
        // first run 31/40 = 77.5% (after the third round; the grader before the second round also had 31/40); 40/40
        // after the fourth
        "flagship-heldout-4.yaml, 0.95",
        // first run 35/40 = 87.5% (after the fourth round; 32/40 with the grader before the second); 39/40 after
        "flagship-heldout-5.yaml, 0.95",
        // first run 67/115 = 58.3%, none incorrect graded correct (misread questions, pure paraphrase, non-native,
        // rambling answers burying a wrong claim, right decision for a wrong reason, sarcasm, questions, lists);
        // 108/115 after the sixth round
        "flagship-heldout-6.yaml, 0.92",
        // first run 38/48 = 79.2%, none incorrect graded correct (after the sixth round, never tuned on); 44/48
        // after the eighth round (restatements, rejecting analogies, answered questions: engine rules only)
        "flagship-heldout-7.yaml, 0.91",
        // first run 76/94 = 80.9%, none incorrect graded correct (after the seventh round, never tuned on before);
        // 86/94 after the eighth round, 87/94 after the thirteenth
        "flagship-heldout-8.yaml, 0.92",
        // first run 80/97 = 82.5%, none incorrect graded correct (after the eighth round, never tuned on before);
        // 91/97 after the ninth round (first ideas, trailing reports, open alternatives, bare refusals, an action's
        // premise: engine rules only); 97/97 after tuning on it: rubric wording ("more system RAM", "the RAM is
        // already enough", "one machine can't teach you anything", "go for the cluster", "local computer", "look at
        // the specs"), a fronted premise ("With heat and rare jobs, that's the wrong call") and the course cited as
        // a source ("the module's reasoning is …"). No longer held out: its first run is the estimate
        "flagship-heldout-9.yaml, 0.99",
        // first run 48/59 = 81.4%, none incorrect graded correct (after tuning on the ninth set, never tuned on before);
        // 55/59 after the tenth round (bilingual synonyms, Ukrainian evaluations without a copula, first thoughts that
        // run over several clauses, wording for quoted-question and other-field answers); 56/59 after the eleventh,
        // 57/59 after the thirteenth
        "flagship-heldout-10.yaml, 0.96",
        // first run 73/87 = 83.9%, none incorrect graded correct (after tuning on the tenth set, never tuned on before:
        // sysadmin, gamer and data-scientist vocabulary, analogies, lists, one-liners, wrong side claims, answers
        // arguing against the module, wrong reasons, hedging throughout, answers to another question); 80/87 after
        // the eleventh round (asides where the required concepts are the whole answer, deferred actions, answers too
        // short to argue, hedging throughout: engine and grader rules only, no rubric change); 82/87 after an idea the
        // answer credits and then, after a turn, says cannot be done ("though one machine can't really run a vector
        // database") holds it below correct
        "flagship-heldout-11.yaml, 0.94",
        // first run 33/40 = 82.5%, none incorrect graded correct (after the eleventh round, never tuned on before:
        // a manager, a teacher, a formal register, chat shorthand with emoji, answers confusing two terms); 35/40
        // after it (emoji and arrows as punctuation, '-ally' adverbs: engine rules only)
        "flagship-heldout-12.yaml, 0.87",
        // first run 58/84 = 69.0%, 1 incorrect graded correct (after the twelfth round, never tuned on before: the
        // right idea rejected, one right and one wrong claim, paraphrase, non-native, rambling, confident wrong answers
        // in the rubric's words, hedges, lists, wrong numbers); 67/84 after the thirteenth round (engine rules only), 68/84
        // with a mid-sentence concession ("I know I did, …. But …"), 70/84 with figures the rubric's ideas carry,
        // 76/84 with the rubric's ideas in plain-language variants (2026-12-07), 77/84 with prices as figures
        "flagship-heldout-13.yaml, 0.90",
        // first run 36/40 = 90.0%, 1 incorrect graded correct (after the thirteenth round, never tuned on before: the
        // same styles in new wording); 39/40 after it (ranked below, quoted labels of ideas, diagnoses of the facts)
        "flagship-heldout-14.yaml, 0.97",
        // first run 41/49 = 83.7%, none incorrect graded correct (after the fourteenth round, never tuned on before:
        // plain-language paraphrase, right and wrong figures, non-native, terse lists, hedges); 44/49 with figures
        // the rubric's ideas carry (model memory per precision, throttling temperature, free disk space); 48/49 with
        // the rubric's ideas in plain-language variants
        "flagship-heldout-15.yaml, 0.97",
        // first run 59/80 = 73.8%, none incorrect graded correct (after the fifteenth round, never tuned on before:
        // restated questions, wrong reasons, invented figures, drift, sentence vs keyword bullets, Ukrainian-English
        // mix, sarcasm, hedges between two decisions, quotes of the module); 71/80 after it (undecided answers, decisions
        // only in a quoted passage, Ukrainian 'немає сенсу' and genitive '-ієї', prices and per-token memory as figures)
        "flagship-heldout-16.yaml, 0.88",
        // first run 43/48 = 89.6%, none incorrect graded correct (after the sixteenth round, never tuned on before:
        // plain everyday words, one-sentence right answers, partials missing the second half, confident wrong,
        // non-native English); 45/48 after it (a bare verb as subject, "Buy a desktop is expensive"; a verdict on a
        // claim and its reason are the writer's own; "check the disk" is a step, not an echo of the question)
        "flagship-heldout-17.yaml, 0.93",
        // first run 52/73 = 71.2%, 1 incorrect graded correct (after the seventeenth round, never tuned on before:
        // non-native, rambling to a late decision, everyday words, wrong reasons, confident wrong answers in the
        // module's vocabulary, quoted questions, hedges, one-word answers); 62/73 after the eighteenth round (deferred
        // purchases after "before", burdens after "too much", choices handed over or diagnoses left open, constraints
        // ruled out are no list; rubric wording for the purchase, the PCIe slot, the desktop and the accepted claim),
        // 66/73 with a wrong idea given as the reason for the right one held at partial, "the wrong <thing>" an action
        // brings, and wrong reasons in the rubric (compute speed, the home network, memory filling up)
        "flagship-heldout-18.yaml, 0.89",
        // first run 33/52 = 63.5%, none incorrect graded correct (after the eighteenth round, never tuned on before:
        // numbered steps with one wrong step, a mentor's second person, short rewordings, reasons outside the module,
        // Socratic answers, invented figures); 41/52 after the nineteenth round (a wrong later step of a list is
        // partial; rubric wording for the accepted claim, waved-away cloud costs, the PCIe bus, leaking memory), 42/52
        // with a harm the subject would do to the learner ("would bury you in networking") weighing against it
        "flagship-heldout-19.yaml, 0.80",
        // first run 27/32 = 84.4%, none incorrect graded correct, 2 partial graded correct (after the nineteenth
        // round, never tuned on before: reasons from outside the module, invented figures, wrong-component reasons,
        // everyday-word right answers, bare decisions)
        "flagship-heldout-20.yaml, 0.84"})
    void heldOutSetsStayAboveTheirFloorsAndNeverGradeAnIncorrectAnswerCorrect(String file, double floor) {
        List<Labelled> answers = read(Path.of("src/test/resources/grading", file)).toList();
        assertThat(answers).extracting(Labelled::question).containsAll(rubric.questions().keySet());
        assertThat(agreement("flagship rubric, " + file, answers)).isGreaterThanOrEqualTo(floor);
        assertThat(answers).filteredOn(l -> l.expect().equals("incorrect"))
                .allSatisfy(l -> assertThat(grade(l).verdict()).as(l.toString()).isNotEqualTo(Verdict.CORRECT));
    }

    @Test
    void theSecondHeldOutSetHasAtLeastSixtyAnswersInBothLanguages() {
        List<Labelled> answers = read(HELD_OUT_2).toList();
        assertThat(answers).hasSizeGreaterThanOrEqualTo(60);
        assertThat(answers).extracting(Labelled::kind).contains("ukrainian", "typos", "rejection",
                "right-term-wrong-claim", "everyday");
    }

    private static double agreement(String name, List<Labelled> all) {
        int[][] confusion = new int[Verdict.values().length][Verdict.values().length];
        List<String> disagreements = new ArrayList<>();
        for (Labelled l : all) {
            GradeResult result = grade(l);
            Verdict expected = Verdict.fromLabel(l.expect()).orElseThrow();
            confusion[expected.ordinal()][result.verdict().ordinal()]++;
            if (result.verdict() != expected) {
                disagreements.add(l + " -> " + result.verdict().label() + " " + result.score() + " found "
                        + result.found().stream().map(GradeResult.FoundConcept::concept).toList() + " flags "
                        + result.misconceptions().stream().map(GradeResult.Flag::id).toList());
            }
        }
        double agreement = 1.0 - (double) disagreements.size() / all.size();
        System.out.printf("%s agreement: %d/%d = %.1f%%%n", name, all.size() - disagreements.size(), all.size(),
                agreement * 100);
        System.out.println("  labelled \\ graded   correct  partial  incorrect");
        for (Verdict expected : Verdict.values()) {
            int[] row = confusion[expected.ordinal()];
            System.out.printf("  %-19s %7d  %7d  %9d%n", expected.label(), row[0], row[1], row[2]);
        }
        disagreements.forEach(d -> System.out.println("  disagrees: " + d));
        return agreement;
    }

    @ParameterizedTest
    @MethodSource("labelled")
    void noAnswerLabelledIncorrectIsGradedCorrect(Labelled labelled) {
        if (labelled.expect().equals("incorrect")) {
            assertThat(grade(labelled).verdict()).isNotEqualTo(Verdict.CORRECT);
        }
    }

    @ParameterizedTest
    @MethodSource("labelled")
    void trapsStuffingAndPrestigeAreNeverCorrect(Labelled labelled) {
        if (NEVER_CORRECT.contains(labelled.kind())) {
            assertThat(grade(labelled).verdict()).isNotEqualTo(Verdict.CORRECT);
        }
    }

    @ParameterizedTest
    @MethodSource("labelled")
    void labelledCorrectAnswersAreNeverGradedIncorrect(Labelled labelled) {
        if (labelled.expect().equals("correct")) {
            assertThat(grade(labelled).verdict()).isNotEqualTo(Verdict.INCORRECT);
        }
    }

    @Test
    void authoredExamplesAllAgree() {
        assertThat(RubricExampleCheck.checkExamples(FLAGSHIP)).isEmpty();
    }
}
