package io.buildify.app.publishqueue;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.server.BuildifyServer;
import io.buildify.server.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.buildify.app.publishqueue.QueueServerTest.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §3 / issue 8: an app JVM queues a publish while the server is down and is killed with SIGKILL (no shutdown
 * hook, no close). This JVM reopens the H2 file, the server comes up on the port the app was trying, and the entry
 * drains: published once, the draft records the version, and the server's history holds one migration for the
 * request id.
 */
class PublishQueueSigkillTest {
    private static final long TIMEOUT_SECONDS = 90;
    private static final Backoff FAST = new Backoff(Duration.ofMillis(50), Duration.ofMillis(300));

    @TempDir
    Path dir;

    @Test
    void aPublishQueuedByAKilledAppIsAppliedExactlyOnceWhenTheServerComesUp() throws Exception {
        int port = freePort();
        URI url = URI.create("http://127.0.0.1:" + port);
        Path dbFile = dir.resolve("drafts").resolve("drafts");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), QueueingAppProcess.class.getName(),
                dbFile.toString(), url.toString(), "killed_ticket")
                .redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        String[] queued;
        try {
            queued = CompletableFuture.supplyAsync(() -> readQueuedLine(app, output))
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            app.destroyForcibly(); // SIGKILL
            assertThat(app.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(queued).as("the app printed QUEUED; its output: %s", output).isNotNull();
        assertThat(app.exitValue()).as("killed, not exited on its own").isNotZero();
        String entityId = queued[1];
        String requestId = queued[2];

        try (DraftStore store = DraftStore.open(dbFile, "tester");
             ServerConnection connection = new ServerConnection(TaskRunner.direct());
             OfflinePublishing publishing = new OfflinePublishing(store, connection, FAST, Runnable::run)) {
            assertThat(publishing.queue().list()).singleElement().satisfies(item -> {
                assertThat(item.requestId()).isEqualTo(requestId);
                assertThat(item.state()).isIn(PublishState.QUEUED, PublishState.SENDING);
            });
            assertThat(store.entities().find(entityId)).as("the edit before the kill").isPresent();

            try (BuildifyServer server = BuildifyServer.start(ServerConfig.embedded(dir.resolve("postgres"))
                    .withPort(port).withBinariesDir(Path.of("target", "pg-binaries")))) {
                connection.connect(url);
                publishing.start();
                awaitTrue(() -> publishing.queue().pendingCount() == 0, "the queue drained");

                assertThat(publishing.queue().list()).singleElement().satisfies(item -> {
                    assertThat(item.state()).isEqualTo(PublishState.PUBLISHED);
                    assertThat(item.publishedVersion()).isEqualTo(1);
                });
                assertThat(store.entities().find(entityId).orElseThrow().baseVersion()).isEqualTo(1);
                assertThat(migrationsFor(server, requestId)).as("applied exactly once").isEqualTo(1);

                // A replay of the same request id (an app that died after the server applied it) is answered
                // with the first result and not applied again.
                var replay = connection.client().orElseThrow().publish(publishing.queue().list().get(0).toEntityRequest());
                assertThat(replay.version()).isEqualTo(1);
                assertThat(migrationsFor(server, requestId)).isEqualTo(1);
            }
        }
    }

    private static String[] readQueuedLine(Process app, List<String> output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                if (line.startsWith(QueueingAppProcess.QUEUED + " ")) {
                    return line.split(" ");
                }
            }
            return null;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the app's output", e);
        }
    }

    private static int migrationsFor(BuildifyServer server, String requestId) throws Exception {
        try (Connection connection = server.dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM buildify_catalog.migration_history WHERE request_id = ?")) {
            count.setString(1, requestId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
