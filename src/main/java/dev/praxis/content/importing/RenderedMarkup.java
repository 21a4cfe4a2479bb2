package dev.praxis.content.importing;

import dev.praxis.content.markdown.Regions;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cleans a rendering the way {@link ContentSanitizer#cleanRendering} does (jsoup's HTML parse, the allowlist, jsoup's
 * serialisation), byte for byte, without building a jsoup document of the whole page: the renderer's own markup is
 * well formed and uses a few dozen kinds of tag, so each kind of start tag is cleaned by jsoup once and kept, and the
 * text between tags is escaped as jsoup escapes it. Only markup whose parse cannot differ from its text is taken: tags
 * close in order, no block opens inside a paragraph, tables hold only their rows and cells, entities are the five the
 * renderer writes. Anything else (the author's raw HTML, a comment, an unknown entity, a tag the allowlist drops or
 * the parser would move) returns null and the page goes through jsoup as a whole. Thread-safe.
 */
final class RenderedMarkup {

    /** How many distinct start tags are kept; past this, new ones are read each time (headings' ids, links). */
    private static final int KEPT_TAGS = 20_000;

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "keygen", "link", "meta", "param", "source", "track", "wbr");
    /** Start tags that close an open paragraph in the HTML parser. */
    private static final Set<String> CLOSES_PARAGRAPH = Set.of("address", "article", "aside", "blockquote", "center",
            "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
            "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
            "pre", "listing", "form", "table", "hr", "xmp", "li", "dd", "dt", "plaintext");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> TABLE_SECTIONS = Set.of("thead", "tbody", "tfoot");
    private static final Set<String> TABLE_PARTS = Set.of("table", "caption", "colgroup", "col", "thead", "tbody",
            "tfoot", "tr", "td", "th");
    /** Attributes whose value the allowlist reads as a URL. */
    private static final Set<String> URL_KEYS = Set.of("href", "src", "cite", "action", "formaction", "longdesc",
            "poster", "background", "data", "srcset", "xlink:href");

    private final Safelist safelist;
    // per instance, not static: each verdict is this safelist's, and another allowlist must not reuse it
    /** Start tags as written → as cleaned. */
    private final Map<String, Kept> keptTags = new ConcurrentHashMap<>();
    /** Tag and attribute names → whether jsoup keeps such a tag exactly as written (values plain, none enforced). */
    private final Map<String, Boolean> plainShapes = new ConcurrentHashMap<>();

    RenderedMarkup(Safelist safelist) {
        this.safelist = safelist;
    }

    /** A start tag as read: its name, its text, and its attributes as written (values without entities only). */
    private record StartTag(String name, String text, List<String> keys, List<String> values, String urls) {
    }

    /**
     * The clean HTML of {@code html}, exactly as jsoup's parse, clean and serialise would give it, with the region
     * markers found nested as {@link ContentSanitizer#cleanRendering} requires; null when that cannot be promised.
     */
    String clean(String html) {
        StringBuilder out = new StringBuilder(html.length());
        List<String> open = new ArrayList<>();
        List<Integer> openIds = new ArrayList<>();
        List<Integer> markers = new ArrayList<>();
        int serial = 0;
        int length = html.length();
        int i = 0;
        while (i < length) {
            char c = html.charAt(i);
            if (c == '<') {
                if (i + 1 < length && html.charAt(i + 1) == '/') {
                    int end = html.indexOf('>', i);
                    if (end < 0 || open.isEmpty()) {
                        return null;
                    }
                    String name = html.substring(i + 2, end);
                    if (!name.equals(open.get(open.size() - 1))) {
                        return null;
                    }
                    open.remove(open.size() - 1);
                    openIds.remove(openIds.size() - 1);
                    out.append("</").append(name).append('>');
                    i = end + 1;
                    continue;
                }
                int end = startTagEnd(html, i);
                if (end < 0) {
                    return null;
                }
                Kept tag = kept(html, i, end);
                if (tag.clean() == null || !fits(tag.name(), open)) {
                    return null;
                }
                boolean selfClosing = html.charAt(end - 2) == '/';
                boolean isVoid = VOID.contains(tag.name());
                if (selfClosing && !isVoid) {
                    return null;
                }
                out.append(tag.clean());
                i = end;
                if (!isVoid) {
                    if ((tag.name().equals("pre") || tag.name().equals("listing")) && i < length
                            && html.charAt(i) == '\n') {
                        return null;
                    }
                    open.add(tag.name());
                    openIds.add(++serial);
                }
                continue;
            }
            if (c == '&') {
                if (html.startsWith("&amp;", i) || html.startsWith("&lt;", i) || html.startsWith("&gt;", i)
                        || html.startsWith("&nbsp;", i)) {
                    int end = html.indexOf(';', i) + 1;
                    out.append(html, i, end);
                    i = end;
                } else if (html.startsWith("&quot;", i)) {
                    out.append('"');
                    i += 6;
                } else if (html.startsWith("&#39;", i)) {
                    out.append('\'');
                    i += 5;
                } else {
                    return null;
                }
                if (inTableStructure(open)) {
                    return null;
                }
                continue;
            }
            if (c == 0 || c == '\r') {
                return null;
            }
            if (c == Regions.START) {
                if (markers.isEmpty() && !open.isEmpty()) {
                    return null;
                }
                markers.add(openIds.isEmpty() ? 0 : openIds.get(openIds.size() - 1));
            } else if (c == Regions.END) {
                int parent = openIds.isEmpty() ? 0 : openIds.get(openIds.size() - 1);
                if (markers.isEmpty() || markers.remove(markers.size() - 1) != parent) {
                    return null;
                }
            }
            boolean inTable = inTableStructure(open);
            if (inTable && !space(c)) {
                return null;
            }
            if (c == '>') {
                out.append("&gt;");
            } else if (c == '\u00a0') {
                out.append("&nbsp;");
            } else {
                // the plain text up to the next character that needs a look, in one copy
                int run = i + 1;
                while (run < length && !special(html.charAt(run))) {
                    if (inTable && !space(html.charAt(run))) {
                        return null;
                    }
                    run++;
                }
                out.append(html, i, run);
                i = run;
                continue;
            }
            i++;
        }
        return open.isEmpty() && markers.isEmpty() ? out.toString() : null;
    }

    /** A start tag's name and clean text (null when it cannot be cleaned here), kept by the tag's text. */
    private record Kept(String name, String clean) {
    }

    private Kept kept(String html, int from, int end) {
        String text = html.substring(from, end);
        Kept kept = keptTags.get(text);
        if (kept == null) {
            StartTag tag = read(html, from, end);
            kept = tag == null ? new Kept("", null) : new Kept(tag.name(), cleanTag(tag));
            if (keptTags.size() < KEPT_TAGS) {
                keptTags.put(text, kept);
            }
        }
        return kept;
    }

    /** The index after a start tag's {@code >}, when it is a plain one ({@code <name attr="value" …>}); else -1. */
    private static int startTagEnd(String html, int from) {
        int i = from + 1;
        if (i >= html.length() || html.charAt(i) < 'a' || html.charAt(i) > 'z') {
            return -1;
        }
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '"') {
                int close = html.indexOf('"', i + 1);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            } else if (c == '<' || c == '\'' || c == '`' || c == Regions.START || c == Regions.END) {
                return -1;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** Reads {@code <name key="value" key …>} or {@code … />}; null for anything written otherwise. */
    private static StartTag read(String html, int from, int end) {
        int close = html.charAt(end - 2) == '/' ? end - 2 : end - 1;
        int i = from + 1;
        int nameEnd = i;
        while (nameEnd < close && (lowerLetter(html.charAt(nameEnd)) || digit(html.charAt(nameEnd)))) {
            nameEnd++;
        }
        String name = html.substring(i, nameEnd);
        List<String> keys = new ArrayList<>(2);
        List<String> values = new ArrayList<>(2);
        StringBuilder urls = new StringBuilder();
        i = nameEnd;
        while (i < close) {
            if (html.charAt(i) != ' ') {
                return null;
            }
            while (i < close && html.charAt(i) == ' ') {
                i++;
            }
            if (i == close) {
                break;
            }
            int keyStart = i;
            while (i < close && (lowerLetter(html.charAt(i)) || digit(html.charAt(i)) || html.charAt(i) == '-')) {
                i++;
            }
            if (i == keyStart) {
                return null;
            }
            String key = html.substring(keyStart, i);
            String value = "";
            if (i < close && html.charAt(i) == '=') {
                if (i + 1 >= close || html.charAt(i + 1) != '"') {
                    return null;
                }
                int valueEnd = html.indexOf('"', i + 2);
                if (valueEnd < 0 || valueEnd >= close) {
                    return null;
                }
                value = html.substring(i + 2, valueEnd);
                i = valueEnd + 1;
            }
            if (keys.contains(key)) {
                return null;
            }
            keys.add(key);
            values.add(value);
            String kind = plainValue(key, value);
            if (kind == null) {
                urls = null;
            } else if (urls != null && !kind.isEmpty()) {
                urls.append(' ').append(key).append('=').append(kind);
            }
        }
        if (close == end - 2 && html.charAt(close - 1) != ' ') {
            return null;
        }
        return new StartTag(name, html.substring(from, end), keys, values, urls == null ? null : urls.toString());
    }

    /**
     * Whether the parser would keep this start tag where it stands: it closes no open paragraph, heading, list item
     * or link, and a table's parts sit in their places.
     */
    private static boolean fits(String name, List<String> open) {
        String top = open.isEmpty() ? "" : open.get(open.size() - 1);
        if (CLOSES_PARAGRAPH.contains(name) && open.contains("p")) {
            return false;
        }
        if (HEADINGS.contains(name) && HEADINGS.contains(top)) {
            return false;
        }
        if (name.equals("a") && open.contains("a")) {
            return false;
        }
        if (name.equals("li") && nearest(open, Set.of("li", "ul", "ol")).equals("li")) {
            return false;
        }
        if ((name.equals("dd") || name.equals("dt")) && !nearest(open, Set.of("dd", "dt", "dl")).equals("dl")) {
            return false;
        }
        if (top.equals("table")) {
            return TABLE_SECTIONS.contains(name) || name.equals("caption");
        }
        if (TABLE_SECTIONS.contains(top)) {
            return name.equals("tr");
        }
        if (top.equals("tr")) {
            return name.equals("td") || name.equals("th");
        }
        if (TABLE_PARTS.contains(name)) {
            return name.equals("table");
        }
        return true;
    }

    private static String nearest(List<String> open, Set<String> names) {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (names.contains(open.get(i))) {
                return open.get(i);
            }
        }
        return "";
    }

    private static boolean inTableStructure(List<String> open) {
        if (open.isEmpty()) {
            return false;
        }
        String top = open.get(open.size() - 1);
        return top.equals("table") || top.equals("tr") || TABLE_SECTIONS.contains(top);
    }

    /** The start tag as jsoup's clean serialisation writes it; null when the allowlist drops or changes the tag. */
    private String cleanTag(StartTag tag) {
        if (tag.urls() != null && plainShape(tag)) {
            StringBuilder clean = new StringBuilder(tag.text().length()).append('<').append(tag.name());
            for (int k = 0; k < tag.keys().size(); k++) {
                clean.append(' ').append(tag.keys().get(k)).append("=\"").append(tag.values().get(k)).append('"');
            }
            return clean.append('>').toString();
        }
        return TABLE_PARTS.contains(tag.name()) ? null : cleanAlone(tag);
    }

    /** The tag cleaned by jsoup on its own: the allowlist's verdict on each attribute, enforced ones added. */
    private static String cleanAlone(StartTag tag) {
        Document clean = ContentSanitizer.cleanDocument(tag.text());
        Element body = clean.body();
        if (body.childNodeSize() != 1 || !(body.childNode(0) instanceof Element element)
                || !element.normalName().equals(tag.name())) {
            return null;
        }
        String html = element.outerHtml();
        String endTag = "</" + tag.name() + ">";
        if (VOID.contains(tag.name())) {
            return html;
        }
        return html.endsWith(endTag) ? html.substring(0, html.length() - endTag.length()) : null;
    }

    /**
     * Whether jsoup writes a tag of this name with these attributes as it was written: the tag and every attribute
     * allowed, none enforced; answered once per shape by the allowlist itself.
     */
    private boolean plainShape(StartTag tag) {
        String shape = tag.name() + ' ' + String.join(" ", tag.keys()) + tag.urls();
        Boolean plain = plainShapes.get(shape);
        if (plain == null) {
            plain = safelist.isSafeTag(tag.name()) && safelist.getEnforcedAttributes(tag.name()).isEmpty();
            for (String key : tag.keys()) {
                String probe = !URL_KEYS.contains(key) ? "x"
                        : tag.urls().contains(' ' + key + "=https") ? "https://praxis.invalid/x"
                        : tag.urls().contains(' ' + key + "=http") ? "http://praxis.invalid/x" : "#x";
                plain &= safelist.isSafeAttribute(tag.name(), new Element(tag.name()), new Attribute(key, probe));
            }
            if (plainShapes.size() < KEPT_TAGS) {
                plainShapes.put(shape, plain);
            }
        }
        return plain;
    }

    /**
     * How a value jsoup writes back unchanged, and whose verdict does not depend on more than its kind, is kept: ""
     * for an attribute that is not a URL, "relative", "https" or "http" for a URL (a plain relative one as
     * {@link ContentSanitizer.RelativeLinks#plainRelative} reads it, or an absolute one of printable ASCII); null for
     * any other value: empty or self-named (written as a bare boolean attribute), or with a character jsoup escapes
     * or reads as an entity.
     */
    private static String plainValue(String key, String value) {
        if (value.isEmpty() || value.equalsIgnoreCase(key)) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\u00a0' || c < ' ' || c == 0x7f) {
                return null;
            }
        }
        if (!URL_KEYS.contains(key)) {
            return "";
        }
        if (ContentSanitizer.RelativeLinks.plainRelative(value)) {
            return "relative";
        }
        String scheme = value.startsWith("https://") ? "https" : value.startsWith("http://") ? "http" : null;
        if (scheme == null || value.length() <= scheme.length() + 3) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return null;
            }
        }
        return scheme;
    }

    /** A character of text that is not simply copied. */
    private static boolean special(char c) {
        return c == '<' || c == '&' || c == '>' || c == '\u00a0' || c == 0 || c == '\r' || c == Regions.START
                || c == Regions.END;
    }

    private static boolean lowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
