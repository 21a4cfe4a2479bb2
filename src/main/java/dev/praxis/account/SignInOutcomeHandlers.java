package dev.praxis.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Counts each form sign-in's outcome for the throttle, then continues as Spring Security normally would. */
public final class SignInOutcomeHandlers {

    private SignInOutcomeHandlers() {
    }

    public static AuthenticationFailureHandler failure(SignInThrottle throttle) {
        SimpleUrlAuthenticationFailureHandler next = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            throttle.recordFailure(request.getParameter("username"), request.getRemoteAddr());
            next.onAuthenticationFailure(request, response, exception);
        };
    }

    public static AuthenticationSuccessHandler success(SignInThrottle throttle) {
        SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
        next.setDefaultTargetUrl("/");
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                -> succeed(throttle, next, request, response, authentication);
    }

    private static void succeed(SignInThrottle throttle, SavedRequestAwareAuthenticationSuccessHandler next,
                                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        throttle.recordSuccess(authentication.getName());
        next.onAuthenticationSuccess(request, response, authentication);
    }
}
