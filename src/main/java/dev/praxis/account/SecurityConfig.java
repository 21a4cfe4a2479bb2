package dev.praxis.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;

/**
 * Who may reach what, and the browser-side protections every page gets. Scripts come only from the platform
 * itself (no inline script, no CDN); styles may be inline because mermaid and KaTeX draw with style attributes.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private final PublicReading publicReading;
    private final UnmappedRequests unmapped;

    SecurityConfig(PublicReading publicReading, UnmappedRequests unmapped) {
        this.publicReading = publicReading;
        this.unmapped = unmapped;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PersistentTokenRepository rememberMeTokens,
                                            UserDetailsService users,
                                            SecurityContextRepository securityContextRepository,
                                            CsrfTokenRepository csrfTokens) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/login", "/register", "/account/forgot", "/account/reset/**", "/error", "/favicon.ico", "/css/**", "/js/**",
                                "/images/**", "/webjars/**", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/api/v1/inventory").permitAll()
                        .requestMatchers("/downloads/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/instructor/**").hasAnyRole("INSTRUCTOR", "ADMIN")
                        .requestMatchers(publicReading.pages()).permitAll()
                        .requestMatchers(unmapped).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .failureHandler(SignInOutcomeHandlers.failure()))
                .rememberMe(remember -> remember.tokenRepository(rememberMeTokens).userDetailsService(users)
                        .tokenValiditySeconds((int) Duration.ofDays(30).toSeconds()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedout")
                        .deleteCookies("SESSION", "JSESSIONID", "remember-me"))
                .securityContext(context -> context.securityContextRepository(securityContextRepository))
                // sign-in also gets Spring Security's default new session id (session fixation protection)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).sessionAuthenticationStrategy(newCsrfToken(csrfTokens))
                        .csrfTokenRequestHandler(csrfTokenMasking())
                        // the agent's upload API authenticates with a bearer token, never with cookies
                        .ignoringRequestMatchers("/api/v1/inventory"))
                // where a visitor was going before signing in: a cookie, so that visit stores no session
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .xssProtection(xss -> xss.headerValue(XXssProtectionHeaderWriter.HeaderValue.DISABLED))
                        .frameOptions(frame -> frame.deny()))
                .addFilterBefore(new RememberMeReplayFilter(), RememberMeAuthenticationFilter.class);
        return http.build();
    }

    /**
     * HTTP request metrics stay (Boot's observation filter); Spring Security's own observations go, and with them
     * the decorator that wrapped each of its filters on every request: a tenth of a kept lesson page's CPU (JFR).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * New passwords are hashed with Argon2id (no 72-byte limit, unlike bcrypt, which fails on longer input); bcrypt
     * hashes stored before still verify, and are replaced by Argon2id at the next sign-in. The id names the
     * defaults it began with; the cost itself is in each hash (see {@link PasswordHashSettings}).
     */
    @Bean
    PasswordEncoder passwordEncoder(PasswordHashSettings settings) {
        String argon2 = "argon2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(argon2, Map.of(
                argon2, settings.argon2(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /**
     * The only provider of the shared authentication manager, so no plain password check exists beside the
     * throttled one for any sign-in form or URL to reach.
     */
    @Bean
    ThrottledAuthenticationProvider throttledAuthenticationProvider(UserDetailsService users,
                                                                    UserDetailsPasswordService rehash,
                                                                    PasswordEncoder passwordEncoder,
                                                                    SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setUserDetailsPasswordService(rehash);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /** SameSite=Lax on every cookie the platform sets (remember-me among them), not only on the session cookie. */
    @Bean
    CookieSameSiteSupplier laxCookies() {
        return CookieSameSiteSupplier.ofLax();
    }

    @Bean
    PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
        JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        return repository;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new SessionOrCookieCsrfTokenRepository();
    }

    /**
     * A new session id at every sign-in (session fixation protection) and a new CSRF token with it, stored in the
     * session by the sign-in request itself. Left to the first page after sign-in, the token would be created by
     * whichever of the browser's parallel requests came first, each writing its own into the same new session.
     */
    @Bean
    SessionAuthenticationStrategy sessionAuthenticationStrategy(CsrfTokenRepository csrfTokens) {
        return new CompositeSessionAuthenticationStrategy(List.of(
                new ChangeSessionIdAuthenticationStrategy(), newCsrfToken(csrfTokens)));
    }

    private static SessionAuthenticationStrategy newCsrfToken(CsrfTokenRepository csrfTokens) {
        CsrfAuthenticationStrategy newToken = new CsrfAuthenticationStrategy(csrfTokens);
        newToken.setRequestHandler(csrfTokenMasking());
        return new CompositeSessionAuthenticationStrategy(List.of(newToken, SecurityConfig::storeCsrfTokenNow));
    }

    /**
     * Spring Security's default handler (the token masked with fresh random bytes on each page, against BREACH),
     * drawing those bytes from a generator per request thread instead of the JDK's one shared, locked generator.
     */
    static XorCsrfTokenRequestAttributeHandler csrfTokenMasking() {
        XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
        handler.setSecureRandom(new PerThreadSecureRandom());
        return handler;
    }

    private static void storeCsrfTokenNow(Authentication authentication, HttpServletRequest request,
                                          HttpServletResponse response) {
        request.getSession(true);
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }
}
