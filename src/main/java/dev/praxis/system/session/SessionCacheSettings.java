package dev.praxis.system.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code praxis.session-cache.*}: the sessions {@code QuietSessionRepository} keeps in memory between requests.
 *
 * @param keptSessions how many sessions are kept at most, the least used dropped first
 * @param keptIdle     a session no request used for this long is read from the database again
 */
@ConfigurationProperties("praxis.session-cache")
record SessionCacheSettings(@DefaultValue("100000") int keptSessions, @DefaultValue("30m") Duration keptIdle) {
}
