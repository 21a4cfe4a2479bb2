package dev.praxis.content.importing;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.praxis.content.markdown.PageLinks;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an {@code .mdx} body into Markdown with plain HTML, line for line (so line numbers stay true): import and
 * export lines and {@code {&#47;* comments *&#47;}} are dropped, {@code <script>} elements are dropped whole, the
 * Starlight components Tabs/TabItem, Aside, Card, CardGrid, LinkCard and Steps become HTML, and any other component
 * degrades to its content (a self-closing one to a placeholder). Code fences are left untouched.
 */
final class MdxConverter {

    private static final Pattern IMPORT_EXPORT = Pattern.compile("^\\s*(import|export)\\s.*");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```+|~~~+).*");
    private static final Pattern COMMENT = Pattern.compile("\\{/\\*.*?\\*/\\}");
    private static final Pattern SCRIPT_OPEN = Pattern.compile("(?i)<script\\b");
    private static final Pattern SCRIPT_CLOSE = Pattern.compile("(?i)</script\\s*>");
    /** A component tag opened on this line whose attributes go on over the next lines ({@code <LinkCard} alone). */
    private static final Pattern OPEN_TAG_CONTINUES = Pattern.compile("<[A-Z][A-Za-z0-9.]*(?:\\s[^<>]*)?$");
    private static final int MAX_TAG_LINES = 40;
    private static final Pattern COMPONENT = Pattern.compile("<(/?)([A-Z][A-Za-z0-9.]*)((?:\\s+[^>]*?)?)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([A-Za-z_:][A-Za-z0-9_:.-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|\\{\\s*[\"'`]?([^}\"'`]*)[\"'`]?\\s*\\})");

    private MdxConverter() {
    }

    static String convert(String body, String pageSlug) {
        String[] lines = body.split("\n", -1);
        StringBuilder out = new StringBuilder(body.length());
        String fence = null;
        boolean inScript = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String converted;
            Matcher fenceMatcher = FENCE.matcher(line);
            if (fence != null) {
                converted = line;
                if (closesFence(line, fence)) {
                    fence = null;
                }
            } else if (inScript) {
                converted = "";
                inScript = !SCRIPT_CLOSE.matcher(line).find();
            } else if (fenceMatcher.matches()) {
                fence = fenceMatcher.group(1);
                converted = line;
            } else if (IMPORT_EXPORT.matcher(line).matches()) {
                converted = "";
            } else if (SCRIPT_OPEN.matcher(line).find()) {
                Matcher open = SCRIPT_OPEN.matcher(line);
                open.find();
                String before = line.substring(0, open.start());
                Matcher close = SCRIPT_CLOSE.matcher(line);
                if (close.find(open.start())) {
                    converted = components(before + line.substring(close.end()), pageSlug);
                } else {
                    converted = components(before, pageSlug);
                    inScript = true;
                }
            } else {
                int last = tagEnd(lines, i);
                if (last > i) {
                    // One tag over several lines: convert it whole on its first line, keep the line count
                    converted = components(COMMENT.matcher(String.join(" ", Arrays.asList(lines).subList(i, last + 1))).replaceAll(""), pageSlug)
                            + "\n".repeat(last - i);
                    i = last;
                } else {
                    converted = components(COMMENT.matcher(line).replaceAll(""), pageSlug);
                }
            }
            out.append(converted);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The line where a component tag left open at the end of line {@code i} closes, or {@code i}. */
    private static int tagEnd(String[] lines, int i) {
        if (!OPEN_TAG_CONTINUES.matcher(lines[i]).find()) {
            return i;
        }
        for (int j = i + 1; j < lines.length && j <= i + MAX_TAG_LINES; j++) {
            if (lines[j].isBlank() || lines[j].contains("<")) {
                return i;
            }
            if (lines[j].contains(">")) {
                return j;
            }
        }
        return i;
    }

    private static boolean closesFence(String line, String fence) {
        String stripped = line.strip();
        return stripped.length() >= fence.length() && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static String components(String line, String pageSlug) {
        Matcher matcher = COMPONENT.matcher(line);
        if (!matcher.find()) {
            return line;
        }
        matcher.reset();
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            boolean closing = !matcher.group(1).isEmpty();
            boolean selfClosing = !matcher.group(4).isEmpty();
            String html = closing ? closingTag(matcher.group(2)) : openingTag(matcher.group(2), attributes(matcher.group(3)), selfClosing, pageSlug);
            matcher.appendReplacement(out, Matcher.quoteReplacement(html));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new HashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(text);
        while (matcher.find()) {
            String value = matcher.group(2) != null ? matcher.group(2)
                    : matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
            attributes.put(matcher.group(1), value.trim());
        }
        return attributes;
    }

    private static String openingTag(String name, Map<String, String> attributes, boolean selfClosing, String pageSlug) {
        String title = escape(attributes.getOrDefault("title", ""));
        String html = switch (name) {
            case "Tabs" -> "<div class=\"tabs\">";
            case "TabItem" -> "<div class=\"tab\" data-label=\"" + escape(attributes.getOrDefault("label", "")) + "\">"
                    + "<p class=\"tab-label\">" + escape(attributes.getOrDefault("label", "")) + "</p>";
            case "Aside" -> {
                String kind = switch (attributes.getOrDefault("type", "note")) {
                    case "tip" -> "tip";
                    case "caution", "warning" -> "caution";
                    case "danger" -> "danger";
                    default -> "note";
                };
                String label = title.isEmpty() ? Character.toUpperCase(kind.charAt(0)) + kind.substring(1) : title;
                yield "<aside class=\"aside aside-" + kind + "\" aria-label=\"" + label + "\"><p class=\"aside-title\">"
                        + label + "</p>";
            }
            case "Card" -> "<div class=\"card\">" + (title.isEmpty() ? "" : "<p class=\"card-title\">" + title + "</p>");
            case "CardGrid" -> "<div class=\"card-grid\">";
            case "Steps" -> "<div class=\"steps\">";
            case "LinkCard" -> "<p class=\"link-card\">" + link(attributes.getOrDefault("href", "#"), pageSlug)
                    + title + "</a>" + (attributes.containsKey("description")
                    ? " " + escape(attributes.get("description")) : "") + "</p>";
            default -> selfClosing
                    ? "<span class=\"component-placeholder\">" + escape(name) + " (interactive component not shown here)</span>"
                    : "";
        };
        if (selfClosing && !name.equals("LinkCard") && html.startsWith("<div")) {
            return html + "</div>";
        }
        if (selfClosing && name.equals("Aside")) {
            return html + "</aside>";
        }
        return html;
    }

    /**
     * The opening {@code <a>} of a link card. The card is raw HTML, which the renderer's link handling never sees, so
     * it is given here what a Markdown link gets: a page link goes to where the platform serves that page, an external
     * one opens in a new tab.
     */
    private static String link(String href, String pageSlug) {
        if (PageLinks.isExternal(href)) {
            return "<a href=\"" + escape(href) + "\" rel=\"noopener noreferrer\" target=\"_blank\">";
        }
        return "<a href=\"" + escape(PageLinks.rewrite(pageSlug, href)) + "\">";
    }

    private static String closingTag(String name) {
        return switch (name) {
            case "Tabs", "TabItem", "Card", "CardGrid", "Steps" -> "</div>";
            case "Aside" -> "</aside>";
            default -> "";
        };
    }

    private static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }
}
