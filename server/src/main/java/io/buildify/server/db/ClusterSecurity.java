package io.buildify.server.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns zonky's throwaway cluster (initdb {@code -A trust}) into one fit for a desktop: runs after initdb and before
 * every start (zonky's data-directory customizer).
 * <ol>
 *   <li>Once: sets the superuser's SCRAM password in single-user mode, so the server never runs with trust, not even
 *       for the first second; then leaves a marker file.</li>
 *   <li>Every start: rewrites {@code pg_hba.conf} (SCRAM over 127.0.0.1 only) and {@code buildify.conf} (no Unix
 *       socket, loopback only, durable commits), so hand edits or an older release cannot weaken them.</li>
 * </ol>
 */
final class ClusterSecurity implements Consumer<java.io.File> {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterSecurity.class);
    static final String MARKER = "buildify-secured";
    static final String CONF_FILE = "buildify.conf";
    private static final String INCLUDE_LINE = "include_if_exists = '" + CONF_FILE + "'";

    static final String PG_HBA = """
            # Written by Buildify Designer at every start; edits are overwritten.
            # Password (SCRAM-SHA-256) logins over loopback TCP only. No trust, no Unix socket, no other host.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            """;

    static final String BUILDIFY_CONF = """
            # Written by Buildify Designer at every start; edits are overwritten.
            listen_addresses = '127.0.0.1'
            unix_socket_directories = ''
            password_encryption = 'scram-sha-256'
            fsync = on
            synchronous_commit = on
            full_page_writes = on
            """;

    private final Path binariesDir;
    private final String password;

    ClusterSecurity(Path binariesDir, String password) {
        this.binariesDir = binariesDir;
        this.password = password;
    }

    @Override
    public void accept(java.io.File dataDirectory) {
        Path cluster = dataDirectory.toPath();
        try {
            if (!Files.exists(cluster.resolve(MARKER))) {
                setSuperuserPassword(cluster);
                Files.writeString(cluster.resolve(MARKER), "superuser password set\n");
            }
            Files.writeString(cluster.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
            Files.writeString(cluster.resolve(CONF_FILE), BUILDIFY_CONF, StandardCharsets.UTF_8);
            includeOurConf(cluster.resolve("postgresql.conf"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not secure the PostgreSQL cluster in " + cluster, e);
        }
    }

    private void setSuperuserPassword(Path cluster) throws IOException {
        LOG.info("Setting the password of the embedded PostgreSQL superuser (first start of {})", cluster);
        PostgresBinaries binaries = PostgresBinaries.forCluster(binariesDir, cluster);
        // Single-user mode reads statements from stdin, so the password never reaches a command line; a failing
        // statement ends the process with a non-zero exit code because of exit_on_error.
        binaries.run(List.of("postgres", "--single", "-D", cluster.toString(), "-c", "exit_on_error=on",
                        "-c", "password_encryption=scram-sha-256", EmbeddedDatabase.SUPERUSER),
                "ALTER ROLE " + EmbeddedDatabase.SUPERUSER + " WITH PASSWORD '" + password + "';\n", 60);
    }

    private static void includeOurConf(Path postgresqlConf) throws IOException {
        String conf = Files.readString(postgresqlConf, StandardCharsets.UTF_8);
        if (!conf.contains(INCLUDE_LINE)) {
            // Appended last, so our settings win over initdb's defaults above.
            Files.writeString(postgresqlConf, conf + "\n" + INCLUDE_LINE + "\n", StandardCharsets.UTF_8);
        }
    }
}
