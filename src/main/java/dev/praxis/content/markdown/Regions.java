package dev.praxis.content.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;

/**
 * Marks where a structured block's HTML starts and ends inside the single rendering of a document, so the
 * document is rendered once and then cut into prose and interactive parts. The marker characters are private-use
 * code points that {@link MarkdownRenderer} removes from every source before parsing, so an author cannot forge
 * them.
 */
public final class Regions {

    public static final char START = '\uE000';
    public static final char NAME_END = '\uE001';
    public static final char END = '\uE002';

    private Regions() {
    }

    static void render(RegionBlock block, NodeRendererContext context, HtmlWriter html) {
        html.line().raw(START + Integer.toString(block.region()) + NAME_END).line();
        context.renderChildren(block);
        html.line().raw(String.valueOf(END)).line();
    }

    static String stripMarkers(String source) {
        if (source.indexOf(START) < 0 && source.indexOf(NAME_END) < 0 && source.indexOf(END) < 0) {
            return source;
        }
        return source.replace(String.valueOf(START), "").replace(String.valueOf(NAME_END), "")
                .replace(String.valueOf(END), "");
    }
}
