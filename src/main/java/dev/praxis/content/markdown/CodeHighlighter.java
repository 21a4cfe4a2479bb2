package dev.praxis.content.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.SyntaxConstants;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenMakerFactory;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * Colours code once, when content is imported: each piece a reader should tell apart (keyword, string, comment,
 * number, …) becomes {@code <span class="hl-…">} inside the escaped code, and the stylesheet colours the classes in
 * the light and the dark theme. No script on the page. The tokenizers are RSyntaxTextArea's, used without any Swing
 * component. A tokenizer is built once per language and thread and reused: building one fills its word tables, which
 * cost more than colouring a block, and its only state between lines is the token type passed in (the editor itself
 * tokenizes any line of a document in any order with one tokenizer). Whatever happens, no character of the code is
 * lost: a tokenizer that fails or does not give back every character leaves the block plain.
 */
public final class CodeHighlighter {

    private static final Map<String, String> STYLES = Map.ofEntries(
            Map.entry("bash", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL), Map.entry("sh", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            Map.entry("shell", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL), Map.entry("zsh", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            Map.entry("console", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL), Map.entry("terminal", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            Map.entry("shell-session", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            Map.entry("shellsession", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            Map.entry("powershell", SyntaxConstants.SYNTAX_STYLE_POWERSHELL), Map.entry("ps1", SyntaxConstants.SYNTAX_STYLE_POWERSHELL),
            Map.entry("pwsh", SyntaxConstants.SYNTAX_STYLE_POWERSHELL),
            Map.entry("bat", SyntaxConstants.SYNTAX_STYLE_WINDOWS_BATCH), Map.entry("cmd", SyntaxConstants.SYNTAX_STYLE_WINDOWS_BATCH),
            Map.entry("yaml", SyntaxConstants.SYNTAX_STYLE_YAML), Map.entry("yml", SyntaxConstants.SYNTAX_STYLE_YAML),
            Map.entry("json", SyntaxConstants.SYNTAX_STYLE_JSON), Map.entry("jsonc", SyntaxConstants.SYNTAX_STYLE_JSON_WITH_COMMENTS),
            Map.entry("json5", SyntaxConstants.SYNTAX_STYLE_JSON_WITH_COMMENTS),
            Map.entry("python", SyntaxConstants.SYNTAX_STYLE_PYTHON), Map.entry("py", SyntaxConstants.SYNTAX_STYLE_PYTHON),
            Map.entry("java", SyntaxConstants.SYNTAX_STYLE_JAVA), Map.entry("kotlin", SyntaxConstants.SYNTAX_STYLE_KOTLIN),
            Map.entry("kt", SyntaxConstants.SYNTAX_STYLE_KOTLIN), Map.entry("scala", SyntaxConstants.SYNTAX_STYLE_SCALA),
            Map.entry("groovy", SyntaxConstants.SYNTAX_STYLE_GROOVY),
            Map.entry("javascript", SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT), Map.entry("js", SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT),
            Map.entry("mjs", SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT), Map.entry("jsx", SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT),
            Map.entry("typescript", SyntaxConstants.SYNTAX_STYLE_TYPESCRIPT), Map.entry("ts", SyntaxConstants.SYNTAX_STYLE_TYPESCRIPT),
            Map.entry("tsx", SyntaxConstants.SYNTAX_STYLE_TYPESCRIPT),
            Map.entry("go", SyntaxConstants.SYNTAX_STYLE_GO), Map.entry("golang", SyntaxConstants.SYNTAX_STYLE_GO),
            Map.entry("rust", SyntaxConstants.SYNTAX_STYLE_RUST), Map.entry("rs", SyntaxConstants.SYNTAX_STYLE_RUST),
            Map.entry("c", SyntaxConstants.SYNTAX_STYLE_C), Map.entry("h", SyntaxConstants.SYNTAX_STYLE_C),
            Map.entry("cpp", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS), Map.entry("c++", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS),
            Map.entry("cc", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS), Map.entry("hpp", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS),
            Map.entry("cuda", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS), Map.entry("cu", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS),
            Map.entry("csharp", SyntaxConstants.SYNTAX_STYLE_CSHARP), Map.entry("cs", SyntaxConstants.SYNTAX_STYLE_CSHARP),
            Map.entry("c#", SyntaxConstants.SYNTAX_STYLE_CSHARP),
            Map.entry("ruby", SyntaxConstants.SYNTAX_STYLE_RUBY), Map.entry("rb", SyntaxConstants.SYNTAX_STYLE_RUBY),
            Map.entry("php", SyntaxConstants.SYNTAX_STYLE_PHP), Map.entry("perl", SyntaxConstants.SYNTAX_STYLE_PERL),
            Map.entry("lua", SyntaxConstants.SYNTAX_STYLE_LUA), Map.entry("dart", SyntaxConstants.SYNTAX_STYLE_DART),
            Map.entry("sql", SyntaxConstants.SYNTAX_STYLE_SQL), Map.entry("psql", SyntaxConstants.SYNTAX_STYLE_SQL),
            Map.entry("xml", SyntaxConstants.SYNTAX_STYLE_XML), Map.entry("svg", SyntaxConstants.SYNTAX_STYLE_XML),
            Map.entry("html", SyntaxConstants.SYNTAX_STYLE_HTML), Map.entry("css", SyntaxConstants.SYNTAX_STYLE_CSS),
            Map.entry("less", SyntaxConstants.SYNTAX_STYLE_LESS), Map.entry("scss", SyntaxConstants.SYNTAX_STYLE_LESS),
            Map.entry("dockerfile", SyntaxConstants.SYNTAX_STYLE_DOCKERFILE),
            Map.entry("docker", SyntaxConstants.SYNTAX_STYLE_DOCKERFILE),
            Map.entry("containerfile", SyntaxConstants.SYNTAX_STYLE_DOCKERFILE),
            Map.entry("makefile", SyntaxConstants.SYNTAX_STYLE_MAKEFILE), Map.entry("make", SyntaxConstants.SYNTAX_STYLE_MAKEFILE),
            Map.entry("ini", SyntaxConstants.SYNTAX_STYLE_INI), Map.entry("toml", SyntaxConstants.SYNTAX_STYLE_INI),
            Map.entry("cfg", SyntaxConstants.SYNTAX_STYLE_INI), Map.entry("conf", SyntaxConstants.SYNTAX_STYLE_INI),
            Map.entry("properties", SyntaxConstants.SYNTAX_STYLE_PROPERTIES_FILE),
            Map.entry("env", SyntaxConstants.SYNTAX_STYLE_ENV), Map.entry("dotenv", SyntaxConstants.SYNTAX_STYLE_ENV),
            Map.entry("proto", SyntaxConstants.SYNTAX_STYLE_PROTO), Map.entry("protobuf", SyntaxConstants.SYNTAX_STYLE_PROTO),
            Map.entry("markdown", SyntaxConstants.SYNTAX_STYLE_MARKDOWN), Map.entry("md", SyntaxConstants.SYNTAX_STYLE_MARKDOWN),
            Map.entry("latex", SyntaxConstants.SYNTAX_STYLE_LATEX), Map.entry("tex", SyntaxConstants.SYNTAX_STYLE_LATEX),
            Map.entry("clojure", SyntaxConstants.SYNTAX_STYLE_CLOJURE), Map.entry("lisp", SyntaxConstants.SYNTAX_STYLE_LISP),
            Map.entry("d", SyntaxConstants.SYNTAX_STYLE_D), Map.entry("fortran", SyntaxConstants.SYNTAX_STYLE_FORTRAN),
            Map.entry("tcl", SyntaxConstants.SYNTAX_STYLE_TCL), Map.entry("vb", SyntaxConstants.SYNTAX_STYLE_VISUAL_BASIC),
            Map.entry("csv", SyntaxConstants.SYNTAX_STYLE_CSV), Map.entry("hcl", SyntaxConstants.SYNTAX_STYLE_INI),
            Map.entry("terraform", SyntaxConstants.SYNTAX_STYLE_INI), Map.entry("tf", SyntaxConstants.SYNTAX_STYLE_INI));

    /** Per thread, a tokenizer per style: a tokenizer is not thread-safe (it reuses its token list). */
    private static final ThreadLocal<Map<String, TokenMaker>> TOKENIZERS = ThreadLocal.withInitial(HashMap::new);

    private CodeHighlighter() {
    }

    /** Whether a fence's language is one this highlighter colours. */
    public static boolean knows(String language) {
        return STYLES.containsKey(language.toLowerCase(Locale.ROOT));
    }

    /**
     * The code as escaped HTML with {@code hl-} spans, or empty when the language is unknown or its tokenizer failed
     * (the caller then writes the code plain).
     *
     * @param code with {@code \n} line ends
     */
    public static Optional<String> highlight(String language, String code) {
        String style = STYLES.get(language.toLowerCase(Locale.ROOT));
        if (style == null) {
            return Optional.empty();
        }
        try {
            TokenMaker tokens = TOKENIZERS.get()
                    .computeIfAbsent(style, name -> TokenMakerFactory.getDefaultInstance().getTokenMaker(name));
            StringBuilder html = new StringBuilder(code.length() * 2);
            int state = TokenTypes.NULL;
            String[] lines = code.split("\n", -1);
            for (int n = 0; n < lines.length; n++) {
                if (n > 0) {
                    html.append('\n');
                }
                char[] line = lines[n].toCharArray();
                int written = 0;
                boolean painting = true;
                Token last = null;
                // one pass: the paintable tokens are written, the last token's type carries into the next line (what
                // TokenMaker.getLastTokenTypeOnLine gives by tokenizing the line a second time)
                for (Token token = tokens.getTokenList(new Segment(line, 0, line.length), state, 0);
                     token != null; token = token.getNextToken()) {
                    last = token;
                    painting = painting && token.isPaintable();
                    if (painting) {
                        String text = token.getLexeme();
                        written += text.length();
                        span(html, classOf(token.getType()), text);
                    }
                }
                if (written != line.length || last == null) {
                    return Optional.empty();
                }
                state = last.getType();
            }
            return Optional.of(html.toString());
        } catch (RuntimeException | LinkageError tokenizerFailed) {
            return Optional.empty();
        }
    }

    private static void span(StringBuilder html, String cssClass, String text) {
        String escaped = Escaping.escapeHtml(text, false);
        if (cssClass == null) {
            html.append(escaped);
        } else {
            html.append("<span class=\"").append(cssClass).append("\">").append(escaped).append("</span>");
        }
    }

    /** The class of a token type, or null for what is left plain (names, spaces, punctuation). */
    static String classOf(int type) {
        return switch (type) {
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                 TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT -> "hl-comment";
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2 -> "hl-keyword";
            case TokenTypes.FUNCTION -> "hl-function";
            case TokenTypes.LITERAL_BOOLEAN, TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                 TokenTypes.LITERAL_NUMBER_HEXADECIMAL -> "hl-number";
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                 TokenTypes.REGEX, TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE -> "hl-string";
            case TokenTypes.DATA_TYPE -> "hl-type";
            case TokenTypes.VARIABLE -> "hl-variable";
            case TokenTypes.ANNOTATION, TokenTypes.PREPROCESSOR, TokenTypes.MARKUP_DTD,
                 TokenTypes.MARKUP_PROCESSING_INSTRUCTION, TokenTypes.MARKUP_CDATA_DELIMITER,
                 TokenTypes.MARKUP_ENTITY_REFERENCE -> "hl-meta";
            case TokenTypes.MARKUP_TAG_DELIMITER, TokenTypes.MARKUP_TAG_NAME -> "hl-tag";
            case TokenTypes.MARKUP_TAG_ATTRIBUTE -> "hl-attribute";
            default -> null;
        };
    }
}
