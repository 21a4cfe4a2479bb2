package dev.praxis.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.http.HttpMethod;

/**
 * Whether visitors who are not signed in may read the catalog, search and the lessons ({@code PRAXIS_PUBLIC_READING},
 * on by default, as course sites usually are). Everything a learner does (predictions, quizzes, labs, progress)
 * still asks them to sign in.
 */
@ConfigurationProperties("praxis.public-reading")
record PublicReading(@DefaultValue("true") boolean enabled) {

    private static final List<RequestMatcher> PAGES = List.of(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/catalog"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/search"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/modules/**"));

    /** The reading pages when public reading is on; nothing when it is off. */
    RequestMatcher pages() {
        return (HttpServletRequest request) -> enabled && PAGES.stream().anyMatch(page -> page.matches(request));
    }
}
