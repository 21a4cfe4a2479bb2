package dev.praxis.content.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Links as the platform serves them: links between pages go to {@code /modules/<slug>/} (see {@link PageLinks}),
 * external links open in a new tab with {@code rel="noopener noreferrer"}. The page's own slug is read from the
 * document ({@link #PAGE_SLUG}).
 */
public final class LinkExtension implements OptionlessRendererExtension {

    public static final DataKey<String> PAGE_SLUG = new DataKey<>("PRAXIS_PAGE_SLUG", "");

    private LinkExtension() {
    }

    public static LinkExtension create() {
        return new LinkExtension();
    }

    public static void pageSlug(Document document, String slug) {
        PAGE_SLUG.set(document, slug);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return LinkExtension::setAttributes;
            }
        });
    }

    private static void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof Link || node instanceof AutoLink || node instanceof LinkRef) || part != AttributablePart.LINK) {
            return;
        }
        String href = attributes.getValue("href");
        if (href == null) {
            return;
        }
        if (PageLinks.isExternal(href)) {
            attributes.replaceValue("rel", "noopener noreferrer");
            attributes.replaceValue("target", "_blank");
            return;
        }
        attributes.replaceValue("href", PageLinks.rewrite(PAGE_SLUG.get(node.getDocument()), href));
    }
}
