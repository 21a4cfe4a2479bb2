package dev.praxis.system;

import dev.praxis.account.SignInOutcomeHandlers;
import dev.praxis.account.SignInThrottle;
import dev.praxis.account.SignInThrottleFilter;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
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
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle,
                                            PersistentTokenRepository rememberMeTokens,
                                            UserDetailsService users,
                                            SecurityContextRepository securityContextRepository,
                                            CsrfTokenRepository csrfTokens,
                                            SessionAuthenticationStrategy sessionStrategy) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/login", "/register", "/error", "/favicon.ico", "/css/**", "/js/**",
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
                        .successHandler(SignInOutcomeHandlers.success(throttle))
                        .failureHandler(SignInOutcomeHandlers.failure(throttle)))
                .rememberMe(remember -> remember.tokenRepository(rememberMeTokens).userDetailsService(users)
                        .tokenValiditySeconds((int) Duration.ofDays(30).toSeconds()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedout")
                        .deleteCookies("SESSION", "JSESSIONID", "remember-me"))
                .securityContext(context -> context.securityContextRepository(securityContextRepository))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        // the agent's upload API authenticates with a bearer token, never with cookies
                        .ignoringRequestMatchers("/api/v1/inventory"))
                .sessionManagement(session -> session.sessionAuthenticationStrategy(sessionStrategy))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .xssProtection(xss -> xss.headerValue(XXssProtectionHeaderWriter.HeaderValue.DISABLED))
                        .frameOptions(frame -> frame.deny()))
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
        return new HttpSessionCsrfTokenRepository();
    }

    /** A new session id at every sign-in (session fixation protection) and a new CSRF token with it. */
    @Bean
    SessionAuthenticationStrategy sessionAuthenticationStrategy(CsrfTokenRepository csrfTokens) {
        return new CompositeSessionAuthenticationStrategy(java.util.List.of(
                new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
    }
}
