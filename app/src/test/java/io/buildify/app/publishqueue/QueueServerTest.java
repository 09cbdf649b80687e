package io.buildify.app.publishqueue;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.server.BuildifyServer;
import io.buildify.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Base of the queue tests against the real server (embedded PostgreSQL on a loopback port chosen per test class)
 * and a real H2 store. A class's first test runs while that port is closed and starts the server half way
 * ({@link #startServer}); its other tests reuse it; it is stopped after the class.
 */
abstract class QueueServerTest {
    static final Backoff FAST = new Backoff(Duration.ofMillis(50), Duration.ofMillis(300));
    static int port;

    @TempDir
    static Path serverDir;
    static BuildifyServer server;

    @TempDir
    Path projectDir;

    @BeforeAll
    static void choosePort() {
        port = freePort();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    static ServerConnection connection() {
        ServerConnection connection = new ServerConnection(TaskRunner.direct());
        connection.connect(URI.create("http://127.0.0.1:" + port));
        return connection;
    }

    /** What a test does with the app's publishing while it talks to the test server. */
    interface PublishingWork {
        void run(OfflinePublishing publishing) throws Exception;
    }

    /** Publishing from {@code store} over a connection to the test server; both closed afterwards. */
    static void withPublishing(DraftStore store, PublishingWork work) throws Exception {
        try (ServerConnection connection = connection();
             OfflinePublishing publishing = new OfflinePublishing(store, connection, FAST, Runnable::run)) {
            work.run(publishing);
        }
    }

    static synchronized void startServer() throws IOException {
        if (server == null) {
            // The binaries are unpacked once under target/ and reused by later runs (unpacking costs ~1.6 s).
            server = BuildifyServer.start(ServerConfig.embedded(serverDir.resolve("postgres")).withPort(port)
                    .withBinariesDir(Path.of("target", "pg-binaries")));
        }
    }

    /** Rows of a server catalog table ({@code buildify_catalog.<table>}) written for this request id. */
    static int rowsForRequest(String table, String requestId) throws SQLException {
        try (Connection connection = server.dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM buildify_catalog." + table + " WHERE request_id = ?")) {
            count.setString(1, requestId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    static EntityDefinition entity(String name) {
        return EntityDefinition.of(name).withFieldAdded(FieldDefinition.of("title", FieldType.STRING));
    }

    static PublishRequest request(EntityDefinition definition, int baseVersion) {
        return new PublishRequest(definition, baseVersion, "offline change", UUID.randomUUID().toString(),
                "tester");
    }

    static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
