package dev.praxis.content.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fenced code as the lesson page needs it: {@code mermaid} as {@code <pre class="mermaid">} (escaped source; page
 * JS draws it and keeps the source if drawing fails), {@code ascii}/{@code text} as a monospaced
 * {@code <pre class="diagram">}, shell blocks marked {@code data-copy} for the copy button, every other language as
 * {@code <pre><code class="language-x">}, coloured by {@link CodeHighlighter} where the language is known.
 */
public final class CodeBlockExtension implements OptionlessRendererExtension {

    private static final Set<String> SHELLS = Set.of("bash", "sh", "shell", "zsh", "console", "terminal", "fish",
            "powershell", "ps1", "pwsh", "cmd", "bat", "shell-session", "shellsession");
    private static final Set<String> DIAGRAMS = Set.of("ascii", "text", "txt", "plain", "plaintext", "diagram");
    private static final Pattern LANGUAGE_SAFE = Pattern.compile("[^a-z0-9_+#.-]");

    private CodeBlockExtension() {
    }

    public static CodeBlockExtension create() {
        return new CodeBlockExtension();
    }

    /** The language of a fence: the first word of its info string, lower case, or "" when there is none. */
    public static String languageOf(FencedCodeBlock block) {
        String info = block.getInfo().toString().trim();
        if (info.isEmpty()) {
            return "";
        }
        String first = info.split("[\\s{]", 2)[0].toLowerCase(Locale.ROOT);
        return LANGUAGE_SAFE.matcher(first).replaceAll("");
    }

    /** The code without its final line end, which the tokenizers would read as one more empty line. */
    private static String trimmedEnd(String source) {
        return source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
    }

    private static String lineEnd(String source) {
        return source.endsWith("\n") ? "\n" : "";
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, Renderer::render));
        }

        private static void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
            String language = languageOf(block);
            String source = block.getContentChars().normalizeEOL();
            String code = Escaping.escapeHtml(source, false);
            html.line();
            // pre-formatted: without it the writer drops each line's leading spaces, and YAML loses its structure
            html.openPre();
            if (language.equals("mermaid")) {
                html.raw("<pre class=\"mermaid\">" + code + "</pre>");
            } else if (DIAGRAMS.contains(language)) {
                html.raw("<pre class=\"diagram\">" + code + "</pre>");
            } else if (language.isEmpty()) {
                html.raw("<pre><code>" + code + "</code></pre>");
            } else {
                String copy = SHELLS.contains(language) ? " data-copy=\"true\"" : "";
                String coloured = CodeHighlighter.highlight(language, trimmedEnd(source)).map(h -> h + lineEnd(source))
                        .orElse(code);
                html.raw("<pre" + copy + "><code class=\"language-" + language + "\">" + coloured + "</code></pre>");
            }
            html.closePre();
            html.line();
        }
    }
}
