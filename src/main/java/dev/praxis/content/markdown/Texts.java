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
        return SPACES.matcher(new TextCollectingVisitor().collectAndGetText(node)).replaceAll(" ").trim();
    }

    static String stripTags(String html) {
        String text = TAG.matcher(html).replaceAll(" ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ");
        return SPACES.matcher(text).replaceAll(" ").trim();
    }
}
