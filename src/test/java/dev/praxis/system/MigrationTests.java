package dev.praxis.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.IntegrationTest;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class MigrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationAppliesToAnEmptyDatabase() {
        String schema = "migration_check_" + System.nanoTime();
        try {
            MigrateResult result = Flyway.configure().dataSource(dataSource).schemas(schema)
                    .locations("classpath:db/migration").load().migrate();
            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(4);
            List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = :schema")
                    .param("schema", schema).query(String.class).list();
            assertThat(tables).contains("app_user", "spring_session", "spring_session_attributes", "persistent_logins",
                    "role_change");
        } finally {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }
}
