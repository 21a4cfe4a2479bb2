package dev.praxis.system.web;

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
