package dev.praxis.content.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regroups {@code <details>} elements. CommonMark ends an HTML block at the next blank line, so a details element
 * arrives as an opening HTML block, Markdown blocks, and a closing HTML block; this post-processor puts the blocks
 * in between into one {@link DetailsBlock} (per container: document, blockquote, list item, aside), keeping what
 * CommonMark does to the text (a paragraph typed directly under {@code </summary>} stays literal HTML text). An
 * unclosed element runs to the end of its container and is reported; a stray closing tag is dropped and reported.
 */
public final class DetailsExtension implements OptionlessExtension {

    private static final Pattern TOKEN = Pattern.compile(
            "<details\\b([^>]*)>|</details\\s*>|<summary\\b[^>]*>(.*?)</summary\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern OPEN_ATTRIBUTE = Pattern.compile("\\bopen\\b", Pattern.CASE_INSENSITIVE);

    private DetailsExtension() {
    }

    public static DetailsExtension create() {
        return new DetailsExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    static final class Factory extends DocumentPostProcessorFactory {

        @Override
        public DocumentPostProcessor apply(Document document) {
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document document) {
                    regroup(document);
                    return document;
                }
            };
        }
    }

    private static boolean isContainer(Node node) {
        return node instanceof Document || node instanceof BlockQuote || node instanceof ListItem
                || node instanceof ListBlock || node instanceof AsideBlock || node instanceof DetailsBlock;
    }

    private static void regroup(Node container) {
        Deque<DetailsBlock> open = new ArrayDeque<>();
        List<Node> children = new ArrayList<>();
        container.getChildren().forEach(children::add);
        for (Node child : children) {
            if (child instanceof HtmlBlock html && TOKEN.matcher(html.getChars()).find()) {
                split(html, open);
                child.unlink();
                continue;
            }
            if (isContainer(child)) {
                regroup(child);
            }
            if (!open.isEmpty()) {
                open.peek().appendChild(child);
            }
        }
        for (DetailsBlock unclosed : open) {
            SourceProblems.report(unclosed, "<details> is never closed; it runs to the end of its block");
        }
    }

    /** Cuts one HTML block into details openings, summaries, closings and raw HTML in between. */
    private static void split(HtmlBlock html, Deque<DetailsBlock> open) {
        BasedSequence chars = html.getContentChars();
        Matcher matcher = TOKEN.matcher(chars);
        int last = 0;
        Node anchor = html;
        while (matcher.find()) {
            anchor = raw(html, chars.subSequence(last, matcher.start()), open, anchor);
            last = matcher.end();
            String token = matcher.group().toLowerCase();
            if (token.startsWith("<details")) {
                DetailsBlock details = new DetailsBlock(chars.subSequence(matcher.start(), matcher.end()),
                        OPEN_ATTRIBUTE.matcher(matcher.group(1)).find());
                anchor = place(details, open, anchor);
                open.push(details);
            } else if (token.startsWith("</details")) {
                if (open.isEmpty()) {
                    SourceProblems.report(html, "</details> without a matching <details> in the same block");
                } else {
                    open.pop();
                }
            } else if (!open.isEmpty() && open.peek().summaryHtml() == null && !open.peek().hasChildren()) {
                open.peek().summaryHtml(matcher.group(2).trim());
            } else {
                anchor = raw(html, chars.subSequence(matcher.start(), matcher.end()), open, anchor);
            }
        }
        raw(html, chars.subSequence(last), open, anchor);
    }

    private static Node raw(HtmlBlock source, BasedSequence text, Deque<DetailsBlock> open, Node anchor) {
        if (text.isBlank()) {
            return anchor;
        }
        return place(new RawHtml(text.trim()), open, anchor);
    }

    /** Puts a new node into the innermost open details, or else after the previous piece of the same HTML block. */
    private static Node place(Node node, Deque<DetailsBlock> open, Node anchor) {
        if (!open.isEmpty() && open.peek() != node) {
            open.peek().appendChild(node);
            return anchor;
        }
        if (anchor instanceof HtmlBlock) {
            anchor.insertBefore(node);
        } else {
            anchor.insertAfter(node);
        }
        return node;
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(DetailsBlock.class, Renderer::renderDetails),
                    new NodeRenderingHandler<>(RawHtml.class, (node, context, html) -> html.line().raw(node.html()).line()));
        }

        private static void renderDetails(DetailsBlock details, NodeRendererContext context, HtmlWriter html) {
            html.line().raw(details.open() ? "<details open>" : "<details>");
            if (details.summaryHtml() != null) {
                html.raw("<summary>" + details.summaryHtml() + "</summary>");
            }
            html.line();
            context.renderChildren(details);
            html.line().raw("</details>").line();
        }
    }
}
