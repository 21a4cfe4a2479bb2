package dev.praxis.system.database;

import java.util.Locale;

/** Text searches that type into a {@code like} pattern: what the person typed matches literally. */
public final class LikePattern {

    private LikePattern() {
    }

    /**
     * A {@code like} pattern matching lower-cased text that contains {@code query} anywhere, with the query's own
     * {@code %}, {@code _} and {@code \} escaped (PostgreSQL's default escape character is {@code \}). An empty query
     * gives an empty pattern, which the queries read as "no filter".
     */
    public static String containing(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        String escaped = query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
