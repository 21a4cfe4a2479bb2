package dev.praxis.content.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.util.ast.Node;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an author can say explicitly in an HTML comment, invisible on any other site:
 * <ul>
 *   <li>{@code <!-- praxis:id=gpu-budget -->} directly before a prompt, a quiz question or a lab step (or inside a
 *   checklist item's line) fixes its id to {@code <slug>:<kind>:gpu-budget}, so it survives reordering;</li>
 *   <li>{@code <!-- praxis:prediction -->} (optionally {@code id=…}) before any paragraph or blockquote makes it a
 *   prediction prompt even without a known label; the block after it is its reveal.</li>
 *   <li>{@code <!-- praxis:reveal -->} directly after a prompt opens its withheld region: every block up to
 *   {@code <!-- praxis:end-reveal -->} (without one, up to the next heading) is the reveal, shown only once the
 *   learner has committed, e.g. the explanation and the table that would give the answer away.</li>
 * </ul>
 */
public record AuthorMark(String kind, String id) {

    private static final Pattern MARK = Pattern.compile(
            "<!--\\s*praxis:\\s*(?:(prediction|reveal|end-reveal)\\b)?\\s*(?:id\\s*=\\s*\"?([A-Za-z0-9_.-]+)\"?)?\\s*-->");

    /** The mark in the comment block directly before this node, if any. */
    public static Optional<AuthorMark> before(Node node) {
        Node previous = node.getPrevious();
        if (previous instanceof HtmlBlockBase html) {
            return parse(html.getChars().toString());
        }
        return Optional.empty();
    }

    /** The id mark in an inline comment anywhere inside this node (e.g. a checklist item), if any. */
    public static Optional<String> inlineId(Node node) {
        for (Node descendant : node.getDescendants()) {
            if (descendant instanceof HtmlInlineComment comment) {
                Optional<AuthorMark> mark = parse(comment.getChars().toString());
                if (mark.isPresent() && mark.get().id() != null) {
                    return Optional.of(mark.get().id());
                }
            }
        }
        return Optional.empty();
    }

    static Optional<AuthorMark> parse(String text) {
        Matcher matcher = MARK.matcher(text.trim());
        if (!matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null)) {
            return Optional.empty();
        }
        return Optional.of(new AuthorMark(matcher.group(1), matcher.group(2)));
    }

    public boolean forcesPrediction() {
        return "prediction".equals(kind);
    }

    /** Whether this node is the comment that opens a prompt's withheld region. */
    static boolean opensReveal(Node node) {
        return kindOf(node).equals("reveal");
    }

    /** Whether this node is the comment that closes a prompt's withheld region. */
    static boolean closesReveal(Node node) {
        return kindOf(node).equals("end-reveal");
    }

    private static String kindOf(Node node) {
        if (node instanceof HtmlBlockBase html) {
            return parse(html.getChars().toString()).map(AuthorMark::kind).map(String::valueOf).orElse("");
        }
        return "";
    }

    static String idBefore(Node node) {
        return before(node).map(AuthorMark::id).orElse(null);
    }
}
