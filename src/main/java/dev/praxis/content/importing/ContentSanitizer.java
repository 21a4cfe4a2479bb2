package dev.praxis.content.importing;

import dev.praxis.content.markdown.Regions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The allowlist every rendered fragment passes: exactly the tags, classes and attributes the renderer emits, never
 * scripts, event handlers, {@code style} or {@code javascript:} URLs. Content is authored, yet never allowed to run
 * script. Configured once; thread-safe.
 */
final class ContentSanitizer {

    private static final String BASE = "https://praxis.invalid/";
    private static final Cleaner CLEANER = new Cleaner(new RelativeLinks(safelist()));
    /** Compiled once: parsing a selector per page was a visible share of an import. */
    private static final Evaluator NOT_CHECKBOX = QueryParser.parse("input:not([type=checkbox])");
    /** The renderer's own markup, cleaned without a parse of the whole page. */
    private static final RenderedMarkup MARKUP = new RenderedMarkup(new RelativeLinks(safelist()));

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

    /**
     * Sanitises a whole rendering that carries {@link Regions} markers in one pass, so a lesson is parsed and
     * cleaned once instead of once per part. Returns the clean HTML only when cutting it at the markers yields
     * well-formed parts: every region starts and ends under the same parent element and top-level regions sit
     * directly in the body. Otherwise (raw HTML left an element open across a region, a table moved a marker)
     * returns empty and the caller cleans each part on its own, which closes what each part left open.
     */
    static Optional<String> cleanRendering(String html) {
        if (markerInsideTable(html)) {
            return Optional.empty();
        }
        String markup = MARKUP.clean(html);
        if (markup != null) {
            return Optional.of(markup);
        }
        Element body = cleanDocument(html).body();
        if (!markersNest(body, count(html, Regions.START) + count(html, Regions.END))) {
            return Optional.empty();
        }
        return Optional.of(body.html());
    }

    private static boolean markersNest(Element body, int expected) {
        Deque<Node> open = new ArrayDeque<>();
        int[] seen = {0};
        boolean[] sound = {true};
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (!(node instanceof TextNode text)) {
                return;
            }
            String value = text.getWholeText();
            if (value.indexOf(Regions.START) < 0 && value.indexOf(Regions.END) < 0) {
                return;
            }
            for (int i = 0; i < value.length() && sound[0]; i++) {
                char c = value.charAt(i);
                if (c == Regions.START) {
                    seen[0]++;
                    sound[0] = !open.isEmpty() || node.parent() == body;
                    open.push(node.parent());
                } else if (c == Regions.END) {
                    seen[0]++;
                    sound[0] = !open.isEmpty() && open.pop() == node.parent();
                }
            }
        }, body);
        return sound[0] && open.isEmpty() && seen[0] == expected;
    }

    /**
     * Text inside a table is moved in front of it by the HTML parser, and a marker with it. Jumps from tag to tag
     * ({@code indexOf}) and looks for markers only in the stretches inside a table.
     */
    private static boolean markerInsideTable(String html) {
        int depth = 0;
        int from = 0;
        for (int tag = html.indexOf('<'); ; tag = html.indexOf('<', tag + 1)) {
            int end = tag < 0 ? html.length() : tag;
            if (depth > 0 && hasMarker(html, from, end)) {
                return true;
            }
            if (tag < 0) {
                return false;
            }
            if (html.regionMatches(true, tag + 1, "table", 0, 5)) {
                depth++;
            } else if (html.regionMatches(true, tag + 1, "/table", 0, 6)) {
                depth = Math.max(0, depth - 1);
            }
            from = tag + 1;
        }
    }

    private static boolean hasMarker(String html, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = html.charAt(i);
            if (c == Regions.START || c == Regions.END) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, char c) {
        int count = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            count++;
        }
        return count;
    }

    /**
     * Parses a rendering for cleaning. The only input a lesson shows is a task item's checkbox; any other input an
     * author wrote in raw HTML (a file picker, a text field from a site's own script) is dropped here, since the
     * cleaner would otherwise force it into a stray checkbox.
     */
    private static Document parse(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        if (containsIgnoreCase(html, "<input")) {
            dirty.body().select(NOT_CHECKBOX).remove();
        }
        return dirty;
    }

    private static boolean containsIgnoreCase(String text, String wanted) {
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, wanted, 0, wanted.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The allowlist, deciding a relative link ({@code #part}, {@code /modules/x/}, {@code ../y/}) without resolving
     * it: jsoup resolves every {@code href} and {@code src} against the base URL with {@link java.net.URL} to read its
     * protocol, a visible share of an import for pages full of links. Such a link always resolves to
     * {@code https://praxis.invalid/...}, so it is safe exactly when an {@code https} link is; that answer is asked
     * once per tag and attribute. Anything else (a scheme, {@code //host}, spaces or control characters, which jsoup
     * strips before resolving) goes through jsoup's own check.
     */
    static final class RelativeLinks extends Safelist {

        private final Map<String, Boolean> httpsSafe = new ConcurrentHashMap<>();

        RelativeLinks(Safelist base) {
            super(base);
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            String key = attribute.getKey();
            if ((key.equals("href") || key.equals("src")) && plainRelative(attribute.getValue())) {
                return httpsSafe.computeIfAbsent(tagName + ' ' + key, name -> super.isSafeAttribute(tagName,
                        new Element(tagName).attr(key, BASE), new Attribute(key, BASE)));
            }
            return super.isSafeAttribute(tagName, element, attribute);
        }

        static boolean plainRelative(String value) {
            boolean relative = value.startsWith("#") || value.startsWith("./") || value.startsWith("../")
                    || (value.startsWith("/") && !value.startsWith("//"));
            if (!relative) {
                return false;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c <= ' ' || c >= 0x7f) {
                    return false;
                }
            }
            return true;
        }
    }

    static String clean(String html) {
        if (html == null || html.isBlank()) {
            return html == null ? null : "";
        }
        return cleanDocument(html).body().html().trim();
    }

    /** The rendering parsed, cleaned by the allowlist, and set to be written as it stands (no pretty printing). */
    static Document cleanDocument(String html) {
        Document clean = CLEANER.clean(parse(html));
        clean.outputSettings().prettyPrint(false);
        return clean;
    }
}
