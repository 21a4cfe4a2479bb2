package dev.praxis.lesson;

/** Module URLs are {@code /modules/<slug>/}; the slug itself may contain slashes. */
final class Slugs {

    private Slugs() {
    }

    static String fromPath(String path) {
        String slug = path;
        while (slug.startsWith("/")) {
            slug = slug.substring(1);
        }
        while (slug.endsWith("/")) {
            slug = slug.substring(0, slug.length() - 1);
        }
        return slug;
    }
}
