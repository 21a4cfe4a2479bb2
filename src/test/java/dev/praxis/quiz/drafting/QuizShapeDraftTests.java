package dev.praxis.quiz.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.content.Catalog;
import dev.praxis.content.importing.ContentImporter;
import dev.praxis.content.CourseModule;
import dev.praxis.content.QuizQuestion;
import dev.praxis.quiz.grading.Verdict;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The development modules use every quiz shape; each question is found, answered and drafted. */
@DisplayName("Quiz shapes of the development modules, drafted")
class QuizShapeDraftTests {

    private static Catalog catalog;

    @BeforeAll
    static void importTree() throws Exception {
        catalog = new ContentImporter(1).importTree(DevSetAgreementTests.CONTENT);
    }

    private static CourseModule module(String slug) {
        return catalog.module(slug).orElseThrow();
    }

    @Test
    void everyShapeYieldsItsQuestionsAndNoSolutionOfTheFollowingLab() {
        assertThat(catalog.problems()).isEmpty();
        for (String slug : List.of("databases/postgres/module-2.3-choosing-indexes", "tools/git/module-1.4-recovering-work",
                "web/http/module-3.2-http-caching", "linux/memory/module-1.6-memory-pressure",
                "networking/dns/module-2.1-dns-troubleshooting")) {
            assertThat(module(slug).quiz().questions()).as(slug).hasSize(6).allMatch(QuizQuestion::hasAnswer);
            assertThat(RubricDrafter.draft(module(slug)).orElseThrow().rubric().questions()).as(slug).hasSize(6);
        }
        assertThat(module("web/tls/module-4.1-tls-certificates").quiz().questions()).hasSize(7);
    }

    @Test
    void multipleChoiceKeysAreReadInEveryOptionShape() {
        List<QuizQuestion> questions = module("web/tls/module-4.1-tls-certificates").quiz().questions();
        assertThat(questions).extracting(QuizQuestion::correctOption)
                .containsExactly("B", "C", "D", "B", "C", null, null);
        assertThat(questions.subList(0, 5)).allSatisfy(question -> assertThat(question.options()).hasSize(4));
        ModuleDraft draft = RubricDrafter.draft(module("web/tls/module-4.1-tls-certificates")).orElseThrow();
        assertThat(draft.question("Q1").orElseThrow().choice()).isTrue();
        assertThat(draft.question("Q6").orElseThrow().choice()).isFalse();
    }

    @Test
    void multipleChoiceIsGradedExactly() {
        ModuleDraft draft = RubricDrafter.draft(module("web/tls/module-4.1-tls-certificates")).orElseThrow();
        assertThat(verdict(draft, "Q1", "B")).isEqualTo(Verdict.CORRECT);
        assertThat(verdict(draft, "Q1", "b) expired")).isEqualTo(Verdict.CORRECT);
        assertThat(verdict(draft, "Q1", "It's B, not A.")).isEqualTo(Verdict.CORRECT);
        assertThat(verdict(draft, "Q1", "A")).isEqualTo(Verdict.INCORRECT);
        assertThat(verdict(draft, "Q1", "A or B")).isEqualTo(Verdict.INCORRECT);
        assertThat(verdict(draft, "Q1", "a certificate problem I think")).isEqualTo(Verdict.INCORRECT);
        assertThat(verdict(draft, "Q4", "Revoke the certificate and issue a new one with a new key pair"))
                .isEqualTo(Verdict.CORRECT);
        assertThat(DraftGrader.grade(draft, "Q1", "B").confidence()).isEqualTo(1.0);
    }

    @Test
    void aDraftIsGradingFileTextThatLoadsAgain() throws Exception {
        ModuleDraft draft = RubricDrafter.draft(module("tools/git/module-1.4-recovering-work")).orElseThrow();
        assertThat(draft.yaml()).startsWith("# Drafted by Praxis").contains("module: \"tools/git/module-1.4-recovering-work\"");
        assertThat(dev.praxis.quiz.grading.RubricLoader.parse(draft.yaml(), java.nio.file.Path.of("x.grading.yaml"))
                .questions()).containsOnlyKeys("Q1", "Q2", "Q3", "Q4", "Q5", "Q6");
    }

    private static Verdict verdict(ModuleDraft draft, String question, String answer) {
        return DraftGrader.grade(draft, question, answer).result().verdict();
    }

    @Test
    void instructorsVerdictsBecomeLabelledExamplesOfTheDraftThatStillLoads() throws Exception {
        ModuleDraft draft = RubricDrafter.draft(module("linux/memory/module-1.6-memory-pressure")).orElseThrow();
        String answer = "Swap \"buys time\": the leak still wins.\nFind what grows.";
        String yaml = draft.yamlWithExamples(java.util.Map.of("Q2", List.of(
                new dev.praxis.quiz.grading.RubricExample(answer, dev.praxis.quiz.grading.Verdict.PARTIAL, 0)),
                "Q9", List.of(new dev.praxis.quiz.grading.RubricExample("no such question",
                        dev.praxis.quiz.grading.Verdict.CORRECT, 0))));
        dev.praxis.quiz.grading.ModuleRubric loaded = dev.praxis.quiz.grading.RubricLoader.parse(yaml,
                java.nio.file.Path.of("memory.grading.yaml"));
        assertThat(loaded.question("Q2").orElseThrow().examples()).singleElement().satisfies(example -> {
            assertThat(example.answer()).isEqualTo(answer);
            assertThat(example.expect()).isEqualTo(dev.praxis.quiz.grading.Verdict.PARTIAL);
        });
        assertThat(loaded.questions().keySet()).isEqualTo(draft.rubric().questions().keySet());
        assertThat(loaded.question("Q1").orElseThrow().examples()).isEmpty();
        assertThat(loaded.question("Q3").orElseThrow().concepts()).extracting(c -> c.label() + " " + c.weight())
                .isEqualTo(draft.rubric().question("Q3").orElseThrow().concepts().stream()
                        .map(c -> c.label() + " " + c.weight()).toList());
    }
}
