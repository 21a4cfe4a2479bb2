package dev.praxis.content.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** A renderer extension of Praxis: none of them takes options, so the options hook is empty once, here. */
interface OptionlessRendererExtension extends HtmlRenderer.HtmlRendererExtension {

    @Override
    default void rendererOptions(MutableDataHolder options) {
        // Praxis extensions are configured by their code, not by options
    }
}
