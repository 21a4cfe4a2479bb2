package dev.praxis.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.content.ContentSettings;
import dev.praxis.content.CourseModule;
import dev.praxis.content.importing.ContentImporter;
import dev.praxis.quiz.grading.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grading files load with the catalog: an edit grades once the tree is imported again, or at once when saved. */
class QuizRubricsTests {

    private static final String ANOTHER_RUBRIC = """
            module: "%s"
            questions:
              Q1:
                concepts:
                  - id: never-said
                    label: A phrase no answer uses
                    required: true
                    phrases: [quokka ledger]
            """.formatted(FlagshipAnswers.SLUG);

    @TempDir
    Path content;

    private final ContentImporter importer = ContentImporter.remembering();
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
        rubrics = new QuizRubrics(new ContentSettings(content, false));
        correctAnswer = new FlagshipAnswers().graded(1, Verdict.CORRECT);
    }

    @Test
    void anEditedGradingFileGradesOnceTheTreeIsImportedAgain() throws IOException {
        CourseModule module = importTree();
        assertThat(verdict(module)).isEqualTo(Verdict.CORRECT);

        Files.writeString(gradingFile, ANOTHER_RUBRIC);
        assertThat(verdict(module)).as("no file is read per request").isEqualTo(Verdict.CORRECT);

        assertThat(verdict(importTree())).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void aGradingFileSavedFromTheWebGradesAtOnce() throws IOException {
        CourseModule module = importTree();
        Files.writeString(gradingFile, ANOTHER_RUBRIC);

        rubrics.gradingFileSaved(module);

        assertThat(verdict(module)).isEqualTo(Verdict.INCORRECT);
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
