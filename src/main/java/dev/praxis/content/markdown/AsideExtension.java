package dev.praxis.content.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starlight asides: {@code :::note}, {@code :::tip}, {@code :::caution}, {@code :::danger} (and {@code :::warning},
 * which Starlight lacks, shown as caution) with an optional {@code [Title]}, closed by a line {@code :::}.
 * Rendered as {@code <aside class="aside aside-<kind>" aria-label="<title>">}.
 */
public final class AsideExtension implements OptionlessExtension {

    private static final Pattern OPENING = Pattern.compile(
            "^ {0,3}:::\\s*(note|tip|caution|danger|warning|important|info)\\s*(?:\\[([^\\]]*)\\])?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING = Pattern.compile("^ {0,3}:::\\s*$");

    private AsideExtension() {
    }

    public static AsideExtension create() {
        return new AsideExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    static String kindOf(String written) {
        return switch (written.toLowerCase(Locale.ROOT)) {
            case "warning" -> "caution";
            case "important" -> "caution";
            case "info" -> "note";
            default -> written.toLowerCase(Locale.ROOT);
        };
    }

    static String defaultTitle(String kind) {
        return switch (kind) {
            case "tip" -> "Tip";
            case "caution" -> "Caution";
            case "danger" -> "Danger";
            default -> "Note";
        };
    }

    private static final class AsideParser extends AbstractBlockParser {

        private final AsideBlock block;
        private boolean closed;

        AsideParser(AsideBlock block) {
            this.block = block;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
            return !closed;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (closed) {
                return BlockContinue.none();
            }
            if (CLOSING.matcher(state.getLine()).matches()) {
                closed = true;
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void closeBlock(ParserState state) {
            block.closed(closed);
        }
    }

    private static final class Factory implements CustomBlockParserFactory, Unordered {

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {

        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            BasedSequence line = state.getLine();
            Matcher matcher = OPENING.matcher(line);
            if (state.getIndent() >= 4 || !matcher.matches()) {
                return BlockStart.none();
            }
            String kind = kindOf(matcher.group(1));
            String title = matcher.group(2) == null || matcher.group(2).isBlank() ? null : matcher.group(2).trim();
            AsideBlock block = new AsideBlock(line.subSequence(state.getIndex()).trimEOL(), kind, title);
            return BlockStart.of(new AsideParser(block)).atIndex(state.getLineEndIndex());
        }
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(AsideBlock.class, Renderer::render));
        }

        private static void render(AsideBlock aside, NodeRendererContext context, HtmlWriter html) {
            String title = aside.title() == null ? defaultTitle(aside.kind()) : aside.title();
            String escaped = Escaping.escapeHtml(title, false);
            html.line().raw("<aside class=\"aside aside-" + aside.kind() + "\" aria-label=\"" + escaped + "\">")
                    .raw("<p class=\"aside-title\">" + escaped + "</p>").line();
            context.renderChildren(aside);
            html.line().raw("</aside>").line();
        }
    }
}
