package io.buildify.server.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;

/**
 * The zero-setup PostgreSQL of a desktop install: zonky's binaries running a persistent cluster.
 * <p>
 * Layout of {@code dataDir} (owner-only): {@code pgdata/} the cluster, {@code password} the superuser's password
 * ({@code rw-------}), {@code binaries/} the unpacked programs (unless shared). Unlike zonky's test defaults the
 * cluster survives {@link #close()}, commits are durable (fsync and synchronous_commit on), it listens on 127.0.0.1
 * only and every login needs the password (SCRAM-SHA-256, see {@link ClusterSecurity}).
 * <p>
 * Life cycle: {@link #start(Path, Path)} (first start ≈ 2–3 s: unpack, initdb, set password; later ≈ 0.5 s) →
 * {@link #jdbcUrl()} etc. → {@link #close()}. A postmaster orphaned by a killed JVM is stopped before starting.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String SUPERUSER = "postgres";
    /** The database the server uses; the cluster's {@code postgres} database stays untouched. */
    public static final String DATABASE = "buildify";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, String password) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.password = password;
    }

    /** Starts (creating on first use) the cluster in {@code dataDir}, unpacking binaries into {@code binariesDir}. */
    public static EmbeddedDatabase start(Path dataDir, Path binariesDir) throws IOException {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(binariesDir, "binariesDir");
        long started = System.nanoTime();
        Posix.createOwnerOnlyDirectory(dataDir);
        Files.createDirectories(binariesDir);
        PostgresBinaries.register(binariesDir);
        Path cluster = dataDir.resolve("pgdata");
        PasswordFile passwordFile = new PasswordFile(dataDir.resolve("password"));
        if (Files.exists(cluster.resolve(ClusterSecurity.MARKER)) && !passwordFile.exists()) {
            throw new IOException("the PostgreSQL cluster in " + cluster + " is protected by a password, but "
                    + passwordFile.path() + " is missing; restore that file, or delete " + dataDir
                    + " to start with an empty database");
        }
        String password = passwordFile.readOrCreate();
        OrphanPostmaster.stopIfOrphaned(cluster);

        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binariesDir.toFile())
                    .setDataDirectoryCustomizer(new ClusterSecurity(binariesDir, password))
                    // zonky starts postgres with -F (fsync off) and synchronous_commit off: command-line values
                    // beat postgresql.conf, so the durable settings must be given here too.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "50")
                    // Byte-order collation: exists on every OS, unlike named locales, and never changes order
                    // when the OS updates its locale data (which would corrupt text indexes).
                    .setLocaleConfig("locale", "C")
                    // zonky's readiness probe logs in like any client, so it needs the password too.
                    .setConnectConfig("password", password)
                    .start();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        restrictBinariesDir(binariesDir);
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDir, password);
        try {
            database.createDatabaseIfMissing();
        } catch (SQLException e) {
            database.close();
            throw new IOException("could not create the database '" + DATABASE + "': " + e.getMessage(), e);
        }
        LOG.info("Embedded PostgreSQL ready on 127.0.0.1:{} in {} ms (data in {})", postgres.getPort(),
                (System.nanoTime() - started) / 1_000_000, dataDir);
        return database;
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public String user() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path clusterDir() {
        return dataDir.resolve("pgdata");
    }

    /** Stops PostgreSQL (fast shutdown); the cluster stays on disk. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Stopping the embedded PostgreSQL failed", e);
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", SUPERUSER);
        login.setProperty("password", password);
        String url = "jdbc:postgresql://127.0.0.1:" + port() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, login);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'"); // a constant, not user input
            }
        }
    }

    /** zonky makes the unpack directory world-writable for sharing in /tmp; ours belongs to the user alone. */
    private static void restrictBinariesDir(Path binariesDir) {
        try {
            if (Posix.supported(binariesDir)) {
                Posix.createOwnerOnlyDirectory(binariesDir);
            }
        } catch (IOException e) {
            LOG.warn("Could not make {} owner-only", binariesDir, e);
        }
    }
}
