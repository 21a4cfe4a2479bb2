package dev.praxis.content.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
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

    /** Fence language (lower case) to RSyntaxTextArea style, from {@code code-languages.properties} beside this class. */
    private static final Map<String, String> STYLES = styles();

    /** Per thread, a tokenizer per style: a tokenizer is not thread-safe (it reuses its token list). */
    private static final ThreadLocal<Map<String, TokenMaker>> TOKENIZERS = ThreadLocal.withInitial(HashMap::new);

    private CodeHighlighter() {
    }

    private static Map<String, String> styles() {
        Properties table = new Properties();
        try (InputStream in = CodeHighlighter.class.getResourceAsStream("code-languages.properties")) {
            if (in == null) {
                throw new IllegalStateException("code-languages.properties is missing beside CodeHighlighter");
            }
            table.load(in);
            Map<String, String> styles = new HashMap<>();
            for (String style : table.stringPropertyNames()) {
                Object name = SyntaxConstants.class.getField("SYNTAX_STYLE_" + style).get(null);
                for (String language : table.getProperty(style).split("\\s+")) {
                    styles.put(language, (String) name);
                }
            }
            return Map.copyOf(styles);
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("code-languages.properties: " + e.getMessage(), e);
        }
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
