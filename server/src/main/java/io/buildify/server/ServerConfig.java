package io.buildify.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start a {@link BuildifyServer}: where it listens and which PostgreSQL it migrates.
 * <p>
 * Either embedded ({@link #embedded(Path)}: a PostgreSQL cluster kept in {@code dataDir}, started and stopped with
 * the server) or external ({@link #external(String, String, String)}: any PostgreSQL given by JDBC URL).
 * Immutable; the {@code with…} methods return copies.
 *
 * @param host         interface to listen on; loopback by default, because beyond loopback the API needs tokens
 * @param port         HTTP port, 0 = any free port
 * @param dataDir      embedded only: holds the cluster ({@code pgdata}), its {@code password} and the binaries
 * @param binariesDir  embedded only: where the PostgreSQL binaries are unpacked (default {@code dataDir/binaries})
 * @param jdbcUrl      external only
 * @param user         external only
 * @param password     external only
 */
public record ServerConfig(String host, int port, Path dataDir, Path binariesDir, String jdbcUrl, String user,
                           String password) {

    public static final String DEFAULT_HOST = "127.0.0.1";

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if ((dataDir == null) == (jdbcUrl == null)) {
            throw new IllegalArgumentException("give either a data directory (embedded) or a JDBC URL (external)");
        }
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the JDBC URL must start with jdbc:postgresql:, was " + jdbcUrl);
        }
        if (dataDir != null) {
            dataDir = dataDir.toAbsolutePath().normalize();
            binariesDir = binariesDir == null ? dataDir.resolve("binaries") : binariesDir.toAbsolutePath().normalize();
        }
    }

    /** An embedded PostgreSQL whose cluster, password and binaries live in {@code dataDir}. */
    public static ServerConfig embedded(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        return new ServerConfig(DEFAULT_HOST, 0, dataDir, null, null, null, null);
    }

    /** An existing PostgreSQL; the server creates its catalog schema there and migrates tables in {@code public}. */
    public static ServerConfig external(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new ServerConfig(DEFAULT_HOST, 0, null, null, jdbcUrl, user, password);
    }

    public boolean isEmbedded() {
        return dataDir != null;
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(host, value, dataDir, binariesDir, jdbcUrl, user, password);
    }

    public ServerConfig withHost(String value) {
        return new ServerConfig(value, port, dataDir, binariesDir, jdbcUrl, user, password);
    }

    /** Shares one unpacked copy of the binaries between several data directories (tests do, to save time). */
    public ServerConfig withBinariesDir(Path value) {
        if (!isEmbedded()) {
            throw new IllegalStateException("binaries only matter for the embedded PostgreSQL");
        }
        return new ServerConfig(host, port, dataDir, value, jdbcUrl, user, password);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port
                + (isEmbedded() ? ", embedded in " + dataDir : ", external " + jdbcUrl + " as " + user) + "]";
    }
}
