package io.buildify.app.server;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.project.TestProjects;
import io.buildify.app.publishqueue.Backoff;
import io.buildify.app.publishqueue.OfflinePublishing;
import io.buildify.app.publishqueue.PublishState;
import io.buildify.app.settings.ConnectionSettings;
import io.buildify.app.util.TaskRunner;
import io.buildify.client.BuildifyClient;
import io.buildify.client.BuildifyClientException;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Settings ▸ Save switches the connection live (no restart): remote ↔ remote, embedded ↔ remote, with the publish
 * queue following the new client. Real servers on loopback, real H2.
 */
class ServerConnectionSwitchTest {
    private static final Backoff FAST = new Backoff(Duration.ofMillis(50), Duration.ofMillis(300));

    @TempDir
    Path dir;

    @Test
    void aPublishQueuedAgainstAnUnreachableServerIsSentOnceTheSettingsPointToAWorkingOne() throws Exception {
        URI live = URI.create(EmbeddedTestServer.connection().client().orElseThrow().baseUrl());
        EntityDefinition ticket = EntityDefinition.of("switch_" + UUID.randomUUID().toString().substring(0, 8)
                .replace('-', '_')).withFieldAdded(FieldDefinition.of("title", FieldType.STRING));
        try (DraftStore store = TestProjects.openStore(dir);
             ServerConnection connection = new ServerConnection(TaskRunner.direct())) {
            store.entities().save(ticket);
            connection.use(remote(closedPort()), null);
            assertThat(connection.stateProperty().get()).isEqualTo(ServerState.FAILED);
            try (OfflinePublishing publishing = new OfflinePublishing(store, connection, FAST, Runnable::run)) {
                publishing.start();
                publishing.enqueue(ticket.id(), new PublishRequest(ticket, 0, "offline", UUID.randomUUID().toString(),
                        "tester"));
                assertThat(publishing.viewModel().indicatorProperty().get()).isEqualTo("Offline · 1 pending");

                assertThat(connection.use(remote(live), null)).isTrue();

                assertThat(connection.stateProperty().get()).isEqualTo(ServerState.READY);
                assertThat(connection.client().orElseThrow().baseUrl()).isEqualTo(live.toString());
                awaitTrue(() -> publishing.queue().pendingCount() == 0);
                assertThat(publishing.queue().list()).singleElement()
                        .satisfies(item -> assertThat(item.state()).isEqualTo(PublishState.PUBLISHED));
                assertThat(store.entities().find(ticket.id()).orElseThrow().baseVersion()).isEqualTo(1);
                awaitTrue(() -> publishing.viewModel().indicatorProperty().get().equals("Online"));
                assertThat(connection.use(remote(live), null)).as("the same server again: nothing to do").isFalse();
            }
        }
    }

    @Test
    void switchingFromTheEmbeddedServerToARemoteOneStopsItAndBackStartsItAgain() {
        URI live = URI.create(EmbeddedTestServer.connection().client().orElseThrow().baseUrl());
        Path postgres = dir.resolve("postgres");
        try (ServerConnection connection = new ServerConnection(TaskRunner.direct())) {
            connection.startEmbedded(postgres);
            assertThat(connection.stateProperty().get()).isEqualTo(ServerState.READY);
            String embeddedUrl = connection.client().orElseThrow().baseUrl();
            assertThat(connection.dataSource()).isPresent();

            connection.use(remote(live), postgres);

            assertThat(connection.stateProperty().get()).isEqualTo(ServerState.READY);
            assertThat(connection.dataSource()).as("no in-process server any more").isEmpty();
            assertThat(connection.settings()).contains(remote(live));
            try (BuildifyClient old = BuildifyClient.builder().baseUrl(URI.create(embeddedUrl)).build()) {
                assertThatThrownBy(old::health).as("the embedded server was stopped")
                        .isInstanceOf(BuildifyClientException.class);
            }

            connection.use(ConnectionSettings.EMBEDDED, postgres);

            assertThat(connection.stateProperty().get()).isEqualTo(ServerState.READY);
            assertThat(connection.dataSource()).isPresent();
            assertThat(connection.client().orElseThrow().health().status()).isNotBlank();
        }
    }

    private static ConnectionSettings remote(URI url) {
        return new ConnectionSettings(Optional.of(url), "");
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for the queue to drain");
            }
            Thread.sleep(20);
        }
    }
}
