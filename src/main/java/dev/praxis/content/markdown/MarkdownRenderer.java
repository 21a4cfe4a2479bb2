package dev.praxis.content.markdown;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

import java.util.List;

/**
 * The one Markdown pipeline of the platform, built once and shared by every thread (flexmark parsers and renderers
 * are immutable): CommonMark + GFM tables, task lists and strikethrough, heading anchors, and the Praxis extensions
 * for asides, math, code blocks, links, details, quizzes, labs and prediction prompts.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(
                TablesExtension.create(), TableWrapExtension.create(), TaskListExtension.create(), StrikethroughExtension.create(),
                HeadingAnchorExtension.create(), AsideExtension.create(), MathExtension.create(),
                CodeBlockExtension.create(), LinkExtension.create(), DetailsExtension.create(),
                QuizExtension.create(), LabExtension.create(), PromptExtension.create());
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                // line numbers of problems by binary search instead of counting lines from the top for each one
                .set(Parser.TRACK_DOCUMENT_LINES, true)
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false)
                .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
                .set(AnchorLinkExtension.ANCHORLINKS_SET_NAME, false)
                .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor")
                .set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX, "<span class=\"anchor-icon\" aria-hidden=\"true\">#</span>")
                .set(AnchorLinkExtension.ANCHORLINKS_NO_BLOCK_QUOTE, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(HtmlRenderer.ESCAPE_HTML_COMMENT_BLOCKS, false)
                .set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true)
                .set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true)
                .toImmutable().toMutable();
        this.parser = CopyFreeInlineParser.install(Parser.builder(options)).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Parses a page's Markdown body; the returned document carries the parse problems ({@link SourceProblems}). */
    public Document parse(String markdown, String pageSlug) {
        Document document = parser.parse(Regions.stripMarkers(markdown));
        LinkExtension.pageSlug(document, pageSlug);
        return document;
    }

    /** Renders the whole document once; structured blocks are delimited by {@link Regions} markers. */
    public String render(Document document) {
        return renderer.render(document);
    }
}
