package dev.praxis.content.importing;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.praxis.content.ChecklistItem;
import dev.praxis.content.HtmlText;
import dev.praxis.content.Lab;
import dev.praxis.content.LabStep;
import dev.praxis.content.LessonPart;
import dev.praxis.content.Prediction;
import dev.praxis.content.Quiz;
import dev.praxis.content.QuizOption;
import dev.praxis.content.QuizQuestion;
import dev.praxis.content.markdown.AuthorMark;
import dev.praxis.content.markdown.LabBlock;
import dev.praxis.content.markdown.PromptBlock;
import dev.praxis.content.markdown.QuizBlock;
import dev.praxis.content.markdown.RegionBlock;
import dev.praxis.content.markdown.SourceProblems;
import dev.praxis.content.markdown.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Builds the lesson parts and the structured records of one rendered document: prose between the prompt, quiz and
 * lab regions, each region's HTML sanitised and attached to its record, ids stable ({@code <slug>:<kind>:<n>}).
 */
final class LessonAssembly {

    private static final Pattern OPTION = Pattern.compile("^\\s*(?:[-*+]\\s+)?(?:\\[[ xX]\\]\\s*)?[*_]*\\(?([A-F])[).:][*_]*\\s+(.+)$");
    private static final Pattern CORRECT = Pattern.compile(
            "(?i)(?:correct(?:\\s+answer)?(?:\\s+is)?|answer)\\s*[*_]*\\s*[:\\-—]?\\s*[*_]*\\s*\\(?([A-F])\\b(?![a-z'])");
    /** An answer that opens with the option itself: "B) Deployment. A Deployment manages…", "**C.** …". */
    private static final Pattern LEADING_OPTION = Pattern.compile("^\\W*\\(?([A-F])(?:\\)|\\.|:)(?:\\s|$)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** "Option B is correct", "Choice 2 is the right one": the option named first, then called correct. */
    private static final Pattern OPTION_IS_CORRECT = Pattern.compile(
            "(?iu)(?:\\b(?:option|choice|answer)|варіант)\\s*[*_]*\\(?([A-F]|\\d{1,2})\\)?[*_]*\\s+"
                    + "(?:is\\s+(?:the\\s+)?(?:correct|right|best)\\b|(?:[—–-]\\s*|є\\s+)?правильн)");
    /** "The correct answer is **2**", "Correct option: 3", "Answer: 1": a number standing for a numbered option. */
    private static final Pattern NUMBER_CORRECT = Pattern.compile(
            "(?iu)(?:\\bcorrect(?:\\s+(?:answer|option|choice))?(?:\\s+is)?|^\\W*answer"
                    + "|правильн\\p{L}*\\s+(?:відповідь|варіант)(?:\\s+[—–-])?|^\\W*відповідь)"
                    + "\\s*[*_]*\\s*[:\\-—]?\\s*[*_]*\\s*(?:option\\s*|варіант\\s*)?\\(?(\\d{1,2})(?![\\d.,%]\\d|\\w)");

    private final RegionSplitter regions;
    private final UnaryOperator<String> sanitizer;
    private final String slug;
    private final List<LessonPart> parts = new ArrayList<>();
    private final List<Prediction> predictions = new ArrayList<>();
    private Quiz quiz = Quiz.NONE;
    private Lab lab = Lab.NONE;

    /**
     * @param sanitizer applied to every cut of {@code regions}: the full sanitiser, or only trimming when the
     *                  rendering was sanitised as a whole before it was cut
     */
    LessonAssembly(Document document, RegionSplitter regions, UnaryOperator<String> sanitizer, String slug) {
        this.regions = regions;
        this.sanitizer = sanitizer;
        this.slug = slug;
        Map<Integer, Node> topRegions = new HashMap<>();
        for (Node node : document.getChildren()) {
            if (node instanceof PromptBlock || node instanceof QuizBlock || node instanceof LabBlock) {
                topRegions.put(((RegionBlock) node).region(), node);
            }
        }
        List<QuizBlock> quizzes = new ArrayList<>();
        for (RegionSplitter.Top top : regions.top()) {
            if (top.prose() != null) {
                String html = sanitizer.apply(top.prose());
                if (!html.isBlank()) {
                    parts.add(new LessonPart.Prose(html));
                }
                continue;
            }
            Node node = topRegions.get(top.region());
            if (node instanceof PromptBlock prompt) {
                Prediction prediction = prediction(prompt, predictions.size() + 1);
                predictions.add(prediction);
                parts.add(new LessonPart.PredictionSlot(prediction.id()));
            } else if (node instanceof QuizBlock block) {
                if (quizzes.isEmpty()) {
                    parts.add(new LessonPart.QuizSlot());
                }
                quizzes.add(block);
            } else if (node instanceof LabBlock block && lab == Lab.NONE) {
                parts.add(new LessonPart.LabSlot());
                lab = lab(block);
            } else if (node instanceof LabBlock block) {
                // a second hands-on section further down (not joined to the first) is shown as it stands
                parts.add(new LessonPart.Prose(html(block, false)));
            }
        }
        if (!quizzes.isEmpty()) {
            quiz = quiz(quizzes);
        }
    }

    List<LessonPart> parts() {
        return List.copyOf(parts);
    }

    List<Prediction> predictions() {
        return List.copyOf(predictions);
    }

    Quiz quiz() {
        return quiz;
    }

    Lab lab() {
        return lab;
    }

    private String html(Node region, boolean own) {
        RegionSplitter.Region cut = regions.region(((RegionBlock) region).region());
        return sanitizer.apply(own ? cut.ownHtml() : cut.fullHtml());
    }

    private String id(String kind, String explicit, int ordinal) {
        return slug + ":" + kind + ":" + (explicit != null ? explicit : Integer.toString(ordinal));
    }

    private Prediction prediction(PromptBlock prompt, int ordinal) {
        String promptHtml = html(prompt.body(), false);
        String revealHtml = prompt.reveal() == null ? null : html(prompt.reveal(), false);
        return new Prediction(id("prediction", prompt.explicitId(), ordinal), ordinal, prompt.label(), promptHtml,
                HtmlText.of(promptHtml), revealHtml, revealHtml == null ? null : HtmlText.of(revealHtml),
                SourceProblems.lineOf(prompt.body().getFirstChild()));
    }

    private Quiz quiz(List<QuizBlock> blocks) {
        List<QuizQuestion> questions = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        for (QuizBlock block : blocks) {
            for (Node child : block.getChildren()) {
                if (child instanceof QuizBlock.Question question) {
                    questions.add(question(question, questions.size() + 1));
                } else if (child instanceof QuizBlock.Prose) {
                    prose.append(html(child, false));
                }
            }
        }
        Heading heading = blocks.get(0).getPrevious() instanceof Heading h ? h : null;
        return new Quiz(heading == null ? "Quiz" : Texts.plain(heading), heading == null ? "" : heading.getAnchorRefId(),
                prose.toString(), List.copyOf(questions));
    }

    private QuizQuestion question(QuizBlock.Question question, int ordinal) {
        String questionHtml = html(question.body(), false);
        String answerHtml = question.answer() == null ? null : html(question.answer(), false);
        String answerText = answerHtml == null ? null : HtmlText.of(answerHtml);
        List<QuizOption> options = options(question.body());
        String correct = null;
        if (!options.isEmpty() && answerText != null) {
            Matcher matcher = CORRECT.matcher(answerText);
            Matcher named = OPTION_IS_CORRECT.matcher(answerText);
            Matcher leading = LEADING_OPTION.matcher(answerText);
            if (matcher.find()) {
                correct = matcher.group(1);
            } else if (named.find() && isOption(named.group(1), options)) {
                correct = named.group(1);
            } else if (leading.find() && isOption(leading.group(1), options)) {
                correct = leading.group(1);
            }
        } else if (answerText != null) {
            List<QuizOption> numbered = numberedOptions(question.body());
            String chosen = numberedChoice(answerText, numbered);
            if (chosen != null) {
                options = numbered;
                correct = chosen;
            }
        }
        Node first = question.body().getFirstChild() != null ? question.body().getFirstChild() : question;
        int line = first.getChars().isEmpty() && first.getDocument() == null ? 0 : SourceProblems.lineOf(first);
        return new QuizQuestion(id("quiz", question.explicitId(), ordinal), "Q" + ordinal, questionHtml,
                HtmlText.of(questionHtml), answerHtml, answerText, options, correct, line);
    }

    private static List<QuizOption> options(QuizBlock.Body body) {
        List<QuizOption> options = new ArrayList<>();
        for (Node child : body.getChildren()) {
            if (child instanceof BulletList || child instanceof OrderedList) {
                for (Node item : child.getChildren()) {
                    option(Texts.plain(item), options);
                }
            } else if (child instanceof Paragraph paragraph) {
                for (String line : paragraph.getChars().toString().split("\n")) {
                    option(line.replace("**", "").replace("<br>", ""), options);
                }
            }
        }
        return options.size() >= 2 ? List.copyOf(options) : List.of();
    }

    private static boolean isOption(String label, List<QuizOption> options) {
        return options.stream().anyMatch(option -> option.letter().equals(label));
    }

    /**
     * The items of the question's last numbered list, labelled by their numbers ("1", "2", …): KubeDojo's practice
     * questions list their options as "1. …" to "4. …" and name the right one by number in the answer. They count as
     * options only when the answer does so ({@link #numberedChoice}); otherwise the list is part of the scenario.
     */
    private static List<QuizOption> numberedOptions(QuizBlock.Body body) {
        OrderedList list = null;
        for (Node child : body.getChildren()) {
            if (child instanceof OrderedList ordered) {
                list = ordered;
            }
        }
        if (list == null) {
            return List.of();
        }
        List<QuizOption> options = new ArrayList<>();
        int number = list.getStartNumber();
        for (Node item : list.getChildren()) {
            options.add(new QuizOption(Integer.toString(number++), Texts.plain(item).trim()));
        }
        return options.size() >= 2 ? List.copyOf(options) : List.of();
    }

    /** The numbered option the answer calls correct ("The correct answer is **2**", "Option 2 is correct"), or null. */
    private static String numberedChoice(String answerText, List<QuizOption> options) {
        if (options.isEmpty()) {
            return null;
        }
        for (Pattern pattern : List.of(NUMBER_CORRECT, OPTION_IS_CORRECT)) {
            Matcher matcher = pattern.matcher(answerText);
            if (matcher.find() && isOption(matcher.group(1), options)) {
                return matcher.group(1);
            }
        }
        return null;
    }

    private static void option(String line, List<QuizOption> options) {
        Matcher matcher = OPTION.matcher(line);
        if (matcher.matches()) {
            options.add(new QuizOption(matcher.group(1), matcher.group(2).trim()));
        }
    }

    private Lab lab(LabBlock block) {
        List<LabStep> steps = new ArrayList<>();
        List<ChecklistItem> criteria = new ArrayList<>();
        StringBuilder intro = new StringBuilder();
        StringBuilder closing = new StringBuilder();
        int[] itemOrdinal = {0};
        for (Node child : block.getChildren()) {
            if (child instanceof LabBlock.Step step) {
                List<ChecklistItem> items = items(step, itemOrdinal);
                String instructions = html(step.body(), true);
                Matcher number = NUMBER.matcher(step.title());
                int ordinal = steps.size() + 1;
                steps.add(new LabStep(id("step", step.explicitId(), ordinal), ordinal,
                        number.find() ? number.group() : Integer.toString(ordinal), step.title(),
                        step.heading() instanceof Heading heading ? heading.getAnchorRefId() : "",
                        instructions, HtmlText.of(instructions), items));
            } else if (child instanceof LabBlock.Criteria criteriaBlock) {
                criteria.addAll(items(criteriaBlock, itemOrdinal));
            } else if (steps.isEmpty() && criteria.isEmpty()) {
                intro.append(html(child, false));
            } else {
                closing.append(html(child, false));
            }
        }
        Heading heading = block.getPrevious() instanceof Heading h ? h : null;
        return new Lab(heading == null ? "Hands-On Exercise" : Texts.plain(heading),
                heading == null ? "" : heading.getAnchorRefId(), intro.toString(), List.copyOf(steps),
                List.copyOf(criteria), closing.toString());
    }

    private List<ChecklistItem> items(Node container, int[] ordinal) {
        List<ChecklistItem> items = new ArrayList<>();
        for (Node node : container.getDescendants()) {
            if (node instanceof TaskListItem item) {
                ordinal[0]++;
                String explicit = AuthorMark.inlineId(ownText(item)).orElse(null);
                items.add(new ChecklistItem(id("check", explicit, ordinal[0]), itemText(item), item.isItemDoneMarker()));
            }
        }
        return List.copyOf(items);
    }

    /** The item's own first block, without nested lists. */
    private static Node ownText(TaskListItem item) {
        return item.getFirstChild() == null ? item : item.getFirstChild();
    }

    private static String itemText(TaskListItem item) {
        StringBuilder text = new StringBuilder();
        for (Node child : item.getChildren()) {
            if (!(child instanceof ListBlock)) {
                text.append(text.isEmpty() ? "" : " ").append(Texts.plain(child));
            }
        }
        return text.toString().trim();
    }
}
