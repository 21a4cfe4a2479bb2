package dev.praxis.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Where a failed form sign-in goes: the sign-in page, saying whether the password was wrong or sign-in is paused. */
final class SignInOutcomeHandlers {

    private SignInOutcomeHandlers() {
    }

    /** Keeps nothing in a session: a visitor who only failed to sign in gets none. */
    public static AuthenticationFailureHandler failure() {
        RedirectStrategy redirect = new DefaultRedirectStrategy();
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) ->
                redirect.sendRedirect(request, response,
                        exception instanceof ThrottledAuthenticationProvider.SignInPausedException paused
                                ? "/login?throttled=" + paused.minutes()
                                : "/login?error");
    }
}
