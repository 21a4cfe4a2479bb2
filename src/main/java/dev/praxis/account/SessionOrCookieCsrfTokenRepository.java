package dev.praxis.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens without a session for visitors who have none. Signed-in people (who have a session) keep their token
 * in the session, bound to it. A visitor who has no session, on the sign-in and registration pages, gets the token
 * in an HttpOnly cookie instead (double submit): reading those pages, or any page, stores no session row.
 * <p>
 * At sign-in the cookie token is cleared and a new one goes into the new session (see the sign-in session
 * strategy in {@link SecurityConfig}), so the session is written once, complete, by the sign-in request.
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

    static final String COOKIE = "PRAXIS-CSRF";
    private static final String CLEARED = SessionOrCookieCsrfTokenRepository.class.getName() + ".CLEARED";

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokenRepository() {
        cookies.setCookieName(COOKIE);
        cookies.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (token == null) {
            if (session != null) {
                sessions.saveToken(null, request, response);
            }
            if (request.getAttribute(CLEARED) == null && hasCookie(request)) {
                cookies.saveToken(null, request, response);
            }
            // the request still carries the old cookie: it must not count for the rest of this request
            request.setAttribute(CLEARED, Boolean.TRUE);
        } else if (session != null) {
            sessions.saveToken(token, request, response);
        } else {
            cookies.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            CsrfToken token = sessions.loadToken(request);
            if (token != null) {
                return token;
            }
        }
        return request.getAttribute(CLEARED) == null ? cookies.loadToken(request) : null;
    }

    private static boolean hasCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (var cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }
}
