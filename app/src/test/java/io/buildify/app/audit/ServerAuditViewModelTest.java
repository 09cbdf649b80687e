package io.buildify.app.audit;

import io.buildify.app.server.EmbeddedTestServer;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.core.api.AuditEntry;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The server's audit log in the app: real server on loopback when online, one clear sentence when offline. */
class ServerAuditViewModelTest {

    @Test
    void offlineSaysSoAndLoadsNothing() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ServerConnection down = new ServerConnection(TaskRunner.direct())) {
            down.connect(URI.create("http://127.0.0.1:" + closedPort));
            ServerAuditViewModel audit = new ServerAuditViewModel(down, TaskRunner.direct());

            audit.refresh();

            assertThat(audit.offlineProperty().get()).isTrue();
            assertThat(audit.entries()).isEmpty();
            assertThat(audit.messageProperty().get()).startsWith("Offline: the server's audit log is shown when")
                    .contains(String.valueOf(closedPort));
        }
    }

    @Test
    void onlineListsThePublishesOfTheChosenDefinitionOnly() {
        ServerConnection server = EmbeddedTestServer.connection();
        String name = "audited_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        EntityDefinition entity = EntityDefinition.of(name).withFieldAdded(FieldDefinition.of("title", FieldType.STRING));
        server.client().orElseThrow().publish(new PublishRequest(entity, 0, "first", UUID.randomUUID().toString(),
                "Ada"));
        ServerAuditViewModel audit = new ServerAuditViewModel(server, TaskRunner.direct());

        audit.filterProperty().set(new DefinitionRef(entity.id(), DefinitionRef.Kind.ENTITY, name));

        assertThat(audit.offlineProperty().get()).isFalse();
        assertThat(audit.entries()).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.objectName()).isEqualTo(name);
            assertThat(entry.objectType()).isEqualTo("entity");
            assertThat(entry.actor()).isEqualTo("Ada");
        });
        assertThat(audit.entries()).extracting(AuditEntry::action).contains("publish");
        assertThat(audit.messageProperty().get()).matches("\\d+ server audit entr(y|ies) for " + name
                + " \\(entity\\), newest first\\.");

        audit.filterProperty().set(null);
        assertThat(audit.entries()).extracting(AuditEntry::objectName).contains(name);
    }
}
