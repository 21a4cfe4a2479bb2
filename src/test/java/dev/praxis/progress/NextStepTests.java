package dev.praxis.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.content.importing.ContentImporter;
import dev.praxis.content.CourseModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The next step is the first thing not done, in the order a module is worked, then the next module. */
class NextStepTests {

    static CourseModule module;
    static CourseModule following;

    @BeforeAll
    static void importTheFlagship() throws IOException {
        var catalog = new ContentImporter().importTree(Path.of("content"));
        module = catalog.module("ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals").orElseThrow();
        following = catalog.module("uk/ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals")
                .orElseThrow();
    }

    private static ModuleProgress progress(int read, int predicted, Double quizBest, boolean passed, int lab) {
        return new ModuleTally(read, predicted, lab, quizBest, quizBest, null, passed).in(module);
    }

    @Test
    void aNewcomerStartsReadingAtTheFirstSection() {
        NextStep step = NextStep.in(module, progress(0, 0, null, false, 0), List.of(), Set.of(), Optional.empty());

        assertThat(step.kind()).isEqualTo(NextStep.Kind.READ);
        assertThat(step.url()).isEqualTo(module.url() + "#" + module.sections().get(0).id());
        assertThat(step.label()).isEqualTo(module.sections().get(0).title());
    }

    @Test
    void readingGoesOnAtTheFirstSectionNotRead() {
        List<String> read = List.of(module.sections().get(0).id(), module.sections().get(2).id());

        NextStep step = NextStep.in(module, progress(2, 0, null, false, 0), read, Set.of(), Optional.empty());

        assertThat(step.url()).endsWith("#" + module.sections().get(1).id());
    }

    @Test
    void afterReadingComeTheSkippedPredictionsThenTheQuizThenTheLab() {
        int sections = module.sections().size();
        int prompts = module.predictions().size();
        Set<String> first = Set.of(module.predictions().get(0).id());
        assertThat(NextStep.in(module, progress(sections, 1, null, false, 0), List.of(), first, Optional.empty()).url())
                .isEqualTo(module.url() + "#prompt-2");
        assertThat(NextStep.in(module, progress(sections, prompts, null, false, 0), List.of(), Set.of(), Optional.empty())
                .kind()).isEqualTo(NextStep.Kind.QUIZ);
        NextStep retry = NextStep.in(module, progress(sections, prompts, 0.625, false, 0), List.of(), Set.of(),
                Optional.empty());
        assertThat(retry.kind()).isEqualTo(NextStep.Kind.RETRY_QUIZ);
        assertThat(retry.done()).isEqualTo(63);
        NextStep lab = NextStep.in(module, progress(sections, prompts, 0.9, true, 5), List.of(), Set.of(),
                Optional.empty());
        assertThat(lab.kind()).isEqualTo(NextStep.Kind.LAB);
        assertThat(lab.url()).isEqualTo("/lab/" + module.slug() + "/");
        assertThat(lab.done()).isEqualTo(5);
    }

    @Test
    void aCompleteModuleLeadsToTheNextOneOrToTheCatalogAfterTheLast() {
        ModuleProgress complete = progress(0, 0, 1.0, true, module.lab().checklist().size());
        assertThat(complete.complete()).isTrue();

        NextStep next = NextStep.in(module, complete, List.of(), Set.of(), Optional.of(following));
        assertThat(next.kind()).isEqualTo(NextStep.Kind.NEXT_MODULE);
        assertThat(next.url()).isEqualTo(following.url());
        assertThat(next.label()).isEqualTo(following.title());
        assertThat(NextStep.in(module, complete, List.of(), Set.of(), Optional.empty()).kind())
                .isEqualTo(NextStep.Kind.COURSE_DONE);
    }

    @Test
    void aResultPagePointsToWhatTheModuleStillNeedsNotBackToReading() {
        assertThat(NextStep.toComplete(module, progress(0, 0, 0.9, true, 0), Optional.empty()).kind())
                .isEqualTo(NextStep.Kind.LAB);
    }
}
