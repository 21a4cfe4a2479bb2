package dev.praxis.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches a request no page or endpoint of the platform answers. Security lets such a request through, so the
 * visitor gets the real "page not found" instead of a sign-in page for a page that does not exist.
 */
@Component
class UnmappedRequests implements RequestMatcher {

    private final ObjectProvider<HandlerMapping> mappings;

    UnmappedRequests(ObjectProvider<HandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        if (parsed == null) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            for (HandlerMapping mapping : mappings.orderedStream().toList()) {
                if (answers(mapping, request)) {
                    return false;
                }
            }
            return true;
        } finally {
            if (parsed == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    /** A mapping answers a request it has a handler for, or that it refuses for its method or media type. */
    private static boolean answers(HandlerMapping mapping, HttpServletRequest request) {
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain != null;
        } catch (Exception refused) {
            return true;
        }
    }
}
