package dev.praxis.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.praxis.ContentCopyTest;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.ContentSettings;
import dev.praxis.content.CourseModule;
import dev.praxis.quiz.grading.Verdict;
import dev.praxis.system.changes.ChangeClock;
import dev.praxis.system.changes.ChangeFeed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances sharing one content folder and one database: this context, and a second set of rubrics with a change
 * feed of its own listening to the same PostgreSQL (what another platform node holds). A rubric saved in one's editor
 * grades on the other without a restart or an import. The content folder is the shared writable copy of the course
 * ({@link ContentCopyTest}); each test puts the grading file it changed back.
 */
@ContentCopyTest
class RubricSavesAcrossInstancesTests {

    /** A save is heard within milliseconds of its NOTIFY: look often, give up after Awaitility's 10 s. */
    private static final Duration POLL = Duration.ofMillis(10);
    @Autowired
    RubricEditing editor;
    @Autowired
    QuizRubrics here;
    @Autowired
    ContentLibrary library;
    @Autowired
    ContentSettings settings;
    @Autowired
    ChangeFeed changes;
    @Autowired
    JdbcConnectionDetails database;
    @Autowired
    JdbcClient jdbc;

    private ChangeFeed elsewhereFeed;
    private QuizRubrics elsewhere;
    private CourseModule module;
    private Path gradingFile;
    private String original;
    private final String correctAnswer = new FlagshipAnswers().graded(1, Verdict.CORRECT);

    @BeforeEach
    void aSecondInstance() throws IOException {
        module = library.module(FlagshipAnswers.SLUG);
        gradingFile = here.gradingFile(module);
        original = Files.readString(gradingFile, StandardCharsets.UTF_8);
        elsewhereFeed = new ChangeFeed(database, jdbc);
        elsewhereFeed.start();
        elsewhere = new QuizRubrics(settings, elsewhereFeed);
        elsewhere.catalogImported(library.catalog());
        await("the second instance listens").pollInterval(POLL)
                .until(() -> elsewhereFeed.clock(ChangeFeed.RUBRICS).stamp() != ChangeClock.NONE);
    }

    @AfterEach
    void restore() throws IOException {
        elsewhereFeed.stop();
        Files.writeString(gradingFile, original, StandardCharsets.UTF_8);
        changes.announce(ChangeFeed.RUBRICS, module.slug());
    }

    @Test
    void aRubricSavedOnOneInstanceGradesOnTheOtherWithoutARestart() {
        assertThat(verdict(elsewhere)).isEqualTo(Verdict.CORRECT);
        assertThat(verdict(here)).isEqualTo(Verdict.CORRECT);

        editor.save(module.slug(), FlagshipAnswers.NEVER_SATISFIED_RUBRIC, editor.open(module.slug()).base());

        assertThat(verdict(here)).as("at once on the instance that saved").isEqualTo(Verdict.INCORRECT);
        await("the other instance hears of the save").pollInterval(POLL)
                .until(() -> verdict(elsewhere) == Verdict.INCORRECT);
    }

    @Test
    void aSaveOnTheOtherInstanceReachesThisOne() throws IOException {
        assertThat(verdict(here)).isEqualTo(Verdict.CORRECT);

        // the other instance's editor: it writes the shared file and announces through its own feed
        Files.writeString(gradingFile, FlagshipAnswers.NEVER_SATISFIED_RUBRIC, StandardCharsets.UTF_8);
        elsewhereFeed.announce(ChangeFeed.RUBRICS, module.slug());

        assertThat(verdict(elsewhere)).isEqualTo(Verdict.INCORRECT);
        await("this instance hears of the save").pollInterval(POLL)
                .until(() -> verdict(here) == Verdict.INCORRECT);
    }

    @Test
    void whileListeningAFileIsNotReadPerUseButWhileDeafItIs() throws IOException {
        QuizRubrics deaf = new QuizRubrics(settings, new ChangeFeed(database, jdbc));
        deaf.catalogImported(library.catalog());
        assertThat(verdict(elsewhere)).isEqualTo(Verdict.CORRECT);
        assertThat(verdict(deaf)).isEqualTo(Verdict.CORRECT);

        // an edit nobody announced (an author's editor, git pull): the listening instance keeps its copy
        Files.writeString(gradingFile, FlagshipAnswers.NEVER_SATISFIED_RUBRIC, StandardCharsets.UTF_8);

        assertThat(verdict(elsewhere)).as("kept while nothing was announced").isEqualTo(Verdict.CORRECT);
        assertThat(verdict(deaf)).as("a feed that cannot listen keeps nothing").isEqualTo(Verdict.INCORRECT);
    }

    private Verdict verdict(QuizRubrics rubrics) {
        return rubrics.grading(module).grade("Q1", correctAnswer).orElseThrow().result().verdict();
    }
}
