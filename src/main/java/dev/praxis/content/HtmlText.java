package dev.praxis.content;

import org.jsoup.Jsoup;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The text an HTML fragment shows a reader: what is hidden from assistive technology ({@code aria-hidden="true"},
 * such as a heading's "#" anchor icon) is decoration, not text, and is left out.
 */
public final class HtmlText {

    /** Compiled once (a selector parsed per call was a visible share of an import). */
    private static final Evaluator HIDDEN = QueryParser.parse("[aria-hidden=true]");

    private HtmlText() {
    }

    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (!html.contains("aria-hidden")) {
            String plain = PlainMarkupText.of(html);
            if (plain != null) {
                return plain;
            }
        }
        return jsoupText(html);
    }

    /** The text by jsoup's parse: for markup {@link PlainMarkupText} leaves to it (and as its reference in tests). */
    static String jsoupText(String html) {
        var body = Jsoup.parseBodyFragment(html).body();
        if (html.contains("aria-hidden")) {
            body.select(HIDDEN).remove();
        }
        return body.text();
    }
}
