package dev.praxis.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allowlist every rendered fragment passes: exactly the tags, classes and attributes the renderer emits, never
 * scripts, event handlers, {@code style} or {@code javascript:} URLs. Content is authored, yet never allowed to run
 * script. Configured once; thread-safe.
 */
final class ContentSanitizer {

    private static final String BASE = "https://praxis.invalid/";
    private static final Cleaner CLEANER = new Cleaner(safelist());

    private ContentSanitizer() {
    }

    static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("aside", "details", "summary", "kbd", "del", "s", "hr", "input", "figure", "figcaption",
                        "mark", "abbr", "samp", "var", "section")
                .addAttributes(":all", "class", "id", "title", "lang", "dir")
                .addAttributes("a", "rel", "target")
                .addAttributes("aside", "aria-label")
                .addAttributes("span", "aria-hidden")
                .addAttributes("pre", "data-copy")
                .addAttributes("div", "data-label")
                .addAttributes("details", "open")
                .addAttributes("input", "type", "checked", "disabled", "readonly")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addEnforcedAttribute("input", "type", "checkbox")
                .addEnforcedAttribute("input", "disabled", "disabled")
                .addProtocols("a", "href", "#")
                .preserveRelativeLinks(true);
    }

    static String clean(String html) {
        if (html == null || html.isBlank()) {
            return html == null ? null : "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = CLEANER.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().trim();
    }
}
