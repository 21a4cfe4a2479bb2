package dev.praxis.content.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * TeX math for KaTeX in the browser: {@code $…$} and {@code $$…$$} inside text become
 * {@code <span class="math-inline">}, a block opened by a line starting with {@code $$} becomes
 * {@code <div class="math-display">}. The TeX source is kept (escaped) as the element's text.
 *
 * <p>Dollars that are not math are left alone: runs of three or more ({@code $$$} price ratings), an opening
 * {@code $} followed by a space, a closing {@code $} preceded by a space or followed by a digit ({@code $5 or $10}),
 * content that starts like a shell variable ({@code $HOME}, {@code $KUBECONFIG}), and spans containing a backtick.
 */
public final class MathExtension implements OptionlessExtension {

    private static final Pattern SHELL_VARIABLE = Pattern.compile("^\\{?[A-Z_][A-Z0-9_]+\\b.*", Pattern.DOTALL);

    private MathExtension() {
    }

    public static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new InlineFactory());
        builder.customBlockParserFactory(new BlockFactory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** Where the inline formula opened at {@code open} (a run of {@code width} dollars) closes, or -1. */
    static int closingOf(CharSequence input, int open, int width) {
        int contentStart = open + width;
        if (contentStart >= input.length() || Character.isWhitespace(input.charAt(contentStart))
                || input.charAt(contentStart) == '$') {
            return -1;
        }
        for (int i = contentStart; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '`') {
                return -1;
            }
            if (c == '\\') {
                i++;
                continue;
            }
            if (c != '$') {
                continue;
            }
            int run = runLength(input, i);
            if (run == width && !Character.isWhitespace(input.charAt(i - 1))
                    && (i + run >= input.length() || !Character.isDigit(input.charAt(i + run)))) {
                return i;
            }
            if (run != width) {
                return -1;
            }
            i += run - 1;
        }
        return -1;
    }

    static int runLength(CharSequence input, int at) {
        int end = at;
        while (end < input.length() && input.charAt(end) == '$') {
            end++;
        }
        return end - at;
    }

    private static final class InlineMath implements InlineParserExtension {

        @Override
        public void finalizeDocument(InlineParser inlineParser) {
            // nothing kept between blocks
        }

        @Override
        public void finalizeBlock(InlineParser inlineParser) {
            // nothing kept between blocks
        }

        @Override
        public boolean parse(LightInlineParser parser) {
            BasedSequence input = parser.getInput();
            int open = parser.getIndex();
            if (open > 0 && input.charAt(open - 1) == '$') {
                return false;
            }
            int width = runLength(input, open);
            if (width > 2) {
                parser.flushTextNode();
                parser.appendText(input.subSequence(open, open + width));
                parser.setIndex(open + width);
                return true;
            }
            int close = closingOf(input, open, width);
            if (close < 0) {
                return false;
            }
            String tex = input.subSequence(open + width, close).toString();
            if (SHELL_VARIABLE.matcher(tex).matches()) {
                return false;
            }
            parser.flushTextNode();
            parser.getBlock().appendChild(new MathInline(input.subSequence(open, close + width), tex));
            parser.setIndex(close + width);
            return true;
        }
    }

    private static final class InlineFactory implements InlineParserExtensionFactory, Unordered {

        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new InlineMath();
        }
    }

    private static final class DisplayParser extends AbstractBlockParser {

        private final MathBlock block;
        private final StringBuilder tex = new StringBuilder();
        private boolean closed;

        DisplayParser(MathBlock block, String firstLine) {
            this.block = block;
            String rest = firstLine.substring(2);
            if (rest.strip().endsWith("$$")) {
                tex.append(rest.strip(), 0, rest.strip().length() - 2);
                closed = true;
            } else {
                tex.append(rest.strip());
            }
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (closed) {
                return BlockContinue.none();
            }
            if (state.isBlank()) {
                return BlockContinue.none();
            }
            String line = state.getLine().toString().strip();
            if (line.endsWith("$$")) {
                tex.append('\n').append(line, 0, line.length() - 2);
                closed = true;
                return BlockContinue.finished();
            }
            tex.append('\n').append(line);
            return BlockContinue.atIndex(state.getLineEndIndex());
        }

        @Override
        public void closeBlock(ParserState state) {
            block.appendChild(new MathInline(block.getChars(), tex.toString().strip()));
        }
    }

    private static final class BlockFactory implements CustomBlockParserFactory, Unordered {

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
                    BasedSequence line = state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL();
                    if (state.getIndent() >= 4 || !line.startsWith("$$") || line.startsWith("$$$")) {
                        return BlockStart.none();
                    }
                    String text = line.toString().strip();
                    if (text.length() > 4 && text.endsWith("$$") && text.indexOf("$$", 2) != text.length() - 2) {
                        return BlockStart.none();
                    }
                    MathBlock block = new MathBlock(line);
                    return BlockStart.of(new DisplayParser(block, text)).atIndex(state.getLineEndIndex());
                }
            };
        }
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(MathInline.class, (node, context, html) -> html
                            .raw("<span class=\"math-inline\">" + Escaping.escapeHtml(node.tex(), false) + "</span>")),
                    new NodeRenderingHandler<>(MathBlock.class, Renderer::renderDisplay));
        }

        private static void renderDisplay(MathBlock node, NodeRendererContext context, HtmlWriter html) {
            html.line().raw("<div class=\"math-display\">" + Escaping.escapeHtml(node.tex(), false) + "</div>").line();
        }
    }
}
