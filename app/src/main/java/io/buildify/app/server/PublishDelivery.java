package io.buildify.app.server;

import io.buildify.client.ServerUnreachableException;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.WorkflowPublishRequest;

import java.util.Objects;

/**
 * Where a publish request goes: to the server when it is ready, else (SPEC §3) to the app's publish queue. The
 * entity wizard and the workflow designer both ask it, so they queue the same way.
 */
public final class PublishDelivery {
    private final ServerConnection server;

    public PublishDelivery(ServerConnection server) {
        this.server = Objects.requireNonNull(server, "server");
    }

    /** Offline with a publish queue: a request is queued and sent when the server answers. */
    public boolean queues() {
        return offline() && server.offlinePublishes().isPresent();
    }

    /** Offline and nowhere to queue: publishing has to wait. */
    public boolean unavailable() {
        return offline() && server.offlinePublishes().isEmpty();
    }

    /** A send that found the server gone ({@code error}) is queued instead, when there is a queue. */
    public boolean queuesAfter(Throwable error) {
        return error instanceof ServerUnreachableException && server.offlinePublishes().isPresent();
    }

    /** Queues {@code request} (its request id is the server's idempotency key); returns the receipt sentence. */
    public String enqueue(String entityId, PublishRequest request) {
        return server.offlinePublishes().orElseThrow().enqueue(entityId, request);
    }

    /** Queues the workflow publish {@code request}; returns the receipt sentence. */
    public String enqueueWorkflow(String workflowId, WorkflowPublishRequest request) {
        return server.offlinePublishes().orElseThrow().enqueueWorkflow(workflowId, request);
    }

    private boolean offline() {
        return server.client().isEmpty() || !server.isReady();
    }
}
