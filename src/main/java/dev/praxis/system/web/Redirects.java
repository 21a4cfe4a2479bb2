package dev.praxis.system.web;

import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Redirects built from values a request carried. Spring reads {@code {name}} in a redirect as a template variable
 * (a 500 when the model has none) and a CR or LF would split the Location header: each value is encoded into its
 * place instead of pasted into the string.
 */
public final class Redirects {

    private Redirects() {
    }

    /** {@code redirect:} to the path template with each {@code {variable}} replaced by its encoded value. */
    public static String to(String pathTemplate, Object... values) {
        return "redirect:" + UriComponentsBuilder.fromPath(pathTemplate).buildAndExpand(values).encode().toUriString();
    }

    /**
     * The redirect {@link #to} names, as a view object: the same 302 (context-relative, as the view resolvers make it),
     * without resolving a view name. A name that differs per request (an attempt's id) never hits the resolvers'
     * caches, so each resolver made its view inside its one global lock and pushed a cached page view out of its
     * cache (JFR, 200 learners submitting quizzes: request threads queued on that lock).
     */
    public static View view(String pathTemplate, Object... values) {
        return new RedirectView(UriComponentsBuilder.fromPath(pathTemplate).buildAndExpand(values).encode().toUriString(),
                true, true);
    }

    /** A path on this platform; browsers read {@code //host} and {@code /\host} as another site. */
    public static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
                && path.chars().noneMatch(Character::isISOControl);
    }

    /** {@code redirect:} to a path of this site already checked to be local, with template braces made literal. */
    public static String toLocalPath(String path) {
        return "redirect:" + path.replace("{", "%7B").replace("}", "%7D");
    }
}
