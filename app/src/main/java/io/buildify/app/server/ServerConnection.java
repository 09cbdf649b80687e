package io.buildify.app.server;

import io.buildify.app.util.TaskRunner;
import io.buildify.client.BuildifyClient;
import io.buildify.client.BuildifyClientException;
import io.buildify.core.api.HealthResponse;
import io.buildify.server.BuildifyServer;
import io.buildify.server.ServerConfig;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The app's link to a Buildify server: either one started in this process on the embedded PostgreSQL, or a remote
 * one given by URL. Starting runs in the background through a {@link TaskRunner}; {@link #stateProperty()} and
 * {@link #messageProperty()} tell the status bar how it went. Drafting never waits for this: only publishing needs
 * {@link #client()}.
 *
 * <p>Life cycle: one of {@link #startEmbedded} / {@link #connect} once, then {@link #close()} on exit. Closing while
 * the start is still running stops the server as soon as the start returns.
 */
public final class ServerConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerConnection.class);

    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<ServerState> state =
            new ReadOnlyObjectWrapper<>(this, "state", ServerState.STOPPED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Server not started");
    private final Object lock = new Object();
    private BuildifyServer server;
    private BuildifyClient client;
    private boolean closed;
    private volatile OfflinePublishes offlinePublishes;

    public ServerConnection(TaskRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Starts the in-process server on an embedded PostgreSQL kept in {@code postgresDir}, on a free port. */
    public void startEmbedded(Path postgresDir) {
        Objects.requireNonNull(postgresDir, "postgresDir");
        begin("Starting server…");
        runner.run("start embedded server", () -> {
            BuildifyServer started = BuildifyServer.start(ServerConfig.embedded(postgresDir).withPort(0));
            BuildifyClient newClient = BuildifyClient.builder().baseUrl(started.baseUri()).build();
            synchronized (lock) {
                server = started;
                client = newClient;
                if (closed) {
                    closeQuietly();
                    throw new IllegalStateException("closed while starting");
                }
            }
            return newClient.health();
        }, this::ready, error -> failed("Server failed to start", error));
    }

    /** Uses a server that runs elsewhere; checks it with a health call. */
    public void connect(URI baseUrl) {
        connect(baseUrl, "");
    }

    /** Uses a server that runs elsewhere with a bearer token (blank for none); checks it with a health call. */
    public void connect(URI baseUrl, String token) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        begin("Connecting to " + baseUrl + "…");
        BuildifyClient.Builder builder = BuildifyClient.builder().baseUrl(baseUrl);
        if (token != null && !token.isBlank()) {
            builder.bearerToken(token.strip());
        }
        BuildifyClient newClient = builder.build();
        synchronized (lock) {
            client = newClient;
        }
        runner.run("connect to " + baseUrl, newClient::health, this::ready,
                error -> failed("Server at " + baseUrl + " is not available", error));
    }

    /** The SDK client once a server is known (it may still be starting or unreachable: check the state). */
    public Optional<BuildifyClient> client() {
        synchronized (lock) {
            return Optional.ofNullable(client);
        }
    }

    /** The target PostgreSQL of the in-process server; empty for a remote server or before the start finished. */
    public Optional<DataSource> dataSource() {
        synchronized (lock) {
            return Optional.ofNullable(server).map(BuildifyServer::dataSource);
        }
    }

    /** Where publishes go while the server is unreachable; empty when the app has no publish queue (tests). */
    public Optional<OfflinePublishes> offlinePublishes() {
        return Optional.ofNullable(offlinePublishes);
    }

    /** Sets (or with null removes) the publish queue that takes publishes while the server is unreachable. */
    public void setOfflinePublishes(OfflinePublishes queue) {
        this.offlinePublishes = queue;
    }

    /**
     * Checks again, with a health call, a server that failed or was unreachable (e.g. the publish queue reached it
     * again). Does nothing while starting, when closed, or before any server is known.
     */
    public void recheck() {
        Optional<BuildifyClient> current = client();
        ServerState now = state.get();
        if (current.isEmpty() || closed || now == ServerState.STARTING || now == ServerState.STOPPED) {
            return;
        }
        runner.run("check " + current.get().baseUrl(), current.get()::health, this::ready,
                error -> failed("Server at " + current.get().baseUrl() + " is not available", error));
    }

    public boolean isReady() {
        return state.get() == ServerState.READY;
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            closeQuietly();
        }
        state.set(ServerState.STOPPED);
        message.set("Server stopped");
    }

    private void begin(String text) {
        state.set(ServerState.STARTING);
        message.set(text);
    }

    private void ready(HealthResponse health) {
        String database = health.database() == null || health.database().isBlank() ? "" : " (" + health.database() + ")";
        // Message before state: listeners of the state read the message.
        message.set("Server ready" + database);
        state.set(ServerState.READY);
        LOG.info("Server ready at {}{}", client().map(BuildifyClient::baseUrl).orElse("?"), database);
    }

    private void failed(String what, Throwable error) {
        if (closed) {
            return;
        }
        // One line is enough for an expected failure (no server there); the stack trace only at debug level.
        // The SDK's messages already name the server ("Server at … is unreachable: Connection refused").
        String text = error instanceof BuildifyClientException ? error.getMessage() : what + ": " + describe(error);
        LOG.warn("{}", text);
        LOG.debug("{}", what, error);
        message.set(text);
        state.set(ServerState.FAILED);
    }

    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private void closeQuietly() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (server != null) {
            try {
                server.close();
            } catch (RuntimeException e) {
                LOG.warn("Stopping the server failed", e);
            }
            server = null;
        }
    }

    public ReadOnlyObjectProperty<ServerState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** One line for the status bar: "Starting server…", "Server ready (PostgreSQL 17.…)", or the error. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
