package io.buildify.app.publishqueue;

import io.buildify.app.drafts.DraftStore;
import io.buildify.app.server.ServerConnection;
import io.buildify.app.util.TaskRunner;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;

import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Run in a separate JVM by {@link PublishQueueSigkillTest}, like the app's publish path while the server is down:
 * the app's real draft store, connection and publish queue (as {@code AppContext} wires them); saves an entity,
 * publishes it through {@link ServerConnection#offlinePublishes()} (what the Publish button does when the server is
 * unreachable), prints {@code QUEUED <entity id> <request id>} and keeps retrying until it is killed. It never
 * closes anything. Arguments: the database file, the (unreachable) server URL, the entity name.
 */
public final class QueueingAppProcess {
    static final String QUEUED = "QUEUED";

    private QueueingAppProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        DraftStore store = DraftStore.open(Path.of(args[0]), "queueing-app");
        ServerConnection connection = new ServerConnection(TaskRunner.direct());
        connection.connect(URI.create(args[1]));
        OfflinePublishing publishing = new OfflinePublishing(store, connection, Backoff.DEFAULT, Runnable::run);
        publishing.start();
        EntityDefinition entity = EntityDefinition.of(args[2])
                .withFieldAdded(FieldDefinition.of("title", FieldType.STRING));
        store.entities().save(entity);
        String requestId = UUID.randomUUID().toString();
        connection.offlinePublishes().orElseThrow().enqueue(entity.id(),
                new PublishRequest(entity, 0, "made on a train", requestId, "queueing-app"));
        System.out.println(QUEUED + " " + entity.id() + " " + requestId);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE); // SIGKILL comes while the sender backs off against the dead port
    }
}
