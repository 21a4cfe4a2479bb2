package dev.praxis.quiz.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The rows of a module's "Common Mistakes" table (also "Pitfalls", "Anti-Patterns", uk "Типові помилки"): the mistake
 * in the first column, the advice in the last.
 */
final class CommonMistakes {

    /** Searched with {@code find()}: a leading {@code .*} would backtrack over every line of a long page. */
    private static final Pattern TITLE = Pattern.compile(
            "(?i)(mistakes|pitfalls|anti-patterns|антипатерни|помилки)", Pattern.UNICODE_CASE);

    record Row(String mistake, String advice) {
    }

    private CommonMistakes() {
    }

    static List<Row> in(String proseHtml) {
        List<Row> rows = new ArrayList<>();
        if (proseHtml == null || proseHtml.isBlank() || !TITLE.matcher(proseHtml).find()) {
            return rows;
        }
        for (Element heading : Jsoup.parseBodyFragment(proseHtml).select("h2, h3")) {
            if (!TITLE.matcher(heading.text()).find()) {
                continue;
            }
            for (Element next = heading.nextElementSibling(); next != null && !next.tagName().matches("h[12]");
                    next = next.nextElementSibling()) {
                Element table = next.tagName().equals("table") ? next : next.selectFirst("table");
                if (table == null) {
                    continue;
                }
                for (Element row : table.select("tbody tr")) {
                    List<String> cells = row.select("td").eachText();
                    if (cells.size() >= 2 && !cells.get(0).isBlank()) {
                        rows.add(new Row(cells.get(0), cells.get(cells.size() - 1)));
                    }
                }
                break;
            }
        }
        return rows;
    }
}
