package dev.praxis.content.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands-on exercises. The blocks under a hands-on H2 ({@code Hands-On Exercise: …}, {@code Hands-on Lab},
 * {@code Practical Exercises}, uk {@code Практична вправа}, …) become a {@link LabBlock}. Steps are the headings
 * {@code Step N}, {@code Task N}, {@code Exercise N}, {@code Part N}, {@code Drill N} (uk {@code Крок N},
 * {@code Завдання N}, {@code Вправа N}) at their shallowest level, each running to the next heading of that level or
 * higher (so {@code #### Step} under {@code ### Part} stays inside its part); without such headings, paragraphs
 * starting with a bold {@code **Step N…**} are the steps, else bold numbered titles, else the items of a numbered list
 * that each open in bold. A {@code Practice Drills} section right after the lab joins it (its {@code Drill N} headings
 * are steps). {@code Success Criteria} (heading or bold paragraph) holds the final checklist. Everything else (goal,
 * setup, cleanup, bonus) is lab prose.
 */
public final class LabExtension implements OptionlessExtension {

    private static final Pattern LAB_TITLE = Pattern.compile(
            "^(?:\\d+\\.\\s*)?(?:hands[- ]on(?: exercises?| lab| practice| labs)?|practical exercises?|lab exercises?"
                    + "|практична вправа|практичні вправи|практичне завдання|practice drills|drills|тренувальні вправи)"
                    + "(?:\\s*[:—–-].*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern STEP_TITLE = Pattern.compile(
            "^(?:step|task|exercise|part|drill|вправа|завдання|крок|частина)\\s+(?:\\d+|(?-i:[A-ZА-Я]|[IVX]{1,4}))\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^\\d{1,2}[.)]\\s+\\p{L}.*",
            Pattern.UNICODE_CASE);
    private static final Pattern TASKS_LABEL = Pattern.compile(
            "^(?:your\\s+)?(?:tasks|steps|кроки|завдання|ваші\\s+завдання)\\s*:?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CRITERIA_TITLE = Pattern.compile(
            "^(?:success criteria|success checklist|критерії успіху)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private LabExtension() {
    }

    public static LabExtension create() {
        return new LabExtension();
    }

    public static boolean isLabTitle(String title) {
        return LAB_TITLE.matcher(title.trim()).matches();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> Regions.renderer(LabBlock.class, LabBlock.Step.class,
                LabBlock.Criteria.class, LabBlock.Body.class, LabBlock.Checklist.class));
    }

    static final class Factory extends DocumentPostProcessorFactory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(DetailsExtension.Factory.class, QuizExtension.Factory.class);
        }

        @Override
        public DocumentPostProcessor apply(Document document) {
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document document) {
                    List<LabBlock> labs = new ArrayList<>();
                    for (Heading heading : Sections.headings(document, LabExtension::isLabTitle)) {
                        // a lab section right after another ("## Practice Drills" under the hands-on exercise) is
                        // more of the same exercise: its heading and blocks join that lab, so its drills are steps
                        if (heading.getPrevious() instanceof LabBlock previous) {
                            Sections.append(heading, previous);
                            continue;
                        }
                        LabBlock lab = new LabBlock();
                        Sections.gather(heading, lab);
                        labs.add(lab);
                    }
                    labs.forEach(LabExtension::structure);
                    return document;
                }
            };
        }
    }

    private static void structure(LabBlock lab) {
        List<Node> blocks = new ArrayList<>();
        lab.getChildren().forEach(blocks::add);
        // a section joined from after the lab ("## Practice Drills") gives the steps only when the lab has none of its
        // own: drills after nine numbered steps are practice after the lab, not its steps
        Node joined = blocks.stream().filter(node -> node instanceof Heading heading && heading.getLevel() <= 2)
                .findFirst().orElse(null);
        List<Node> own = joined == null ? blocks : blocks.subList(0, blocks.indexOf(joined));
        List<Node> candidates = new ArrayList<>(joined != null && hasSteps(own) ? own : blocks);
        int stepLevel = candidates.stream().filter(LabExtension::isStepHeading).mapToInt(node -> ((Heading) node).getLevel())
                .min().orElse(Integer.MAX_VALUE);
        boolean boldSteps = stepLevel == Integer.MAX_VALUE;
        // without "Step N" labels, bold numbered paragraphs ("**1. Define the SLIs**") are the steps, when there are two
        boolean numbered = boldSteps && candidates.stream().noneMatch(LabExtension::isBoldStep)
                && candidates.stream().filter(LabExtension::isNumberedBoldStep).count() >= 2;
        // with no other step shape, a numbered list whose items each open in bold ("1. **Create the bucket** …") is
        // the steps, as short labs write them: the items' blocks take the list's place, each bold lead starts a step.
        // The same when a code fence at the margin cuts each item into a list of its own ("1. **Check X**:", fence,
        // "2. **Check Y**:", …), and, failing those, a plain numbered list right under a "**Your Tasks:**" line
        Set<Node> itemLeads = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (boldSteps && !numbered && candidates.stream().noneMatch(LabExtension::isBoldStep)) {
            List<OrderedList> stepLists = boldItemLists(candidates);
            if (stepLists.isEmpty()) {
                stepLists = taskLabelledList(candidates);
            }
            for (OrderedList list : stepLists) {
                int at = blocks.indexOf(list);
                List<Node> unwrapped = new ArrayList<>();
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    itemLeads.add(item.getFirstChild());
                    item.getChildren().forEach(unwrapped::add);
                }
                list.unlink();
                blocks.remove(at);
                blocks.addAll(at, unwrapped);
            }
        }
        int joinedAt = joined == null || candidates.contains(joined) ? Integer.MAX_VALUE : blocks.indexOf(joined);
        Map<Node, String> ids = new IdentityHashMap<>();
        blocks.forEach(block -> ids.put(block, AuthorMark.idBefore(block)));
        blocks.forEach(Node::unlink);
        boolean[] starts = new boolean[blocks.size()];
        int lastStart = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            starts[i] = i < joinedAt && (boldSteps
                    ? (numbered ? isNumberedBoldStep(block) : isBoldStep(block) || itemLeads.contains(block))
                    : isStepHeading(block) && ((Heading) block).getLevel() == stepLevel);
            lastStart = starts[i] ? i : lastStart;
        }
        Node open = null;
        int openLevel = Integer.MAX_VALUE;
        QuizBlock.Prose prose = null;
        for (int i = 0; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            int level = block instanceof Heading heading ? heading.getLevel() : Integer.MAX_VALUE;
            boolean stepStart = starts[i];
            // a lab without steps whose tasks are a checklist ("- [ ] **Step 1: …**" items, or plain tasks after the
            // scenario) keeps them as its checklist, so they can be ticked, instead of showing them as prose
            boolean criteriaStart = isCriteria(block) && (open == null || level <= openLevel || boldCriteria(block))
                    || lastStart < 0 && open == null && block instanceof ListBlock list && list.hasChildren()
                    && onlyTaskItems(list);
            if (stepStart || criteriaStart) {
                Node container = stepStart ? new LabBlock.Step(title(block), ids.get(block)) : new LabBlock.Criteria();
                lab.appendChild(container);
                LabBlock.Body body = new LabBlock.Body();
                if (block instanceof Heading) {
                    container.appendChild(block);
                    container.appendChild(body);
                } else {
                    container.appendChild(body);
                    if (!stepStart || withoutLabel((Paragraph) block)) {
                        body.appendChild(block);
                    }
                }
                open = container;
                openLevel = block instanceof Heading ? level : Integer.MAX_VALUE - 1;
                prose = null;
                continue;
            }
            // a heading between two steps ("Practice drills" before more steps) stays in the step before it, so the
            // page keeps the author's order instead of moving it below the last step
            boolean closes = open != null && i > lastStart && (level <= openLevel
                    || (boldSteps && open instanceof LabBlock.Step && block instanceof Heading));
            if (closes) {
                open = null;
            }
            if (open != null) {
                open.getLastChild().appendChild(block);
                continue;
            }
            if (prose == null) {
                prose = new QuizBlock.Prose();
                lab.appendChild(prose);
            }
            prose.appendChild(block);
        }
        for (Node part : lab.getChildren()) {
            if (part.getLastChild() instanceof LabBlock.Body body) {
                wrapChecklists(body);
            }
        }
    }

    private static void wrapChecklists(LabBlock.Body body) {
        List<Node> lists = new ArrayList<>();
        for (Node child : body.getChildren()) {
            if (child instanceof ListBlock list && list.hasChildren() && onlyTaskItems(list)) {
                lists.add(list);
            }
        }
        for (Node list : lists) {
            LabBlock.Checklist checklist = new LabBlock.Checklist();
            list.insertBefore(checklist);
            checklist.appendChild(list);
        }
    }

    private static boolean onlyTaskItems(ListBlock list) {
        for (Node item : list.getChildren()) {
            if (!(item instanceof TaskListItem)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStepHeading(Node node) {
        return node instanceof Heading heading && heading.getLevel() > 2 && STEP_TITLE.matcher(Texts.plain(heading)).matches();
    }

    private static boolean isBoldStep(Node node) {
        return node instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof StrongEmphasis strong
                && STEP_TITLE.matcher(Texts.plain(strong)).matches();
    }

    /** A paragraph that is only a bold numbered title: "**2. Set the targets**" (text after it is no title). */
    private static boolean isNumberedBoldStep(Node node) {
        return node instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof StrongEmphasis strong
                && strong.getNext() == null && NUMBERED_TITLE.matcher(Texts.plain(strong)).matches();
    }

    /** Whether these blocks hold steps in any of the shapes a lab writes them in. */
    private static boolean hasSteps(List<Node> blocks) {
        return blocks.stream().anyMatch(node -> isStepHeading(node) || isBoldStep(node))
                || blocks.stream().filter(LabExtension::isNumberedBoldStep).count() >= 2
                || !boldItemLists(blocks).isEmpty() || !taskLabelledList(blocks).isEmpty();
    }

    /**
     * The first numbered list of at least two items that each open in bold, or the first run of such lists whose
     * numbering continues from one to the next (items cut apart by a code fence at the margin); empty when none.
     */
    private static List<OrderedList> boldItemLists(List<Node> blocks) {
        List<OrderedList> run = new ArrayList<>();
        int items = 0;
        for (Node node : blocks) {
            if (!(node instanceof OrderedList list) || !boldItems(list)) {
                continue;
            }
            int count = list.getChildren().iterator().hasNext() ? countItems(list) : 0;
            if (count >= 2 && run.isEmpty()) {
                return List.of(list);
            }
            if (!run.isEmpty() && list.getStartNumber() != run.get(0).getStartNumber() + items) {
                if (items >= 2) {
                    return run;
                }
                run = new ArrayList<>();
                items = 0;
            }
            run.add(list);
            items += count;
        }
        return items >= 2 ? run : List.of();
    }

    private static boolean boldItems(OrderedList list) {
        if (!list.hasChildren()) {
            return false;
        }
        for (Node item : list.getChildren()) {
            if (!(item.getFirstChild() instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof StrongEmphasis)) {
                return false;
            }
        }
        return true;
    }

    private static int countItems(OrderedList list) {
        int count = 0;
        for (Node ignored : list.getChildren()) {
            count++;
        }
        return count;
    }

    /** A numbered list of at least two items right under a line that only says "**Your Tasks:**" (or "Steps", uk "Кроки"). */
    private static List<OrderedList> taskLabelledList(List<Node> blocks) {
        for (Node node : blocks) {
            if (node instanceof OrderedList list && countItems(list) >= 2 && list.getPrevious() instanceof Paragraph label
                    && label.getFirstChild() instanceof StrongEmphasis strong
                    && TASKS_LABEL.matcher(Texts.plain(label).strip()).matches()
                    && TASKS_LABEL.matcher(Texts.plain(strong).strip()).matches()) {
                return List.of(list);
            }
        }
        return List.of();
    }

    private static boolean isCriteria(Node node) {
        if (node instanceof Heading heading) {
            return heading.getLevel() > 2 && CRITERIA_TITLE.matcher(Texts.plain(heading)).matches();
        }
        return boldCriteria(node);
    }

    private static boolean boldCriteria(Node node) {
        return node instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof StrongEmphasis strong
                && CRITERIA_TITLE.matcher(Texts.plain(strong)).matches();
    }

    /**
     * Takes a bold step label out of its paragraph, since the step's title shows it already (as a heading step's
     * heading is not part of its instructions); true when text remains after it.
     */
    private static boolean withoutLabel(Paragraph paragraph) {
        paragraph.getFirstChild().unlink();
        if (paragraph.getFirstChild() instanceof Text text) {
            String rest = text.getChars().toString().replaceFirst("^[\\s:.\u2014-]+", "");
            if (rest.isEmpty()) {
                text.unlink();
            } else {
                text.setChars(text.getChars().subSequence(text.getChars().length() - rest.length()));
            }
        }
        while (paragraph.getFirstChild() instanceof SoftLineBreak || paragraph.getFirstChild() instanceof HardLineBreak) {
            paragraph.getFirstChild().unlink();
        }
        return paragraph.hasChildren();
    }

    private static String title(Node block) {
        if (block instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof StrongEmphasis strong) {
            return Texts.plain(strong).replaceFirst("[:.]\\s*$", "");
        }
        return Texts.plain(block);
    }
}
