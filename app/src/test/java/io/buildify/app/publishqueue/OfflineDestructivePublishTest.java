package io.buildify.app.publishqueue;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.entitywizard.DestructiveChange;
import io.buildify.app.entitywizard.EntityDocument;
import io.buildify.app.entitywizard.PublishViewModel;
import io.buildify.app.project.ProjectSession;
import io.buildify.app.project.TestProjects;
import io.buildify.app.server.EmbeddedTestServer;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.settings.ConnectionSettings;
import io.buildify.app.util.TaskRunner;
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

import static io.buildify.app.publishqueue.QueueServerTest.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A destructive publish made offline is confirmed when it is queued (the planner's offline preview from the last
 * published snapshot shows the destructive step), so the queued request carries confirm_destructive and the server
 * applies it when it is back instead of answering with a question. Real H2, real server on loopback.
 */
class OfflineDestructivePublishTest {
    private static final Backoff FAST = new Backoff(Duration.ofMillis(50), Duration.ofMillis(300));

    @TempDir
    Path dir;

    @Test
    void confirmedAtQueueTimeTheQueuedRemovalIsPublishedWhenTheServerIsBack() throws Exception {
        ServerConnection live = EmbeddedTestServer.connection();
        String name = "offline_drop_" + UUID.randomUUID().toString().substring(0, 8);
        EntityDefinition v1 = EntityDefinition.of(name).withFieldAdded(FieldDefinition.of("title", FieldType.STRING))
                .withFieldAdded(FieldDefinition.of("notes", FieldType.STRING));
        live.client().orElseThrow().publish(new PublishRequest(v1, 0, "v1", UUID.randomUUID().toString(), "tester"));
        EntityDefinition v2 = v1.withFieldRemoved(v1.fields().get(1).id());

        try (DraftStore store = TestProjects.openStore(dir);
             ServerConnection connection = new ServerConnection(TaskRunner.direct());
             OfflinePublishing publishing = new OfflinePublishing(store, connection, FAST, Runnable::run)) {
            ProjectSession project = TestProjects.session(store);
            project.save(v1);
            project.markPublished(v1.id(), 1, v1);
            project.save(v2);
            connection.connect(closedPort());
            publishing.start();
            PublishViewModel publisher = new PublishViewModel(new EntityDocument(project, v2), project, connection,
                    TaskRunner.direct());

            publisher.publish();
            assertThat(publisher.pendingConfirmationProperty().get()).as("asked before queueing")
                    .extracting(DestructiveChange::sentence).singleElement().asString().contains("notes");
            assertThat(publishing.queue().list()).isEmpty();

            publisher.cancelConfirmation();
            assertThat(publishing.queue().list()).as("declined: nothing queued").isEmpty();

            publisher.publish();
            publisher.confirmDestructive();
            assertThat(publisher.outcomeProperty().get().headline()).startsWith("Queued:");
            assertThat(publishing.queue().list()).singleElement()
                    .satisfies(item -> assertThat(item.toEntityRequest().confirmDestructive()).isTrue());

            connection.use(new ConnectionSettings(Optional.of(URI.create(live.client().orElseThrow().baseUrl())), ""),
                    null);
            awaitTrue(() -> publishing.queue().pendingCount() == 0, "the queue drained");

            assertThat(publishing.queue().list()).singleElement().satisfies(item -> {
                assertThat(item.state()).as(item.message()).isEqualTo(PublishState.PUBLISHED);
                assertThat(item.publishedVersion()).isEqualTo(2);
            });
            assertThat(live.client().orElseThrow().getEntity(name).orElseThrow().definition()).isEqualTo(v2);
        }
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
