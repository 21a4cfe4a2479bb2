package dev.praxis.quiz;

import dev.praxis.account.PraxisUser;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.content.QuizQuestion;
import dev.praxis.quiz.drafting.DraftGrader;
import dev.praxis.quiz.drafting.ModuleGrading;
import dev.praxis.quiz.grading.GradeResult;
import dev.praxis.quiz.grading.ModuleRubric;
import dev.praxis.quiz.grading.PassRule;
import dev.praxis.quiz.grading.RubricGrader;
import dev.praxis.quiz.grading.Verdict;
import dev.praxis.system.web.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quiz drafts, attempts and their grading. Submitting grades first, then stores the attempt and every graded
 * answer in one transaction; the grader itself is a pure function ({@link RubricGrader}).
 */
@Service
public class QuizService {

    private static final Logger log = LoggerFactory.getLogger(QuizService.class);

    private final QuizRepository quizzes;
    private final QuizRubrics rubrics;
    private final ContentLibrary library;
    private final QuizSettings settings;
    private final TransactionTemplate transaction;

    QuizService(QuizRepository quizzes, QuizRubrics rubrics, ContentLibrary library, QuizSettings settings,
            TransactionTemplate transaction) {
        this.quizzes = quizzes;
        this.rubrics = rubrics;
        this.library = library;
        this.settings = settings;
        this.transaction = transaction;
    }

    public CourseModule moduleWithQuiz(String slug) {
        CourseModule module = library.module(slug);
        if (module.quiz().isEmpty()) {
            throw new NotFoundException("Module " + slug + " has no quiz");
        }
        return module;
    }

    /** Whether a rubric (authored or drafted) grades at least one of the module's questions. */
    public boolean hasRubric(CourseModule module) {
        return !rubrics.grading(module).isEmpty();
    }

    /** How the module's quiz is graded, question by question. */
    public ModuleGrading grading(CourseModule module) {
        return rubrics.grading(module);
    }

    public Instant saveDraft(long userId, String slug, String questionId, String answer) {
        CourseModule module = moduleWithQuiz(slug);
        question(module, questionId);
        return quizzes.saveDraft(userId, slug, questionId, withoutNul(answer));
    }

    public Map<String, String> drafts(long userId, String slug) {
        return quizzes.drafts(userId, slug);
    }

    /** Starts the quiz afresh: the learner's drafts go, their attempts stay. */
    public void clearDrafts(long userId, String slug) {
        quizzes.clearDrafts(userId, moduleWithQuiz(slug).slug());
    }

    /** Changes of the learner's verdicts by an instructor that the learner has not read yet, newest first. */
    public List<OverrideNotice> unreadOverrides(long userId) {
        return quizzes.unseenOverrides(userId);
    }

    public Optional<Instant> lastDraftSave(long userId, String slug) {
        return quizzes.lastDraftSave(userId, slug);
    }

    public List<QuizAttempt> attempts(long userId, String slug) {
        return quizzes.attempts(userId, slug);
    }

    /**
     * Grades and stores an attempt. Questions the learner left out count as empty answers.
     *
     * @param answers question id → the learner's answer
     */
    public long submit(long userId, String slug, Map<String, String> answers) {
        CourseModule module = moduleWithQuiz(slug);
        for (String questionId : answers.keySet()) {
            question(module, questionId);
        }
        // graded before the transaction: drafting a module's rubrics or grading long answers must not hold a pool
        // connection, or a cohort submitting at once waits for connections behind the first grading
        ModuleGrading grading = rubrics.grading(module);
        List<GradedAnswerToStore> graded = new ArrayList<>();
        for (QuizQuestion question : module.quiz().questions()) {
            String answer = withoutNul(answers.getOrDefault(question.id(), ""));
            graded.add(new GradedAnswerToStore(question, answer, grading.grade(question.number(), answer)));
        }
        long attemptId = transaction.execute(status -> store(userId, slug, grading, graded));
        log.info("Quiz attempt {} of account {} on {} graded {}", attemptId, userId, slug,
                grading.isEmpty() ? "for self-assessment" : "by rubric");
        return attemptId;
    }

    private record GradedAnswerToStore(QuizQuestion question, String answer, Optional<ModuleGrading.Outcome> outcome) {
    }

    /**
     * The attempt, already scored, and every graded answer, in one transaction of two statements (a 200-learner wave
     * of submissions held a pool connection through twelve: the attempt, eight answers one by one, reading both back
     * and scoring). A new answer has no override or self-assessment yet, so its verdict is its grade ({@link #rescore}
     * counts it the same way).
     */
    private long store(long userId, String slug, ModuleGrading grading, List<GradedAnswerToStore> graded) {
        boolean rubricGraded = !grading.isEmpty();
        List<QuizRepository.NewAnswer> answers = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        for (GradedAnswerToStore one : graded) {
            QuizQuestion question = one.question();
            if (one.outcome().isPresent()) {
                GradeResult result = one.outcome().get().result();
                answers.add(new QuizRepository.NewAnswer(question.id(), question.number(), one.answer(),
                        result.verdict().label(), result.score(), feedback(one.outcome().get())));
            } else {
                answers.add(new QuizRepository.NewAnswer(question.id(), question.number(), one.answer(), "ungraded", 0,
                        AnswerFeedback.selfAssessed()));
            }
            verdicts.add(rubricGraded && one.outcome().isPresent() ? one.outcome().get().result().verdict()
                    : Verdict.INCORRECT);
        }
        long attemptId = quizzes.insertAttempt(userId, slug, rubricGraded, score(verdicts),
                PassRule.passed(verdicts, grading.passShare(settings.passShare())));
        quizzes.insertAnswers(attemptId, answers);
        return attemptId;
    }

    /**
     * An attempt with its answers, for its owner or an instructor; a 404 for anyone else. The owner opening it has
     * read any change of its verdicts: those are no longer announced.
     */
    @Transactional
    public AttemptView attempt(PraxisUser viewer, long attemptId) {
        QuizAttempt attempt = quizzes.attempt(attemptId)
                .filter(found -> found.userId() == viewer.id() || viewer.isInstructor())
                .orElseThrow(() -> new NotFoundException("No attempt " + attemptId));
        if (attempt.userId() == viewer.id()) {
            quizzes.markOverridesSeen(attemptId);
        }
        CourseModule module = library.module(attempt.moduleSlug());
        return new AttemptView(attempt, module, quizzes.answers(attemptId), passShare(module));
    }

    /** The learner's own verdict ({@code correct}, {@code partial} or {@code incorrect}, checked by the form). */
    @Transactional
    public GradedAnswer selfAssess(long userId, long answerId, String verdict) {
        GradedAnswer answer = owned(userId, answerId);
        quizzes.saveSelfAssessment(answerId, verdict);
        QuizAttempt attempt = quizzes.attempt(answer.attemptId()).orElseThrow();
        rescore(attempt.id(), rubrics.grading(library.module(attempt.moduleSlug())));
        return quizzes.answer(answerId).orElseThrow();
    }

    /**
     * An instructor changes a verdict (one of {@code correct}, {@code partial}, {@code incorrect}, with a reason, as
     * {@code QuizForms.Override} checks); the change is audited and the attempt's score follows.
     */
    @Transactional
    public GradedAnswer override(PraxisUser instructor, long answerId, String newVerdict, String comment) {
        if (!instructor.isInstructor()) {
            throw new NotFoundException("No answer " + answerId);
        }
        String reason = withoutNul(comment).strip();
        GradedAnswer answer = quizzes.answer(answerId).orElseThrow(() -> new NotFoundException("No answer " + answerId));
        quizzes.insertOverride(answerId, instructor.id(), answer.verdict(), newVerdict, reason);
        QuizAttempt attempt = quizzes.attempt(answer.attemptId()).orElseThrow();
        rescore(attempt.id(), rubrics.grading(library.module(attempt.moduleSlug())));
        return quizzes.answer(answerId).orElseThrow();
    }

    /** Provisional drafted verdicts no instructor has reviewed yet, newest first (at most 200). */
    public List<ReviewItem> reviewQueue() {
        return quizzes.provisionalAnswers(DraftGrader.PROVISIONAL_BELOW, 200);
    }

    /** The attempt an answer belongs to (for redirects after a refused change). */
    public long attemptOf(long answerId) {
        return quizzes.answer(answerId).orElseThrow(() -> new NotFoundException("No answer " + answerId)).attemptId();
    }

    public double passShare(CourseModule module) {
        return rubrics.forModule(module).map(ModuleRubric::passShare).orElse(settings.passShare());
    }

    void rescore(long attemptId, ModuleGrading grading) {
        QuizAttempt attempt = quizzes.attempt(attemptId).orElseThrow();
        List<Verdict> verdicts = quizzes.answers(attemptId).stream()
                .map(answer -> effectiveVerdict(answer, attempt.rubricGraded()))
                .toList();
        double share = grading.passShare(settings.passShare());
        quizzes.updateAttemptScore(attemptId, score(verdicts), PassRule.passed(verdicts, share));
    }

    private static double score(List<Verdict> verdicts) {
        return verdicts.isEmpty() ? 0 : verdicts.stream().mapToDouble(QuizService::credit).sum() / verdicts.size();
    }

    /**
     * Graded answers count the (overridden) grade; answers no rubric graded count the learner's own judgement.
     */
    private static Verdict effectiveVerdict(GradedAnswer answer, boolean rubricGraded) {
        boolean graded = rubricGraded && !answer.gradedVerdict().equals("ungraded");
        String label = graded || answer.overridden() ? answer.verdict() : answer.selfAssessment();
        return Verdict.fromLabel(label == null ? "incorrect" : label).orElse(Verdict.INCORRECT);
    }

    static double credit(Verdict verdict) {
        return switch (verdict) {
            case CORRECT -> 1.0;
            case PARTIAL -> 0.5;
            case INCORRECT -> 0.0;
        };
    }

    private GradedAnswer owned(long userId, long answerId) {
        GradedAnswer answer = quizzes.answer(answerId).orElseThrow(() -> new NotFoundException("No answer " + answerId));
        QuizAttempt attempt = quizzes.attempt(answer.attemptId()).orElseThrow();
        if (attempt.userId() != userId) {
            throw new NotFoundException("No answer " + answerId);
        }
        return answer;
    }

    /**
     * The answer as it can be stored: PostgreSQL text cannot hold U+0000, which no one types but a paste can carry,
     * so it is dropped rather than failing the learner's whole submission. Its length was checked by the form
     * ({@link FitsAnswerLength}).
     */
    private static String withoutNul(String text) {
        return text == null ? "" : text.replace("\u0000", "");
    }

    private static QuizQuestion question(CourseModule module, String questionId) {
        return module.quiz().questions().stream().filter(question -> question.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No question " + questionId));
    }

    static AnswerFeedback feedback(ModuleGrading.Outcome outcome) {
        GradeResult result = outcome.result();
        boolean drafted = outcome.source() == ModuleGrading.Source.DRAFTED;
        return new AnswerFeedback(true,
                result.found().stream().map(found -> new AnswerFeedback.Found(found.concept(), found.quote())).toList(),
                result.missing(),
                result.misconceptions().stream().map(flag -> new AnswerFeedback.Flag(flag.id(), flag.feedback())).toList(),
                result.sections().stream().map(s -> new AnswerFeedback.Section(s.concept(), s.section())).toList(),
                outcome.source().label(), drafted ? outcome.confidence() : null);
    }

    /** An attempt with its module, answers and the share needed to pass. */
    public record AttemptView(QuizAttempt attempt, CourseModule module, List<GradedAnswer> answers, double passShare) {

        public Optional<QuizQuestion> question(String questionId) {
            return module.quiz().questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
        }

        /** The lesson link to a section named in a rubric, when the module has a heading of that title. */
        public Optional<String> sectionLink(String title) {
            return module.toc().stream().filter(entry -> entry.title().strip().equalsIgnoreCase(title.strip()))
                    .findFirst().map(entry -> module.url() + "#" + entry.id());
        }
    }}
