package no.medvirk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import no.medvirk.MedvirkApplication;
import no.medvirk.identity.Organisations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where Medvirk keeps its data: a real PostgreSQL named by MEDVIRK_DB_URL (and then no embedded one and no demo
 * data), or the embedded one (demo data only outside the prod profile).
 */
class DatabaseChoiceTest {

    @TempDir
    Path dataDir;

    @Test
    void with_an_external_database_no_embedded_one_starts_and_no_demo_data_is_loaded() throws SQLException {
        // Stands in for a real PostgreSQL server: a fresh database on another embedded instance.
        String server = EmbeddedPostgresServer.jdbcUrl(dataDir.resolve("server"), true);
        try (var connection = DriverManager.getConnection(server)) {
            connection.createStatement().execute("create database external_medvirk");
        }
        String external = server.replace("/" + EmbeddedPostgresServer.DATABASE + "?", "/external_medvirk?");

        try (var app = start("--medvirk.db.url=" + external, "--medvirk.db.user=postgres",
                "--medvirk.data-dir=" + dataDir.resolve("app"))) {
            assertThat(app.getBeanProvider(EmbeddedDatabase.class).getIfAvailable()).isNull();
            assertThat(app.getBean(Organisations.class).all()).isEmpty();
            assertThat(dataDir.resolve("app/postgres")).doesNotExist();
        } finally {
            EmbeddedPostgresServer.stop(dataDir.resolve("server"));
        }
    }

    @Test
    void the_prod_profile_loads_no_demo_data_even_on_the_embedded_database() {
        try (var app = start("--spring.profiles.active=prod", "--medvirk.data-dir=" + dataDir,
                "--medvirk.embedded-db.start-clean=true")) {
            assertThat(app.getBeanProvider(EmbeddedDatabase.class).getIfAvailable()).isNotNull();
            assertThat(app.getBean(Organisations.class).all()).isEmpty();
        } finally {
            EmbeddedPostgresServer.stop(dataDir);
        }
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        String[] all = new String[arguments.length + 1];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        all[arguments.length] = "--server.port=0";
        return new SpringApplicationBuilder(MedvirkApplication.class).run(all);
    }
}
