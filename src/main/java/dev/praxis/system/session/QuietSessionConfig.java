package dev.praxis.system.session;

import dev.praxis.system.changes.ChangeFeed;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link QuietSessionRepository} in front of the JDBC repository that Boot configures (table, timeout, expired
 * session clean-up stay Boot's), so that Spring Session's filter talks to the quiet one.
 */
@Configuration(proxyBeanMethods = false)
class QuietSessionConfig {

    @Bean
    static SessionRequestScope sessionRequestScope() {
        return new SessionRequestScope();
    }

    /**
     * The change feed and the settings are looked up only once the JDBC repository exists, not when post-processors
     * are made (a settings record made that early would not be bound).
     */
    @Bean
    static BeanPostProcessor quietSessionRepository(SessionRequestScope scope, ObjectProvider<ChangeFeed> changes,
            ObjectProvider<SessionCacheSettings> settings) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository database
                        ? new QuietSessionRepository<>(database, scope, changes.getObject().clock(ChangeFeed.SESSIONS),
                                settings.getObject())
                        : bean;
            }
        };
    }

    /** Runs just outside Spring Session's filter, so that the scope covers both of its saves. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionRequestScopeFilter(SessionRequestScope scope) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                scope.open();
                try {
                    chain.doFilter(request, response);
                } finally {
                    scope.close();
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }
}
