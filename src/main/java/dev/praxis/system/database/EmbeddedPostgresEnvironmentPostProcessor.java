package dev.praxis.system.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database before anything connects to it. An external PostgreSQL named by
 * {@code spring.datasource.url} or the short {@code PRAXIS_DB_URL} wins; with neither, the platform starts an
 * embedded PostgreSQL whose data directory persists between runs, so one command runs Praxis on a machine
 * that has only a JDK.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> datasource = new HashMap<>();
        String shortUrl = environment.getProperty("praxis.db.url");
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        if (shortUrl != null && !shortUrl.isBlank()) {
            DatabaseUrl url = DatabaseUrl.parse(shortUrl);
            datasource.put("spring.datasource.url", url.jdbcUrl());
            putIfPresent(datasource, "spring.datasource.username",
                    environment.getProperty("praxis.db.username", url.username()));
            putIfPresent(datasource, "spring.datasource.password",
                    environment.getProperty("praxis.db.password", url.password()));
        } else {
            Path dataDir = Path.of(environment.getProperty("praxis.db.data-dir", "praxis-data/postgres"));
            boolean clean = environment.getProperty("praxis.db.clean-data-dir", Boolean.class, false);
            int port = environment.getProperty("praxis.db.port", Integer.class, 0);
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, port, clean);
            datasource.put("spring.datasource.url", database.jdbcUrl());
            datasource.put("spring.datasource.username", EmbeddedDatabase.USER);
            datasource.put("spring.datasource.password", "");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("praxisDatabase", datasource));
    }

    private static void putIfPresent(Map<String, Object> target, String key, String value) {
        if (value != null) {
            target.put(key, value);
        }
    }

    @Override
    public int getOrder() {
        // after config data (application.yml, env vars) has been loaded
        return Ordered.LOWEST_PRECEDENCE;
    }
}
