package dev.praxis.content.markdown;

import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.Node;

import java.util.regex.Pattern;

/** Plain-text views of nodes and fragments, for recognising labels. */
public final class Texts {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    public static String plain(Node node) {
        return collapse(new TextCollectingVisitor().collectAndGetText(node));
    }

    /** Each run of white space ({@code \\s}) as one space, trimmed: {@code SPACES} without a matcher per call. */
    static String collapse(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            if (space && out == null && (c != ' ' || i + 1 < length && isSpace(text.charAt(i + 1)))) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            if (out != null) {
                if (!space) {
                    out.append(c);
                } else if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            }
        }
        return (out == null ? text : out.toString()).trim();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    static String stripTags(String html) {
        String text = TAG.matcher(html).replaceAll(" ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ");
        return SPACES.matcher(text).replaceAll(" ").trim();
    }
}
