package dev.praxis.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A remember-me cookie whose token was already rotated came back: someone replayed an old copy, or two tabs raced.
 * Spring Security has by then ended every remembered sign-in of the account and cleared the cookie; this sends the
 * visitor to the sign-in page with that explanation instead of an error page.
 */
final class RememberMeReplayFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RememberMeReplayFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (CookieTheftException e) {
            if (response.isCommitted()) {
                throw e;
            }
            log.warn("Replayed remember-me cookie on {} {}: every remembered sign-in of that account was ended",
                    request.getMethod(), request.getRequestURI());
            response.sendRedirect(request.getContextPath() + "/login?expired");
        }
    }
}
