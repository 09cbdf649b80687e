package io.buildify.app.server;

import io.buildify.app.settings.ConnectionSettings;
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
 * <p>Life cycle: one of {@link #startEmbedded} / {@link #connect} / {@link #use}, again {@link #use} whenever the
 * settings change (a live switch), then {@link #close()} on exit. Closing or switching while a start is still running
 * stops that server as soon as its start returns.
 */
public final class ServerConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerConnection.class);

    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<ServerState> state =
            new ReadOnlyObjectWrapper<>(this, "state", ServerState.STOPPED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Server not started");
    private final Object lock = new Object();
    private final Object switching = new Object();
    private BuildifyServer server;
    private BuildifyClient client;
    private ConnectionSettings target;
    /** Counts switches; a start or check that finishes for an older one is ignored. */
    private long generation;
    private boolean closed;
    private volatile OfflinePublishes offlinePublishes;

    public ServerConnection(TaskRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Starts the in-process server on an embedded PostgreSQL kept in {@code postgresDir}, on a free port. */
    public void startEmbedded(Path postgresDir) {
        Objects.requireNonNull(postgresDir, "postgresDir");
        use(ConnectionSettings.EMBEDDED, postgresDir);
    }

    /** Uses a server that runs elsewhere; checks it with a health call. */
    public void connect(URI baseUrl) {
        connect(baseUrl, "");
    }

    /** Uses a server that runs elsewhere with a bearer token (blank for none); checks it with a health call. */
    public void connect(URI baseUrl, String token) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        use(new ConnectionSettings(Optional.of(baseUrl), token), null);
    }

    /**
     * Switches to the server {@code settings} name, live (the Settings dialog's Save): the previous client is
     * closed, an in-process server is stopped, and the embedded one is started ({@code postgresDir}) or the remote
     * one checked. Everything that asks {@link #client()} (publish, preview, history, the publish queue) uses the
     * new server from then on. Returns false, doing nothing, when that server is already in use or starting.
     */
    public boolean use(ConnectionSettings settings, Path postgresDir) {
        Objects.requireNonNull(settings, "settings");
        if (settings.remoteUrl().isEmpty()) {
            Objects.requireNonNull(postgresDir, "postgresDir");
        }
        BuildifyServer oldServer;
        BuildifyClient oldClient;
        long mine;
        synchronized (lock) {
            if (closed || settings.equals(target) && state.get() != ServerState.FAILED) {
                return false;
            }
            mine = ++generation;
            oldServer = server;
            oldClient = client;
            server = null;
            client = null;
            target = settings;
            if (settings.remoteUrl().isPresent()) {
                // Known at once, so the publish queue and a publish can try it while the health check runs.
                client = remoteClient(settings);
            }
        }
        String where = settings.remoteUrl().map(url -> "Server at " + url + " is not available")
                .orElse("Server failed to start");
        begin(settings.remoteUrl().map(url -> "Connecting to " + url + "…").orElse("Starting server…"));
        runner.run(settings.remoteUrl().map(url -> "connect to " + url).orElse("start embedded server"), () -> {
            // One switch at a time: the old in-process server releases the PostgreSQL folder before a new one starts.
            synchronized (switching) {
                closeQuietly(oldClient, oldServer);
                return settings.remoteUrl().isPresent() ? checkRemote(mine) : startInProcess(mine, postgresDir);
            }
        }, health -> ready(mine, health), error -> failed(mine, where, error));
        return true;
    }

    private static BuildifyClient remoteClient(ConnectionSettings settings) {
        BuildifyClient.Builder builder = BuildifyClient.builder().baseUrl(settings.remoteUrl().orElseThrow());
        if (!settings.token().isEmpty()) {
            builder.bearerToken(settings.token());
        }
        return builder.build();
    }

    private HealthResponse checkRemote(long mine) {
        BuildifyClient current;
        synchronized (lock) {
            if (mine != generation || client == null) {
                throw new IllegalStateException("replaced by another server");
            }
            current = client;
        }
        return current.health();
    }

    private HealthResponse startInProcess(long mine, Path postgresDir) throws java.io.IOException {
        synchronized (lock) {
            if (closed || mine != generation) {
                throw new IllegalStateException("replaced by another server");
            }
        }
        BuildifyServer started = BuildifyServer.start(ServerConfig.embedded(postgresDir).withPort(0));
        BuildifyClient newClient = BuildifyClient.builder().baseUrl(started.baseUri()).build();
        synchronized (lock) {
            if (closed || mine != generation) {
                closeQuietly(newClient, started);
                throw new IllegalStateException("closed or replaced while starting");
            }
            server = started;
            client = newClient;
        }
        return newClient.health();
    }

    /** The settings in use: the embedded server or a remote URL. */
    public Optional<ConnectionSettings> settings() {
        synchronized (lock) {
            return Optional.ofNullable(target);
        }
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
        long mine;
        synchronized (lock) {
            mine = generation;
        }
        runner.run("check " + current.get().baseUrl(), current.get()::health, health -> ready(mine, health),
                error -> failed(mine, "Server at " + current.get().baseUrl() + " is not available", error));
    }

    public boolean isReady() {
        return state.get() == ServerState.READY;
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            generation++;
            closeQuietly(client, server);
            client = null;
            server = null;
        }
        state.set(ServerState.STOPPED);
        message.set("Server stopped");
    }

    private void begin(String text) {
        state.set(ServerState.STARTING);
        message.set(text);
    }

    private void ready(long mine, HealthResponse health) {
        synchronized (lock) {
            if (mine != generation) {
                return; // an answer for the server used before the last switch
            }
        }
        String database = health.database() == null || health.database().isBlank() ? "" : " (" + health.database() + ")";
        // Message before state: listeners of the state read the message.
        message.set("Server ready" + database);
        state.set(ServerState.READY);
        LOG.info("Server ready at {}{}", client().map(BuildifyClient::baseUrl).orElse("?"), database);
    }

    private void failed(long mine, String what, Throwable error) {
        synchronized (lock) {
            if (closed || mine != generation) {
                return;
            }
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

    private static void closeQuietly(BuildifyClient oldClient, BuildifyServer oldServer) {
        if (oldClient != null) {
            oldClient.close();
        }
        if (oldServer != null) {
            try {
                oldServer.close();
            } catch (RuntimeException e) {
                LOG.warn("Stopping the server failed", e);
            }
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
