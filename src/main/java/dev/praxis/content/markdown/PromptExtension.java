package dev.praxis.content.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prediction prompts. A block of the lesson (outside quiz and lab) whose first words are a known label
 * ({@link PromptLabels}) — a blockquote with a bold label, a bold, italic or plain paragraph, or a heading followed
 * by the prompt — becomes a {@link PromptBlock}. Its reveal is a {@code <details>} inside the prompt's blockquote,
 * else the paragraph (or details) directly after it; when the next block is a heading, code, table, list or rule the
 * prompt is a reflection box without reveal. {@code <!-- praxis:prediction -->} marks a prompt explicitly, and
 * {@code <!-- praxis:reveal -->} … {@code <!-- praxis:end-reveal -->} right after it withholds several blocks.
 */
public final class PromptExtension implements OptionlessExtension {

    /** Far longer than any label, its emphasis and its separator. */
    private static final int OPENING_LENGTH = 400;
    /** A line that finishes a sentence (or a clause ending on a colon), so the next line starts a new one. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:\"'’”)]\\s*$");
    /** A label of a few words and its colon at the start of a line ("Pause and predict:", "Now you solve it:"). */
    private static final Pattern LABEL_AND_COLON = Pattern.compile("^[\\p{L}][\\p{L} ,'’]{2,40}:");
    /** Words after a prompt's question that send the reader on instead of answering it. */
    private static final Pattern DEFERS = Pattern.compile(
            "before (?:reading|you read|continuing|looking)|next paragraph|then compare|decide first|then read on",
            Pattern.CASE_INSENSITIVE);

    private PromptExtension() {
    }

    public static PromptExtension create() {
        return new PromptExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> Regions.renderer(PromptBlock.class, PromptBlock.PromptPart.class));
    }

    static final class Factory extends DocumentPostProcessorFactory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(DetailsExtension.Factory.class, QuizExtension.Factory.class, LabExtension.Factory.class);
        }

        @Override
        public DocumentPostProcessor apply(Document document) {
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document document) {
                    findPrompts(document);
                    return document;
                }
            };
        }
    }

    private static void findPrompts(Node container) {
        Node node = container.getFirstChild();
        while (node != null) {
            Optional<AuthorMark> mark = AuthorMark.before(node);
            boolean forced = mark.map(AuthorMark::forcesPrediction).orElse(false);
            if (node instanceof Paragraph paragraph) {
                splitAtInnerLabel(paragraph);
            }
            Optional<String> label = labelOf(node);
            if (node instanceof AsideBlock) {
                findPrompts(node);
            }
            if ((forced && (node instanceof Paragraph || node instanceof BlockQuote)) || label.isPresent()) {
                String id = mark.map(AuthorMark::id).orElse(null);
                node = wrap(node, label.orElse("Prediction"), id).getNext();
            } else {
                node = node.getNext();
            }
        }
    }

    private static Optional<String> labelOf(Node node) {
        if (node instanceof Paragraph) {
            return PromptLabels.labelOf(opening(node));
        }
        if (node instanceof BlockQuote && node.getFirstChild() instanceof Paragraph first) {
            return PromptLabels.labelOf(opening(first));
        }
        if (node instanceof Heading heading && heading.getLevel() > 2) {
            return PromptLabels.labelOf(Texts.plain(heading));
        }
        return Optional.empty();
    }

    /**
     * Prose hard-wrapped one sentence or clause a line can start a prompt on a line of its own inside a paragraph
     * ("… with managed buffering.\nPause and predict: if a team says …,\nwhich part …?\nThe nervous part is …"), which
     * a reader sees as a prompt. When a line after a finished sentence starts with a label and its colon, the lines from
     * there to the one that ends the question become the prompt's paragraph, and the lines after it a paragraph of
     * their own (the reveal, as after any paragraph prompt).
     */
    private static void splitAtInnerLabel(Paragraph paragraph) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak lineBreak && lineBreak.getPrevious() instanceof Text before
                    && lineBreak.getNext() instanceof Text && SENTENCE_END.matcher(before.getChars()).find()) {
                String rest = paragraph.getChars().baseSubSequence(lineBreak.getNext().getStartOffset(),
                        Math.min(paragraph.getEndOffset(), lineBreak.getNext().getStartOffset() + OPENING_LENGTH)).toString();
                if (Character.isUpperCase(rest.codePointAt(0)) && LABEL_AND_COLON.matcher(rest).find()
                        && PromptLabels.labelOf(rest).isPresent()) {
                    Paragraph prompt = cut(paragraph, lineBreak);
                    for (Node line = prompt.getFirstChild(); line != null; line = line.getNext()) {
                        if (line instanceof SoftLineBreak end && end.getPrevious() instanceof Text text
                                && text.getChars().toString().stripTrailing().endsWith("?")) {
                            cut(prompt, end);
                            break;
                        }
                    }
                    return;
                }
            }
        }
    }

    /** Moves the lines after {@code lineBreak} into a new paragraph right after this one. */
    private static Paragraph cut(Paragraph paragraph, Node lineBreak) {
        Node first = lineBreak.getNext();
        Paragraph tail = new Paragraph(paragraph.getChars().baseSubSequence(first.getStartOffset(), paragraph.getEndOffset()));
        List<Node> moved = new ArrayList<>();
        for (Node node = first; node != null; node = node.getNext()) {
            moved.add(node);
        }
        moved.forEach(tail::appendChild);
        paragraph.setChars(paragraph.getChars().baseSubSequence(paragraph.getStartOffset(), lineBreak.getStartOffset()));
        lineBreak.unlink();
        paragraph.insertAfter(tail);
        return tail;
    }

    /** The start of a block's source: enough for any label and its separator, without copying long paragraphs. */
    private static String opening(Node node) {
        return node.getChars().subSequence(0, Math.min(node.getChars().length(), OPENING_LENGTH)).toString();
    }

    /**
     * The blocks of a region the author marked as withheld: after the opening comment up to the closing one (both
     * comments dropped) or, without a closing one, up to the next heading.
     */
    private static void withheldRegion(Node opening, List<Node> reveal) {
        Node node = opening.getNext();
        opening.unlink();
        while (node != null && !(node instanceof Heading)) {
            Node next = node.getNext();
            if (AuthorMark.closesReveal(node)) {
                node.unlink();
                return;
            }
            reveal.add(node);
            node = next;
        }
    }

    /**
     * A plain paragraph prompt (or the one paragraph of a blockquote prompt) that answers itself: "Pause and predict:
     * …? The answer is usually …". The sentences
     * after its last question mark are the reveal, cut off into a paragraph of their own; the paragraph that follows
     * is lesson prose and stays visible. Not when those sentences only defer to what comes next ("Decide first, then
     * compare with the next paragraph"), and not when the question mark sits inside code or emphasis.
     */
    private static boolean inlineAnswer(Paragraph prompt, List<Node> reveal) {
        Text split = null;
        int at = -1;
        for (Node child = prompt.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text && text.getChars().lastIndexOf('?') >= 0) {
                split = text;
                at = text.getChars().lastIndexOf('?') + 1;
            }
        }
        if (split == null) {
            return false;
        }
        StringBuilder rest = new StringBuilder(split.getChars().subSequence(at).toString());
        for (Node node = split.getNext(); node != null; node = node.getNext()) {
            rest.append(node.getChars());
        }
        String answer = rest.toString().strip();
        if (answer.length() < 20 || !Character.isUpperCase(answer.codePointAt(0)) || DEFERS.matcher(answer).find()) {
            return false;
        }
        Paragraph paragraph = new Paragraph();
        List<Node> moved = new ArrayList<>();
        for (Node node = split.getNext(); node != null; node = node.getNext()) {
            moved.add(node);
        }
        String tail = split.getChars().subSequence(at).toString();
        int lead = tail.length() - tail.stripLeading().length();
        if (lead < tail.length()) {
            paragraph.appendChild(new Text(split.getChars().subSequence(at + lead)));
        }
        moved.forEach(paragraph::appendChild);
        split.setChars(split.getChars().subSequence(0, at));
        while (prompt.getLastChild() instanceof SoftLineBreak || prompt.getLastChild() instanceof HardLineBreak) {
            prompt.getLastChild().unlink();
        }
        reveal.add(paragraph);
        return true;
    }

    private static boolean introduced(Node block) {
        return block instanceof com.vladsch.flexmark.ast.FencedCodeBlock || block instanceof ListBlock
                || block instanceof com.vladsch.flexmark.ext.tables.TableBlock;
    }

    private static PromptBlock wrap(Node start, String label, String id) {
        List<Node> body = new ArrayList<>();
        List<Node> reveal = new ArrayList<>();
        body.add(start);
        Node after = start.getNext();
        if (start instanceof Heading && (after instanceof Paragraph || after instanceof BlockQuote || after instanceof ListBlock)) {
            body.add(after);
            after = after.getNext();
        }
        DetailsBlock inside = start instanceof BlockQuote ? (DetailsBlock) start.getChildOfType(DetailsBlock.class) : null;
        if (after != null && AuthorMark.opensReveal(after)) {
            withheldRegion(after, reveal);
        } else if (inside != null) {
            inside.getChildren().forEach(reveal::add);
            inside.unlink();
        } else if (after instanceof DetailsBlock details) {
            details.getChildren().forEach(reveal::add);
            details.unlink();
        } else if (start instanceof Paragraph paragraph && inlineAnswer(paragraph, reveal)) {
            // the prompt answered itself
        } else if (start instanceof BlockQuote quote && quote.getFirstChild() instanceof Paragraph only
                && only.getNext() == null && inlineAnswer(only, reveal)) {
            // a one-paragraph blockquote that answers itself ("> **Try it yourself**: … What changes? Sizes appear …")
        } else if (after instanceof Paragraph paragraph && labelOf(paragraph).isEmpty()) {
            reveal.add(paragraph);
            // a reveal that ends on a colon ("The best first command is still:") introduces the block it names
            if (Texts.plain(paragraph).strip().endsWith(":") && introduced(paragraph.getNext())) {
                reveal.add(paragraph.getNext());
            }
        }
        PromptBlock prompt = new PromptBlock(label, id);
        start.insertBefore(prompt);
        PromptBlock.PromptPart bodyPart = new PromptBlock.PromptPart(PromptBlock.Part.BODY);
        prompt.appendChild(bodyPart);
        body.forEach(bodyPart::appendChild);
        if (!reveal.isEmpty()) {
            PromptBlock.PromptPart revealPart = new PromptBlock.PromptPart(PromptBlock.Part.REVEAL);
            prompt.appendChild(revealPart);
            reveal.forEach(revealPart::appendChild);
        }
        return prompt;
    }
}
