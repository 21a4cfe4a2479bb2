package dev.praxis.content;

import org.jsoup.Jsoup;

/**
 * The text an HTML fragment shows a reader: what is hidden from assistive technology ({@code aria-hidden="true"},
 * such as a heading's "#" anchor icon) is decoration, not text, and is left out.
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        var body = Jsoup.parseBodyFragment(html).body();
        body.select("[aria-hidden=true]").remove();
        return body.text();
    }
}
