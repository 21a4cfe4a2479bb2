package dev.praxis.system.session;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session that both set an attribute the session did not have (a browser's parallel first
 * requests) each insert its row: the second insert failed on the primary key and the request answered 500.
 * With PostgreSQL's upsert the second write simply wins.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpsertConfig {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer idempotentSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
