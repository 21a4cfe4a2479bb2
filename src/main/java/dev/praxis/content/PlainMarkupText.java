package dev.praxis.content;

import java.util.ArrayDeque;
import java.util.Set;

/**
 * The text jsoup's {@code Jsoup.parseBodyFragment(html).body().text()} gives, read straight from markup simple enough
 * that jsoup's parse cannot restructure it: paragraphs, line breaks and common inline tags, properly nested,
 * lower-case, attributes quoted; text with the renderer's five entities. Anything else answers {@code null} and is left
 * to jsoup: another tag, an unclosed or misnested one, a paragraph inside a paragraph or inside an inline tag, a
 * comment, another entity, a control character, or a character jsoup treats specially as white space or invisible.
 * An import asks for the text of every prompt, question, answer and lab step; a jsoup parse for each was about 4 % of
 * an import's CPU.
 */
final class PlainMarkupText {

    /** Tags jsoup treats as inline: no space at their edges. */
    private static final Set<String> INLINE = Set.of("a", "b", "i", "u", "s", "em", "strong", "code", "kbd", "samp",
            "var", "cite", "abbr", "mark", "q", "sub", "sup", "span", "small");

    private PlainMarkupText() {
    }

    /** The text, or {@code null} when the markup is not simple enough to promise jsoup's answer. */
    static String of(String html) {
        StringBuilder text = new StringBuilder(html.length());
        ArrayDeque<String> open = new ArrayDeque<>();
        int length = html.length();
        int at = 0;
        while (at < length) {
            char c = html.charAt(at);
            if (c == '<') {
                at = tag(html, at, open, text);
                if (at < 0) {
                    return null;
                }
            } else if (c == '&') {
                int end = html.indexOf(';', at);
                if (end < 0) {
                    return null;
                }
                char decoded = switch (html.substring(at + 1, end)) {
                    case "amp" -> '&';
                    case "lt" -> '<';
                    case "gt" -> '>';
                    case "quot" -> '"';
                    case "#39" -> '\'';
                    default -> 0;
                };
                if (decoded == 0) {
                    return null;
                }
                text.append(decoded);
                at = end + 1;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\f') {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                at++;
            } else if (c < ' ' || c == 0x7f || c >= 0x80 && (c == 0xa0 || c == 0xad || c == 0x200b
                    || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isSurrogate(c) && !validPair(html, at))) {
                return null;
            } else {
                text.append(c);
                at++;
            }
        }
        return open.isEmpty() ? text.toString().trim() : null;
    }

    private static boolean validPair(String html, int at) {
        char c = html.charAt(at);
        if (Character.isHighSurrogate(c)) {
            return at + 1 < html.length() && Character.isLowSurrogate(html.charAt(at + 1));
        }
        return at > 0 && Character.isHighSurrogate(html.charAt(at - 1));
    }

    /** Reads the tag at {@code at}; returns where the text goes on, or -1 when jsoup must read this markup. */
    private static int tag(String html, int at, ArrayDeque<String> open, StringBuilder text) {
        int length = html.length();
        boolean closing = at + 1 < length && html.charAt(at + 1) == '/';
        int nameStart = at + (closing ? 2 : 1);
        int nameEnd = nameStart;
        while (nameEnd < length && html.charAt(nameEnd) >= 'a' && html.charAt(nameEnd) <= 'z') {
            nameEnd++;
        }
        if (nameEnd == nameStart || nameEnd >= length) {
            return -1;
        }
        String name = html.substring(nameStart, nameEnd);
        int end = tagEnd(html, nameEnd, closing);
        if (end < 0) {
            return -1;
        }
        boolean selfClosing = html.charAt(end - 1) == '/';
        if (name.equals("br")) {
            if (closing) {
                return -1;
            }
            spaceBeforeBlock(text);
            return end + 1;
        }
        if (selfClosing) {
            return -1;
        }
        boolean paragraph = name.equals("p");
        if (!paragraph && !INLINE.contains(name)) {
            return -1;
        }
        if (closing) {
            if (!name.equals(open.peek())) {
                return -1;
            }
            open.pop();
            // jsoup (1.24) spaces a block from whatever follows it; after the last one the trim takes the space
            if (paragraph) {
                spaceBeforeBlock(text);
            }
            return end + 1;
        }
        if (paragraph) {
            if (!open.isEmpty()) {
                return -1;
            }
            spaceBeforeBlock(text);
        } else if (name.equals("a") && open.contains("a")) {
            return -1;
        }
        open.push(name);
        return end + 1;
    }

    private static void spaceBeforeBlock(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
    }

    /** The index of the tag's {@code >}: attributes must be quoted and free of {@code <}; -1 otherwise. */
    private static int tagEnd(String html, int from, boolean closing) {
        int at = from;
        int length = html.length();
        while (at < length) {
            char c = html.charAt(at);
            if (c == '>') {
                return at;
            }
            if (c == '<' || closing && c != ' ') {
                return -1;
            }
            if (c == '"' || c == '\'') {
                int close = html.indexOf(c, at + 1);
                if (close < 0 || html.indexOf('<', at + 1) >= 0 && html.indexOf('<', at + 1) < close) {
                    return -1;
                }
                at = close + 1;
            } else if (c == '=') {
                int next = at + 1;
                if (next >= length || html.charAt(next) != '"' && html.charAt(next) != '\'') {
                    return -1;
                }
                at = next;
            } else {
                at++;
            }
        }
        return -1;
    }
}
