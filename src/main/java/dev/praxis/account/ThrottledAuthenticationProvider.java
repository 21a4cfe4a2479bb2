package dev.praxis.account;

import dev.praxis.system.web.RetryAfter;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check with the sign-in throttle around it. Being the authentication itself, not a filter in front of
 * one URL, it counts every password tried, whichever spelling of the sign-in URL carried it ({@code /logi%6e}).
 * A paused account is refused before its password is checked, so a guess during the pause tells nothing.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    public ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String email = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Optional<Duration> pause = throttle.pause(email, address);
        if (pause.isPresent()) {
            throw new SignInPausedException(pause.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.recordSuccess(email, address);
            return signedIn;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(email, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** Sign-in to this account from here is paused; says for how long. */
    public static final class SignInPausedException extends AuthenticationException {

        private final Duration remaining;

        SignInPausedException(Duration remaining) {
            super("Sign-in paused for " + remaining);
            this.remaining = remaining;
        }

        /** Whole minutes, rounded up, at least one. */
        public long minutes() {
            return RetryAfter.minutes(remaining);
        }
    }
}
