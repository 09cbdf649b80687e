package io.buildify.app.publishqueue;

import io.buildify.core.api.PublishRequest;
import io.buildify.core.model.EntityDefinition;

import java.time.Instant;
import java.util.Objects;

/**
 * One publish in the queue: the request as the user made it (definition, base version, commit message, request
 * id) and how far it got.
 *
 * @param seq              queue order
 * @param publishedVersion the version the server assigned, or null until {@link PublishState#PUBLISHED}
 * @param message          the last error or the success line; empty if none
 */
public record QueuedPublish(long seq, String requestId, String entityId, EntityDefinition definition,
                            int baseVersion, String commitMessage, String author, boolean confirmDestructive,
                            Instant createdAt, PublishState state, int attempts, String message,
                            Integer publishedVersion) {

    public QueuedPublish {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(state, "state");
        message = message == null ? "" : message;
    }

    public String entityName() {
        return definition.name();
    }

    /** The request to send; the same request id every time, so the server applies it at most once. */
    public PublishRequest toRequest() {
        return new PublishRequest(definition, baseVersion, commitMessage, requestId, author, confirmDestructive);
    }
}
