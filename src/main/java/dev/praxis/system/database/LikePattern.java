package dev.praxis.system.database;

import java.util.Locale;

/** Text searches that type into a {@code like} pattern: what the person typed matches literally. */
public final class LikePattern {

    /**
     * Longer search text is cut: no one types more to find a name, and the pattern stays cheap. Search boxes say so
     * (see {@link #isCut}) rather than silently searching for less than was typed.
     */
    public static final int MAX_QUERY = 200;

    private LikePattern() {
    }

    /** The search text as typed, without surrounding blanks and at most 200 characters; never null. */
    public static String query(String typed) {
        String query = typed == null ? "" : typed.strip();
        return query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
    }

    /** Whether {@link #query} drops part of what was typed, for the page to say that it searched less. */
    public static boolean isCut(String typed) {
        return typed != null && typed.strip().length() > MAX_QUERY;
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
