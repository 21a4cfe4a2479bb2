package dev.praxis.content.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a link written in a page resolves to another page. Course pages link to URLs with a trailing slash, and a
 * relative link resolves against the page URL ({@code /<slug>/}), not the file. The platform serves a page at
 * {@code /modules/<slug>/}.
 */
public final class PageLinks {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Pattern ASSET = Pattern.compile(".*\\.(png|jpe?g|gif|svg|webp|pdf|zip|txt|json|ya?ml|csv|sh|py|ico|mp4)$",
            Pattern.CASE_INSENSITIVE);

    private PageLinks() {
    }

    public static String moduleUrl(String slug) {
        return slug.isEmpty() ? "/modules/" : "/modules/" + slug + "/";
    }

    public static boolean isExternal(String url) {
        return url.startsWith("//") || (SCHEME.matcher(url).matches() && !url.toLowerCase(Locale.ROOT).startsWith("mailto:"));
    }

    /**
     * The slug of the page a link points at, when it points at a page of this site: site-absolute and relative paths
     * (not external URLs, not in-page anchors, not assets). A link to a Markdown file resolves against the file's
     * folder, as an author who links a file means.
     */
    public static Optional<String> targetSlug(String pageSlug, String url) {
        if (url.isEmpty() || url.startsWith("#") || isExternal(url) || url.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            return Optional.empty();
        }
        String path = url.replaceFirst("[?#].*$", "");
        if (path.isEmpty() || ASSET.matcher(path).matches()) {
            return Optional.empty();
        }
        if (path.startsWith("/modules/")) {
            path = path.substring("/modules".length());
        }
        String base;
        if (path.endsWith(".md") || path.endsWith(".mdx")) {
            path = path.replaceFirst("\\.mdx?$", "");
            String parent = pageSlug.contains("/") ? pageSlug.substring(0, pageSlug.lastIndexOf('/')) : "";
            base = "/" + parent + "/";
        } else {
            base = "/" + pageSlug + "/";
        }
        String joined = path.startsWith("/") ? path : base + path;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : joined.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(segment);
            }
        }
        if (!segments.isEmpty() && segments.peekLast().equals("index")) {
            segments.pollLast();
        }
        return Optional.of(String.join("/", segments));
    }

    /** The platform URL for a link: page links go to {@code /modules/<slug>/} keeping their anchor. */
    public static String rewrite(String pageSlug, String url) {
        return targetSlug(pageSlug, url).map(slug -> {
            int anchor = url.indexOf('#');
            return moduleUrl(slug) + (anchor >= 0 ? url.substring(anchor) : "");
        }).orElse(url);
    }
}
