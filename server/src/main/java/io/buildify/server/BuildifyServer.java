package io.buildify.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.buildify.server.catalog.CatalogQueries;
import io.buildify.server.catalog.CatalogSchema;
import io.buildify.server.catalog.MigrationHistory;
import io.buildify.server.db.EmbeddedDatabase;
import io.buildify.server.http.AuditController;
import io.buildify.server.http.EntityController;
import io.buildify.server.http.HealthController;
import io.buildify.server.http.HttpApi;
import io.buildify.server.http.MigrationController;
import io.buildify.server.http.PublishController;
import io.buildify.server.http.RollbackController;
import io.buildify.server.http.WorkflowController;
import io.buildify.server.publish.ArchiveService;
import io.buildify.server.publish.PublishContext;
import io.buildify.server.publish.PublishService;
import io.buildify.server.publish.RollbackService;
import io.buildify.server.publish.UnfinishedMigrations;
import io.buildify.server.publish.WorkflowPublishService;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * The Buildify server: HTTP API, catalog and migration executor over one PostgreSQL.
 * <p>
 * Life cycle: {@link #start(ServerConfig)} starts the embedded PostgreSQL (if configured), opens the connection
 * pool, brings the catalog schema up to date with Flyway and starts HTTP; {@link #close()} undoes all of it in
 * reverse order. Runs in-process inside the desktop app or alone through {@link ServerMain}.
 */
public final class BuildifyServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BuildifyServer.class);
    private static final Duration PUBLISH_LOCK_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedDatabase embedded;
    private final HikariDataSource dataSource;
    private final Javalin http;
    private final String host;

    private BuildifyServer(EmbeddedDatabase embedded, HikariDataSource dataSource, Javalin http, String host) {
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.http = http;
        this.host = host;
    }

    /** Starts everything, or nothing: on failure whatever was started is stopped again before the throw. */
    public static BuildifyServer start(ServerConfig config) throws IOException {
        Objects.requireNonNull(config, "config");
        EmbeddedDatabase embedded = null;
        HikariDataSource dataSource = null;
        try {
            if (config.isEmbedded()) {
                embedded = EmbeddedDatabase.start(config.dataDir(), config.binariesDir());
                dataSource = pool(embedded.jdbcUrl(), embedded.user(), embedded.password());
            } else {
                dataSource = pool(config.jdbcUrl(), config.user(), config.password());
            }
            CatalogSchema.migrate(dataSource);
            markUnfinishedMigrationsFailed(dataSource);
            if (!isLoopback(config.host())) {
                LOG.warn("Listening on {}, beyond loopback: the API has no token authentication yet, so anyone who"
                        + " can reach this address can publish", config.host());
            }
            Javalin http = routes(dataSource).start(config.host(), config.port());
            BuildifyServer server = new BuildifyServer(embedded, dataSource, http, config.host());
            LOG.info("Buildify server {} listening on {}", version(), server.baseUri());
            return server;
        } catch (IOException | RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    public int port() {
        return http.port();
    }

    /** E.g. {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        String literal = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + literal + ":" + port());
    }

    /** The target PostgreSQL (the pool of the server), e.g. for tests that inspect information_schema. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Stops HTTP, closes the pool and stops the embedded PostgreSQL if this server started one. */
    @Override
    public void close() {
        try {
            http.stop();
        } finally {
            try {
                dataSource.close();
            } finally {
                if (embedded != null) {
                    embedded.close();
                }
            }
        }
        LOG.info("Buildify server stopped");
    }

    /** The release, from the build (e.g. {@code 0.1.0-SNAPSHOT}). */
    public static String version() {
        try (InputStream in = BuildifyServer.class.getResourceAsStream("/buildify-server.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Javalin routes(DataSource dataSource) {
        PublishContext publish = PublishContext.of(dataSource, PUBLISH_LOCK_TIMEOUT);
        CatalogQueries queries = new CatalogQueries(dataSource, publish.catalog(), publish.history(), publish.audit(),
                publish.workflows());
        return HttpApi.create(new HealthController(dataSource, version()), new EntityController(queries),
                new PublishController(new PublishService(publish), new ArchiveService(publish)),
                new MigrationController(queries), new RollbackController(new RollbackService(publish)),
                new AuditController(queries), new WorkflowController(queries, new WorkflowPublishService(publish)));
    }

    private static void markUnfinishedMigrationsFailed(DataSource dataSource) {
        try {
            UnfinishedMigrations.markFailed(dataSource, new MigrationHistory());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not check the migration history for unfinished migrations: "
                    + e.getMessage(), e);
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static HikariDataSource pool(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("buildify");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(2); // a publish uses two at once: its transaction and its running history row
        config.setConnectionTimeout(10_000);
        config.setExceptionOverrideClassName(PostgresErrorOverride.class.getName());
        config.addDataSourceProperty("ApplicationName", "buildify-server");
        return new HikariDataSource(config);
    }
}
