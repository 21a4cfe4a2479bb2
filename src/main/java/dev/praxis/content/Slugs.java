package dev.praxis.content;

import java.util.Locale;
import java.util.regex.Pattern;

/** Page ids derived from paths the way Astro does: each segment slugified, so dots and punctuation disappear. */
public final class Slugs {

    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}\\s_-]");
    private static final Pattern SPACES = Pattern.compile("\\s");

    private Slugs() {
    }

    /** The slug of a page at this path (relative, with {@code /}, extension included). */
    public static String fromPath(String path) {
        String withoutExtension = path.replaceFirst("\\.mdx?$", "");
        String[] segments = withoutExtension.split("/");
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i == segments.length - 1 && segments[i].equals("index")) {
                break;
            }
            if (!slug.isEmpty()) {
                slug.append('/');
            }
            slug.append(segment(segments[i]));
        }
        return slug.toString();
    }

    public static String segment(String segment) {
        String lower = segment.toLowerCase(Locale.ROOT);
        return SPACES.matcher(PUNCTUATION.matcher(lower).replaceAll("")).replaceAll("-");
    }

    /** An explicit front matter slug, without surrounding slashes. */
    public static String normalise(String slug) {
        return slug.trim().replaceAll("^/+|/+$", "");
    }
}
