package dev.praxis.content.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * The renderer of an extension whose blocks are all regions: each kind rendered between its markers. Each
     * extension wraps it in a factory of its own ({@code options -> Regions.renderer(...)}): flexmark tells renderer
     * factories apart by their class, so one shared factory class would count as a duplicate.
     */
    @SafeVarargs
    static NodeRenderer renderer(Class<? extends RegionBlock>... kinds) {
        Set<NodeRenderingHandler<?>> handlers = Arrays.stream(kinds).map(Regions::handler)
                .collect(Collectors.toUnmodifiableSet());
        return () -> handlers;
    }

    private static <B extends RegionBlock> NodeRenderingHandler<?> handler(Class<B> kind) {
        return new NodeRenderingHandler<>(kind, Regions::render);
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
