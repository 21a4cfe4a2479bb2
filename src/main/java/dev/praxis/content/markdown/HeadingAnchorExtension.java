package dev.praxis.content.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.ext.anchorlink.internal.AnchorLinkNodeRenderer;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The "#" anchor at the start of every heading outside block quotes: flexmark's anchor-link extension with its
 * {@code ANCHORLINKS_*} options (wrap text off), whose renderer it keeps. Its node post-processor made flexmark
 * classify every node of the document by type and ancestry before running it, about a quarter of a lesson's parse
 * for a handful of headings; a walk down the blocks (not into paragraphs' inline text) finds the same headings.
 */
public final class HeadingAnchorExtension implements OptionlessExtension {

    private HeadingAnchorExtension() {
    }

    public static HeadingAnchorExtension create() {
        return new HeadingAnchorExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new DocumentPostProcessorFactory() {
            @Override
            public DocumentPostProcessor apply(Document document) {
                return new DocumentPostProcessor() {
                    @Override
                    public Document processDocument(Document document) {
                        anchor(document);
                        return document;
                    }
                };
            }
        });
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new AnchorLinkNodeRenderer.Factory());
    }

    /** Puts an empty anchor node first in each heading (as the extension does without wrapping the text). */
    private static void anchor(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                if (heading.getText().isNotNull()) {
                    AnchorLink anchor = new AnchorLink();
                    Node first = heading.getFirstChild();
                    if (first == null) {
                        anchor.setChars(heading.getText().subSequence(0, 0));
                        heading.appendChild(anchor);
                    } else {
                        anchor.setChars(first.getChars().subSequence(0, 0));
                        first.insertBefore(anchor);
                    }
                    anchor.setCharsFromContent();
                }
            } else if (child instanceof Block && !(child instanceof Paragraph) && !(child instanceof BlockQuote)) {
                anchor(child);
            }
        }
    }
}
