package no.medvirk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void data_survives_a_restart_on_the_same_data_directory() throws SQLException {
        String url = EmbeddedPostgresServer.jdbcUrl(dataDir, false);
        execute(url, "create table kept (word text)", "insert into kept values ('medvirkning')");
        EmbeddedPostgresServer.stop(dataDir);

        String restarted = EmbeddedPostgresServer.jdbcUrl(dataDir, false);

        try (var connection = DriverManager.getConnection(restarted);
                var rows = connection.createStatement().executeQuery("select word from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("medvirkning");
        } finally {
            EmbeddedPostgresServer.stop(dataDir);
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void the_server_is_postgresql_17_and_a_commit_is_on_disk_before_it_is_answered() throws SQLException {
        String url = EmbeddedPostgresServer.jdbcUrl(dataDir, true);
        try (var connection = DriverManager.getConnection(url)) {
            assertThat(setting(connection, "server_version")).startsWith("17.");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "fsync")).isEqualTo("on");
        } finally {
            EmbeddedPostgresServer.stop(dataDir);
        }
    }

    private static String setting(java.sql.Connection connection, String name) throws SQLException {
        try (var rows = connection.createStatement().executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
