package dev.praxis.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.content.ContentSettings;
import dev.praxis.content.CourseModule;
import dev.praxis.content.importing.ContentImporter;
import dev.praxis.quiz.drafting.ModuleDraft;
import dev.praxis.quiz.drafting.ModuleGrading;
import dev.praxis.quiz.grading.Verdict;
import dev.praxis.system.changes.ChangeClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grading files load with the catalog: an edit grades once the tree is imported again, or on the next use once a save
 * is announced; while saves cannot be heard, on the next use. Across instances: {@link RubricSavesAcrossInstancesTests}.
 */
class QuizRubricsTests {


    @TempDir
    Path content;

    private final ContentImporter importer = ContentImporter.remembering();
    /** A clock that never listened, as while the change feed cannot hear the database. */
    private final ChangeClock saves = new ChangeClock();
    private QuizRubrics rubrics;
    private Path gradingFile;
    private String correctAnswer;

    @BeforeEach
    void copyTheFlagshipModule() throws IOException {
        for (String suffix : new String[] {".md", ".grading.yaml"}) {
            Path target = content.resolve(FlagshipAnswers.SLUG + suffix);
            Files.createDirectories(target.getParent());
            Files.copy(Path.of("content", FlagshipAnswers.SLUG + suffix), target);
        }
        gradingFile = content.resolve(FlagshipAnswers.SLUG + ".grading.yaml");
        rubrics = new QuizRubrics(new ContentSettings(content, false), saves);
        correctAnswer = new FlagshipAnswers().graded(1, Verdict.CORRECT);
    }

    @Test
    void anEditedGradingFileGradesOnceTheTreeIsImportedAgain() throws IOException {
        CourseModule module = importTree();
        assertThat(verdict(module)).isEqualTo(Verdict.CORRECT);

        Files.writeString(gradingFile, FlagshipAnswers.NEVER_SATISFIED_RUBRIC);

        assertThat(verdict(importTree())).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void whileSavesCannotBeHeardEachUseReadsTheFileAgain() throws IOException {
        CourseModule module = importTree();
        assertThat(verdict(module)).isEqualTo(Verdict.CORRECT);

        Files.writeString(gradingFile, FlagshipAnswers.NEVER_SATISFIED_RUBRIC);
        assertThat(verdict(module)).isEqualTo(Verdict.INCORRECT);

        Files.delete(gradingFile);
        assertThat(rubrics.forModule(module)).as("no grading file: the drafts grade").isEmpty();
    }

    @Test
    void aBrokenGradingFileLeavesTheDraftsToGrade() throws IOException {
        Files.writeString(gradingFile, "module: [unclosed");
        assertThat(rubrics.forModule(importTree())).isEmpty();
    }

    @Test
    void learnersSubmittingAtOnceShareOneDraftOfTheModule() throws Exception {
        CourseModule module = importTree();
        int learners = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(learners);
        try {
            List<Future<Optional<ModuleDraft>>> drafts = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                drafts.add(pool.submit(() -> {
                    start.await();
                    return rubrics.draft(module);
                }));
            }
            start.countDown();
            Set<Optional<ModuleDraft>> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Future<Optional<ModuleDraft>> draft : drafts) {
                distinct.add(draft.get(60, TimeUnit.SECONDS));
            }
            assertThat(distinct).as("one draft, made once, for every learner who submitted at the same moment")
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aModuleWhoseGradingFileCoversEveryQuestionIsNotDraftedAfterImport() throws Exception {
        CourseModule module = importTree();
        rubrics.awaitDraftingAhead(Duration.ofSeconds(60));

        assertThat(rubrics.keepsDraft(module.slug())).as("every question of the flagship has an authored rubric")
                .isFalse();
        assertThat(rubrics.grading(module).draft()).as("the quiz page does not say rubrics were drafted").isEmpty();
        assertThat(verdict(module)).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void aModuleWithQuestionsTheGradingFileLacksIsDraftedAfterImport() throws Exception {
        Files.writeString(gradingFile, FlagshipAnswers.NEVER_SATISFIED_RUBRIC);
        CourseModule module = importTree();
        rubrics.awaitDraftingAhead(Duration.ofSeconds(60));

        assertThat(rubrics.keepsDraft(module.slug())).as("the file has Q1 only: Q2 to Q8 grade with the draft")
                .isTrue();
        assertThat(rubrics.grading(module).source("Q2")).contains(ModuleGrading.Source.DRAFTED);
        assertThat(rubrics.grading(module).source("Q1")).contains(ModuleGrading.Source.AUTHORED);
    }

    @Test
    void aModuleWithoutGradingFileIsDraftedAfterImport() throws Exception {
        Files.delete(gradingFile);
        CourseModule module = importTree();
        rubrics.awaitDraftingAhead(Duration.ofSeconds(60));

        assertThat(rubrics.keepsDraft(module.slug())).isTrue();
    }

    /** Imports the tree and tells the rubrics, as {@code ContentLibrary} does on each reload. */
    private CourseModule importTree() throws IOException {
        var catalog = importer.importTree(content);
        rubrics.catalogImported(catalog);
        return catalog.module(FlagshipAnswers.SLUG).orElseThrow();
    }

    private Verdict verdict(CourseModule module) {
        return rubrics.grading(module).grade("Q1", correctAnswer).orElseThrow().result().verdict();
    }
}
