package dev.praxis.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTests {

    @Test
    void keepsAJdbcUrlAsItIs() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db:5432/praxis");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/praxis");
        assertThat(url.username()).isNull();
    }

    @Test
    void turnsALibpqUrlIntoJdbcWithCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://praxis:s%40cret@db.example.org/praxis?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5432/praxis?sslmode=require");
        assertThat(url.username()).isEqualTo("praxis");
        assertThat(url.password()).isEqualTo("s@cret");
    }

    @Test
    void rejectsAnotherSchemeWithoutEchoingThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://user:hunter2@db/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://")
                .hasMessageNotContaining("hunter2");
    }
}
