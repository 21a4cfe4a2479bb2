package dev.praxis.content;

import org.jsoup.Jsoup;

/** The visible text of an HTML fragment. */
final class HtmlText {

    private HtmlText() {
    }

    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.parseBodyFragment(html).body().text();
    }
}
