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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prediction prompts. A block of the lesson (outside quiz and lab) whose first words are a known label
 * ({@link PromptLabels}) — a blockquote with a bold label, a bold, italic or plain paragraph, or a heading followed
 * by the prompt — becomes a {@link PromptBlock}. Its reveal is a {@code <details>} inside the prompt's blockquote,
 * else the paragraph (or details) directly after it; when the next block is a heading, code, table, list or rule the
 * prompt is a reflection box without reveal. A label inside a paragraph, after a finished sentence, cuts the paragraph
 * into prose, prompt (the question) and reveal (the rest of the paragraph). {@code <!-- praxis:prediction -->} marks a
 * prompt explicitly, and {@code <!-- praxis:reveal -->} … {@code <!-- praxis:end-reveal -->} right after it withholds
 * several blocks.
 */
public final class PromptExtension implements OptionlessExtension {

    /** Far longer than any label, its emphasis and its separator. */
    private static final int OPENING_LENGTH = 400;
    /**
     * Where a label may start inside a paragraph: after a finished sentence (or a clause ending on a colon) and white
     * space, a line break or not, before a capital, in emphasis or not.
     */
    static final Pattern INNER_OPENING = Pattern.compile("(?<=[.!?:\"'’”)])\\s+(?=[*_]{0,2}\\p{Lu})");
    /** The end of a question: its mark, with closing emphasis or quotes, before white space or the paragraph's end. */
    private static final Pattern QUESTION_END = Pattern.compile("\\?[*_\"'’”)]*(?=\\s|$)");
    /** The sentence that follows, with the white space before it. */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("\\s+[^.!?]*[.!?]+[*_\"'’”)]*(?=\\s|$)");
    /** A label of a few words and its colon at the start of a line ("Pause and predict:", "Now you solve it:"). */
    static final Pattern LABEL_AND_COLON = Pattern.compile("^[\\p{L}][\\p{L} ,'’]{2,40}:");
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
     * A prompt can open inside a paragraph, after a finished sentence: on a line of its own in prose hard-wrapped one
     * sentence a line ("… with managed buffering.\nPause and predict: if a team says …,\nwhich part …?\nThe nervous
     * part is …"), or anywhere in prose wrapped at a width or not at all ("… managed buffering. **Pause and predict:**
     * which part …? The nervous part is …"), which a reader sees as a prompt all the same. The paragraph is cut in
     * three: the prose before the label stays lesson prose; the prompt is the label and its question, through the first
     * sentence that ends on a question mark (and a sentence after it that only sends the reader on, "Decide before
     * reading on."); the rest of the paragraph, what the author wrote to answer the question, is a paragraph of its own
     * and so the reveal, as after any paragraph prompt (when the question ends the paragraph, the next paragraph is).
     * Inside a line the label must be followed by a question; at a line's start it opens a prompt as before.
     */
    private static void splitAtInnerLabel(Paragraph paragraph) {
        String source = paragraph.getChars().toString();
        // a label needs its colon (LABEL_AND_COLON): most paragraphs have none after their first character, and each
        // candidate opening is tried only when a colon follows it closely enough (a profiled share of an import)
        if (source.indexOf(':', 1) < 0) {
            return;
        }
        for (long opening = innerOpening(source, 1); opening >= 0; opening = innerOpening(source, (int) opening)) {
            int start = (int) (opening >>> 32);
            int at = (int) opening;
            int colon = source.indexOf(':', at);
            if (colon < 0) {
                return;
            }
            if (colon - at > OPENING_LENGTH || !labelAndColon(source, at, Math.min(source.length(), at + OPENING_LENGTH))) {
                continue;
            }
            String rest = source.substring(at, Math.min(source.length(), at + OPENING_LENGTH));
            if (PromptLabels.labelOf(rest).isEmpty()) {
                continue;
            }
            int question = questionEnd(source, at);
            int lineBreak = source.indexOf('\n', start);
            if (question < 0 && (lineBreak < 0 || lineBreak >= at)) {
                continue;
            }
            int base = paragraph.getStartOffset();
            Paragraph prompt = splitAt(paragraph, base + at);
            if (prompt != null && question >= 0) {
                splitAt(prompt, base + question);
            }
            return;
        }
    }

    /**
     * The next place a label may start inside a paragraph, searching from {@code from}: white space after a finished
     * sentence (or a clause ending on a colon, a quote or a parenthesis), before a capital, in emphasis or not. The
     * same as the pattern {@code (?<=[.!?:"'’”)])\s+(?=[*_]{0,2}\p{Lu})} without a regular expression tried at every
     * character. Returns the white space's start in the high and its end in the low 32 bits, or -1.
     */
    static long innerOpening(String source, int from) {
        int length = source.length();
        for (int i = Math.max(1, from); i < length; i++) {
            if (!space(source.charAt(i)) || ".!?:\"'’”)".indexOf(source.charAt(i - 1)) < 0) {
                continue;
            }
            int end = i;
            while (end < length && space(source.charAt(end))) {
                end++;
            }
            int letter = end;
            while (letter < end + 2 && letter < length && (source.charAt(letter) == '*' || source.charAt(letter) == '_')) {
                letter++;
            }
            if (letter < length && Character.getType(source.codePointAt(letter)) == Character.UPPERCASE_LETTER) {
                return ((long) i << 32) | end;
            }
            i = end - 1;
        }
        return -1;
    }

    /** White space as {@code \s} reads it. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * Whether {@code source} from {@code at} (up to {@code end}), read without {@code *} and {@code _}, opens with a
     * label of a few words and its colon: the pattern {@code ^[\p{L}][\p{L} ,'’]{2,40}:} without copying the text.
     */
    static boolean labelAndColon(String source, int at, int end) {
        int read = 0;
        for (int i = at; i < end; ) {
            int c = source.codePointAt(i);
            i += Character.charCount(c);
            if (c == '*' || c == '_') {
                continue;
            }
            if (read == 0) {
                if (!Character.isLetter(c)) {
                    return false;
                }
            } else if (c == ':') {
                return read >= 3;
            } else if (!(Character.isLetter(c) || c == ' ' || c == ',' || c == '\'' || c == '’') || read > 40) {
                return false;
            }
            read++;
        }
        return false;
    }

    /**
     * Where the question of a prompt starting at {@code from} ends: after its first question mark that ends a
     * sentence, and after a following sentence that only defers to what comes next; -1 without a question.
     */
    private static int questionEnd(String source, int from) {
        Matcher question = QUESTION_END.matcher(source);
        if (!question.find(from)) {
            return -1;
        }
        int end = question.end();
        Matcher next = NEXT_SENTENCE.matcher(source);
        if (next.find(end) && next.start() == end && DEFERS.matcher(next.group()).find()) {
            end = next.end();
        }
        return end;
    }

    /**
     * Moves everything from {@code offset} (in the document's text) into a new paragraph right after this one,
     * splitting a text node there; white space at the cut is dropped. Null, and nothing moved, when the offset falls
     * inside code, a link or emphasis, or when nothing would stay before it.
     */
    private static Paragraph splitAt(Paragraph paragraph, int offset) {
        Node first = null;
        for (Node child = paragraph.getFirstChild(); child != null && first == null; child = child.getNext()) {
            if (child.getStartOffset() >= offset) {
                first = child;
            } else if (child.getEndOffset() > offset) {
                if (!(child instanceof Text text)) {
                    return null;
                }
                Text tail = new Text(text.getChars().baseSubSequence(offset, text.getEndOffset()));
                text.setChars(text.getChars().baseSubSequence(text.getStartOffset(), offset));
                text.insertAfter(tail);
                first = tail;
            }
        }
        if (first == null || first == paragraph.getFirstChild()) {
            return null;
        }
        Paragraph tail = new Paragraph(paragraph.getChars().baseSubSequence(first.getStartOffset(),
                paragraph.getEndOffset()));
        List<Node> moved = new ArrayList<>();
        for (Node node = first; node != null; node = node.getNext()) {
            moved.add(node);
        }
        moved.forEach(tail::appendChild);
        paragraph.setChars(paragraph.getChars().baseSubSequence(paragraph.getStartOffset(), first.getStartOffset()));
        trimEnd(paragraph);
        trimStart(tail);
        paragraph.insertAfter(tail);
        return tail;
    }

    private static void trimEnd(Paragraph paragraph) {
        while (paragraph.getLastChild() instanceof SoftLineBreak || paragraph.getLastChild() instanceof HardLineBreak) {
            paragraph.getLastChild().unlink();
        }
        if (paragraph.getLastChild() instanceof Text text) {
            text.setChars(text.getChars().subSequence(0, text.getChars().toString().stripTrailing().length()));
        }
    }

    private static void trimStart(Paragraph paragraph) {
        while (paragraph.getFirstChild() instanceof SoftLineBreak || paragraph.getFirstChild() instanceof HardLineBreak) {
            paragraph.getFirstChild().unlink();
        }
        if (paragraph.getFirstChild() instanceof Text text) {
            String chars = text.getChars().toString();
            int lead = chars.length() - chars.stripLeading().length();
            if (lead == chars.length() && text.getNext() != null) {
                text.unlink();
                trimStart(paragraph);
            } else {
                text.setChars(text.getChars().subSequence(lead));
            }
        }
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
