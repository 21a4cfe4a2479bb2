package dev.praxis.content.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quizzes. The blocks under a quiz H2 ({@code Quiz}, {@code Quiz: …}, {@code Knowledge Check}, uk {@code Тест}, …,
 * or cumulative-quiz groups such as {@code Section 2: … (7 questions)}) become a {@link QuizBlock} of questions, each
 * a body and the model answer. Recognised shapes: A, the question is a {@code <summary>} and the answer its details;
 * B, a numbered list item with the answer details inside it; C, a heading per question; D, a bold label
 * ({@code **Q1.**}) or any other blocks ending in an answer details; E, multiple choice (options live in the body);
 * F, visible answers ({@code *Correct Answer: C*}, a blockquote starting "Answer"). A question without an answer, or
 * an answer without a question, is kept and reported.
 */
public final class QuizExtension implements OptionlessExtension {

    private static final Pattern QUIZ_TITLE = Pattern.compile(
            "^(?:\\d+\\.\\s*)?(?:quiz|knowledge check|module quiz|scenario quiz|practice quiz|review questions"
                    + "|self[- ]check|questions|practice questions|final quiz|тест|контрольні запитання|вікторина|перевірка знань"
                    + "|практичні запитання|тренувальні запитання)"
                    + "(?:\\s*[:—–-].*)?$|.*\\(\\d+ (?:questions?|(?:за)?питан(?:ня|ь))\\)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ANSWER_SUMMARY = Pattern.compile(
            "^(?:show |view |reveal |see (?:the )?)?(?:answer|explanation|correct answer|model answer|solution)\\b.*"
                    + "|^(?:відповідь|показати відповідь|пояснення)\\b.*|^click (?:to|for) (?:reveal|answer|see).*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern QUESTION_LABEL = Pattern.compile(
            "^(?:Q\\d+|П\\d+|Question\\s+\\d+|Scenario\\s+\\d+|Запитання\\s+\\d+|Питання\\s+\\d+|\\d+)\\s*[.:)]?.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    /** A note naming the learning outcome a question tests: "[Maps to Learning Outcome: …]", uk "[Результат навчання: …]". */
    private static final Pattern OUTCOME_NOTE = Pattern.compile(
            "^\\W*(?:maps to (?:learning )?outcomes?|learning outcomes?|відповідає результату навчання|результати? навчання)"
                    + "\\s*\\d*\\s*:[^\\n]{0,300}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern VISIBLE_ANSWER = Pattern.compile(
            "^\\s*[*_>]*\\s*(?:correct answer|answer|відповідь)\\s*[*_]*\\s*:.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    private QuizExtension() {
    }

    public static QuizExtension create() {
        return new QuizExtension();
    }

    public static boolean isQuizTitle(String title) {
        return QUIZ_TITLE.matcher(title.trim()).matches();
    }

    static boolean isAnswerSummary(String summary) {
        return ANSWER_SUMMARY.matcher(summary.trim()).matches();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> Regions.renderer(QuizBlock.class, QuizBlock.Question.class,
                QuizBlock.Body.class, QuizBlock.Answer.class, QuizBlock.Prose.class));
    }

    static final class Factory extends DocumentPostProcessorFactory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(DetailsExtension.Factory.class);
        }

        @Override
        public DocumentPostProcessor apply(Document document) {
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document document) {
                    for (Heading heading : Sections.headings(document, QuizExtension::isQuizTitle)) {
                        QuizBlock quiz = new QuizBlock();
                        Sections.gather(heading, quiz);
                        new Grouping(quiz).run();
                    }
                    return document;
                }
            };
        }
    }

    /** A question being collected: the blocks of its body, its answer, whether something announced a question. */
    private static final class Group {
        final List<Node> body = new ArrayList<>();
        final List<Node> answer = new ArrayList<>();
        boolean announced;
        boolean answered;
        String explicitId;
        int line;
    }

    /** Walks the quiz section's blocks once, cutting them into questions and prose. */
    private static final class Grouping {

        private final QuizBlock quiz;
        private final List<Object> result = new ArrayList<>();
        private Group current = new Group();

        Grouping(QuizBlock quiz) {
            this.quiz = quiz;
        }

        void run() {
            List<Node> blocks = new ArrayList<>();
            quiz.getChildren().forEach(blocks::add);
            for (Node block : blocks) {
                accept(block);
            }
            flush();
            build();
        }

        private void accept(Node block) {
            if (block instanceof HtmlBlockBase html && AuthorMark.parse(html.getChars().toString()).isPresent()) {
                startQuestion();
                current.explicitId = AuthorMark.parse(html.getChars().toString()).get().id();
                return;
            }
            if (block instanceof ThematicBreak) {
                if (current.answered) {
                    flush();
                }
                add(block);
                return;
            }
            if (block instanceof DetailsBlock details && isAnswerSummary(details.summaryText())) {
                answer(block, details);
                return;
            }
            if (block instanceof DetailsBlock details && details.summaryHtml() != null) {
                startQuestion();
                current.announced = true;
                mark(block);
                current.body.add(new RawHtml(details.getChars(), "<p>" + details.summaryHtml() + "</p>"));
                details.getChildren().forEach(current.answer::add);
                current.answered = true;
                details.unlink();
                flush();
                return;
            }
            if (isVisibleAnswer(block) && (current.announced || !current.body.isEmpty()) && !current.answered) {
                current.answer.add(block);
                current.answered = true;
                return;
            }
            if (block instanceof OrderedList list && (!current.announced || current.answered || containsAnswer(list))) {
                questionList(list);
                return;
            }
            if (announcesQuestion(block)) {
                startQuestion();
                current.announced = true;
                mark(block);
                current.explicitId = AuthorMark.idBefore(block) != null ? AuthorMark.idBefore(block) : current.explicitId;
                current.body.add(block);
                return;
            }
            if (current.answered) {
                flush();
            }
            add(block);
        }

        private void add(Node block) {
            mark(block);
            current.body.add(block);
        }

        private void mark(Node block) {
            if (current.line == 0) {
                current.line = SourceProblems.lineOf(block);
            }
        }

        private void answer(Node block, DetailsBlock details) {
            if (current.answered) {
                flush();
            }
            mark(block);
            details.getChildren().forEach(current.answer::add);
            details.unlink();
            current.answered = true;
        }

        private void startQuestion() {
            if (current.announced || current.answered || !current.body.isEmpty()) {
                flush();
            }
        }

        private void questionList(OrderedList list) {
            List<Node> items = new ArrayList<>();
            list.getChildren().forEach(items::add);
            for (Node item : items) {
                startQuestion();
                current.announced = true;
                mark(item);
                for (Node child : childrenOf(item)) {
                    if (child instanceof DetailsBlock details && isAnswerSummary(details.summaryText()) && !current.answered) {
                        details.getChildren().forEach(current.answer::add);
                        current.answered = true;
                    } else {
                        current.body.add(child);
                    }
                }
            }
            list.unlink();
        }

        private void flush() {
            if (current.announced || current.answered) {
                result.add(current);
            } else if (!current.body.isEmpty()) {
                result.add(new ArrayList<>(current.body));
            }
            current = new Group();
        }

        @SuppressWarnings("unchecked")
        private void build() {
            List<Node> leftovers = childrenOf(quiz);
            leftovers.forEach(Node::unlink);
            for (Object entry : result) {
                if (entry instanceof Group group) {
                    quiz.appendChild(question(group));
                } else {
                    QuizBlock.Prose prose = new QuizBlock.Prose();
                    quiz.appendChild(prose);
                    ((List<Node>) entry).forEach(prose::appendChild);
                }
            }
        }

        private Node question(Group group) {
            // "*[Maps to Learning Outcome: …]*" at the top of an answer says what the question tests, not how to answer
            // it: it stays visible under the question, and the model answer starts with the author's real answer
            if (!group.answer.isEmpty() && group.answer.get(0) instanceof Paragraph note
                    && OUTCOME_NOTE.matcher(Texts.plain(note)).matches()) {
                group.body.add(group.answer.remove(0));
            }
            QuizBlock.Question question = new QuizBlock.Question(group.explicitId);
            QuizBlock.Body body = new QuizBlock.Body();
            question.appendChild(body);
            group.body.forEach(body::appendChild);
            if (group.body.isEmpty() || group.body.stream().allMatch(ThematicBreak.class::isInstance)) {
                report(group, "quiz answer without a question");
            }
            if (group.answered) {
                QuizBlock.Answer answer = new QuizBlock.Answer();
                question.appendChild(answer);
                group.answer.forEach(answer::appendChild);
            } else {
                report(group, "quiz question without an answer");
            }
            return question;
        }

        private void report(Group group, String message) {
            int line = group.line > 0 ? group.line : SourceProblems.lineOf(quiz.getPrevious());
            SourceProblems.of(quiz.getDocument()).add(new SourceProblem(line, message));
        }
    }

    private static List<Node> childrenOf(Node node) {
        List<Node> children = new ArrayList<>();
        node.getChildren().forEach(children::add);
        return children;
    }

    private static boolean containsAnswer(OrderedList list) {
        for (Node item : list.getChildren()) {
            for (Node child : item.getChildren()) {
                if (child instanceof DetailsBlock details && isAnswerSummary(details.summaryText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean announcesQuestion(Node block) {
        if (block instanceof Heading heading) {
            return heading.getLevel() > 2;
        }
        if (block instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof StrongEmphasis strong) {
            return QUESTION_LABEL.matcher(Texts.plain(strong)).matches();
        }
        return false;
    }

    private static boolean isVisibleAnswer(Node block) {
        if (block instanceof Paragraph paragraph && (paragraph.getFirstChild() instanceof Emphasis
                || paragraph.getFirstChild() instanceof StrongEmphasis)) {
            return VISIBLE_ANSWER.matcher(paragraph.getChars()).matches();
        }
        return block instanceof BlockQuote quote && quote.getFirstChild() instanceof Paragraph first
                && VISIBLE_ANSWER.matcher(first.getChars()).matches();
    }
}
