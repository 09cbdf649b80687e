package io.buildify.app.entitywizard;

import io.buildify.app.server.ServerConnection;
import io.buildify.core.api.PublishRequest;

import java.util.Objects;

/** Where a publish request goes: to the server when it is ready, else (SPEC §3) to the app's publish queue. */
final class PublishDelivery {
    private final ServerConnection server;

    PublishDelivery(ServerConnection server) {
        this.server = Objects.requireNonNull(server, "server");
    }

    /** Offline with a publish queue: a request is queued and sent when the server answers. */
    boolean queues() {
        return offline() && server.offlinePublishes().isPresent();
    }

    /** Offline and nowhere to queue: publishing has to wait. */
    boolean unavailable() {
        return offline() && server.offlinePublishes().isEmpty();
    }

    /** Queues {@code request} (its request id is the server's idempotency key); returns the receipt sentence. */
    String enqueue(String entityId, PublishRequest request) {
        return server.offlinePublishes().orElseThrow().enqueue(entityId, request);
    }

    private boolean offline() {
        return server.client().isEmpty() || !server.isReady();
    }
}
