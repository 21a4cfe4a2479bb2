package dev.praxis.content.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import java.util.Set;

/**
 * Every Markdown table inside {@code <div class="table-wrap">}, a box that scrolls sideways on its own: a wide table
 * on a phone then never makes the whole page wider than the screen. Must come after the tables extension in the
 * list (the renderer registered last for a node wins; this one hands the table itself on to the tables' own).
 */
public final class TableWrapExtension implements OptionlessRendererExtension {

    private TableWrapExtension() {
    }

    public static TableWrapExtension create() {
        return new TableWrapExtension();
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(
                new NodeRenderingHandler<>(TableBlock.class, TableWrapExtension::render)));
    }

    private static void render(TableBlock table, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.raw("<div class=\"table-wrap\">");
        context.delegateRender();
        html.raw("</div>");
        html.line();
    }
}
