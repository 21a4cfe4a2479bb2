package dev.praxis.quiz;

import dev.praxis.content.CourseModule;
import dev.praxis.quiz.drafting.ModuleGrading;
import dev.praxis.quiz.grading.ModuleRubric;
import dev.praxis.quiz.grading.RubricException;
import dev.praxis.quiz.grading.RubricExample;
import dev.praxis.quiz.grading.Verdict;
import dev.praxis.quiz.grading.RubricFiles;
import dev.praxis.quiz.grading.RubricLoader;
import dev.praxis.quiz.grading.RubricProblem;
import dev.praxis.system.Sha256;
import dev.praxis.system.changes.ChangeFeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instructor's rubric editor: a module's grading-file text (the authored file when there is one, else the draft),
 * trying an answer and the cohort's past answers against an edit before it is saved, saving it as the module's
 * {@code grading.yaml} next to the Markdown (refused when the file changed since the editor read it), and regrading
 * the past attempts on request. The content stays the source of truth: what is saved is a file an author can commit.
 */
@Service
public class RubricEditing {

    private static final Logger log = LoggerFactory.getLogger(RubricEditing.class);

    private final QuizService quizzes;
    private final QuizRubrics rubrics;
    private final QuizRepository repository;
    private final ChangeFeed changes;

    RubricEditing(QuizService quizzes, QuizRubrics rubrics, QuizRepository repository, ChangeFeed changes) {
        this.quizzes = quizzes;
        this.rubrics = rubrics;
        this.repository = repository;
        this.changes = changes;
    }

    /**
     * What the editor opens with: the text, where it comes from, the version of the file it was read from, and the
     * file's path in the content tree.
     */
    public record Editor(CourseModule module, String source, String yaml, String base, Path file) {
    }

    /** One past answer, its verdict now and the verdict the edited rubric gives it. */
    public record Regraded(long answerId, long attemptId, String number, String answer, String now, String edited) {

        public boolean changes() {
            return !now.equals(edited);
        }
    }

    /** An answer tried against the edit, and how the cohort's past answers would fare. */
    public record Trial(String number, String answer, Optional<ModuleGrading.Outcome> outcome,
            List<Regraded> cohort) {
    }

    /** What a regrade did: answers graded again, and how many of them changed verdict. */
    public record RegradeReport(int answers, int changed) {
    }

    /** An edit that does not load, with the line of the problem. */
    public static final class InvalidRubric extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int line;

        InvalidRubric(RubricProblem problem) {
            super("line " + problem.line() + ": " + problem.message());
            this.line = problem.line();
        }

        public int line() {
            return line;
        }
    }

    /** The grading file changed on disk since the editor read it (another instructor or an author saved it). */
    public static final class ConcurrentEdit extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ConcurrentEdit(Path file) {
            super("The grading file " + file.getFileName() + " changed since you opened it: reload to see the saved "
                    + "version, then apply your edit again.");
        }
    }

    public Editor open(String slug) {
        CourseModule module = quizzes.moduleWithQuiz(slug);
        Optional<String> saved = QuizRubrics.text(rubrics.gradingFile(module));
        Path shown = RubricFiles.gradingFileFor(Path.of(module.path()));
        if (saved.isPresent()) {
            return new Editor(module, "authored", saved.get(), version(saved), shown);
        }
        Map<String, List<RubricExample>> overrides = new LinkedHashMap<>();
        for (GradedAnswer past : repository.moduleAnswers(slug)) {
            if (past.overridden() && !past.answer().isBlank()) {
                Verdict.fromLabel(past.override().newVerdict()).ifPresent(verdict -> overrides
                        .computeIfAbsent(past.questionNumber(), number -> new ArrayList<>())
                        .add(new RubricExample(past.answer(), verdict, 0)));
            }
        }
        // instructors' verdicts on past answers become the draft's labelled examples
        String draft = rubrics.draft(module).map(d -> d.yamlWithExamples(overrides))
                .orElse("module: \"" + slug + "\"\nquestions:\n");
        return new Editor(module, "drafted", draft, version(Optional.empty()), shown);
    }

    /**
     * Grades {@code answer} to question {@code number} with the edited text (the draft still grades the questions it
     * leaves out), and regrades every past answer of the cohort the same way, without saving anything.
     *
     * @throws InvalidRubric when the text does not load
     */
    public Trial tryEdit(String slug, String yaml, String number, String answer) {
        CourseModule module = quizzes.moduleWithQuiz(slug);
        ModuleGrading edited = new ModuleGrading(Optional.of(parse(module, yaml)), rubrics.draft(module));
        Optional<ModuleGrading.Outcome> outcome = number == null || number.isBlank() ? Optional.empty()
                : edited.grade(number, answer == null ? "" : answer);
        List<Regraded> cohort = new ArrayList<>();
        for (GradedAnswer past : repository.moduleAnswers(slug)) {
            edited.grade(past.questionNumber(), past.answer()).ifPresent(result -> cohort.add(new Regraded(past.id(),
                    past.attemptId(), past.questionNumber(), past.answer(), past.gradedVerdict(),
                    result.result().verdict().label())));
        }
        return new Trial(number, answer, outcome, cohort);
    }

    /**
     * Saves the text as the module's grading file.
     *
     * @param base the version {@link #open} gave; the save is refused when the file is no longer that version
     * @throws InvalidRubric   when the text does not load (nothing is written)
     * @throws ConcurrentEdit  when the file changed since it was opened
     */
    public Path save(String slug, String edited, String base) {
        CourseModule module = quizzes.moduleWithQuiz(slug);
        // browsers submit a textarea with CRLF line ends; the file keeps the content's own LF
        String yaml = edited == null ? "" : edited.replace("\r\n", "\n");
        parse(module, yaml);
        Path file = rubrics.gradingFile(module);
        synchronized (this) {
            if (!version(QuizRubrics.text(file)).equals(base)) {
                throw new ConcurrentEdit(file);
            }
            write(file, yaml);
            // every instance, this one at once, reads the file again on its next use
            changes.announce(ChangeFeed.RUBRICS, slug);
        }
        log.info("Rubric of {} saved to {}", slug, file);
        return file;
    }

    /** Grades every past answer of the module again with its rubrics as they are now, and rescores the attempts. */
    @Transactional
    public RegradeReport regrade(String slug) {
        CourseModule module = quizzes.moduleWithQuiz(slug);
        ModuleGrading grading = rubrics.grading(module);
        int answers = 0;
        int changed = 0;
        Set<Long> attempts = new HashSet<>();
        for (GradedAnswer past : repository.moduleAnswers(slug)) {
            Optional<ModuleGrading.Outcome> outcome = grading.grade(past.questionNumber(), past.answer());
            if (outcome.isEmpty()) {
                continue;
            }
            answers++;
            String verdict = outcome.get().result().verdict().label();
            if (!verdict.equals(past.gradedVerdict())) {
                changed++;
            }
            repository.regrade(past.id(), verdict, outcome.get().result().score(), QuizService.feedback(outcome.get()));
            if (attempts.add(past.attemptId())) {
                repository.markRubricGraded(past.attemptId());
            }
        }
        attempts.forEach(attempt -> quizzes.rescore(attempt, grading));
        log.info("Regraded {} answers of {} ({} changed verdict)", answers, slug, changed);
        return new RegradeReport(answers, changed);
    }

    /** The text loaded as the module's rubric; it must name this module and only questions its quiz has. */
    private static ModuleRubric parse(CourseModule module, String yaml) {
        String text = yaml == null ? "" : yaml;
        Path file = Path.of(module.path());
        ModuleRubric rubric;
        try {
            rubric = RubricLoader.parse(text, file);
        } catch (RubricException e) {
            throw new InvalidRubric(e.problem());
        }
        if (!rubric.module().equals(module.slug())) {
            throw new InvalidRubric(new RubricProblem(file, lineOf(text, "module:"),
                    "module must be \"" + module.slug() + "\", the module this file sits next to, not \""
                            + rubric.module() + "\""));
        }
        Set<String> numbers = new HashSet<>();
        module.quiz().questions().forEach(question -> numbers.add(question.number()));
        for (String number : rubric.questions().keySet()) {
            if (!numbers.contains(number)) {
                throw new InvalidRubric(new RubricProblem(file, lineOf(text, number + ":"), "the quiz has no question "
                        + number + " (it has " + String.join(", ", new java.util.TreeSet<>(numbers)) + ")"));
            }
        }
        return rubric;
    }

    /** The 1-based line where {@code key} first starts a line (after indentation), 0 when it does not. */
    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(key)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A version stamp of the file's text; "none" while there is no file. */
    private static String version(Optional<String> text) {
        return text.map(Sha256::hex).orElse("none");
    }

    private static void write(Path file, String yaml) {
        try {
            Path temporary = Files.createTempFile(file.getParent(), ".grading-", ".tmp");
            Files.writeString(temporary, yaml.endsWith("\n") ? yaml : yaml + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
