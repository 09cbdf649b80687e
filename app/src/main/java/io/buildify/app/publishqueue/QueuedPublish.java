package io.buildify.app.publishqueue;

import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.WorkflowPublishRequest;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.WorkflowDefinition;

import java.time.Instant;
import java.util.Objects;

/**
 * One publish in the queue: the request as the user made it (an entity or a workflow definition, base version,
 * commit message, request id) and how far it got.
 *
 * @param seq              queue order (entity and workflow publishes share it)
 * @param definitionId     the id of the entity or workflow
 * @param entity           the entity definition; null for a workflow publish
 * @param workflow         the workflow definition; null for an entity publish
 * @param publishedVersion the version the server assigned, or null until {@link PublishState#PUBLISHED}
 * @param message          the last error or the success line; empty if none
 */
public record QueuedPublish(long seq, String requestId, PublishKind kind, String definitionId,
                            EntityDefinition entity, WorkflowDefinition workflow, int baseVersion,
                            String commitMessage, String author, boolean confirmDestructive, Instant createdAt,
                            PublishState state, int attempts, String message, Integer publishedVersion) {

    public QueuedPublish {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(definitionId, "definitionId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(state, "state");
        if ((kind == PublishKind.ENTITY) != (entity != null) || (kind == PublishKind.WORKFLOW) != (workflow != null)) {
            throw new IllegalArgumentException("a queued " + kind.code() + " publish carries exactly one "
                    + kind.code() + " definition");
        }
        message = message == null ? "" : message;
    }

    /** The name of the entity or workflow. */
    public String name() {
        return kind == PublishKind.ENTITY ? entity.name() : workflow.name();
    }

    /** The entity request to send; the same request id every time, so the server applies it at most once. */
    public PublishRequest toEntityRequest() {
        requireKind(PublishKind.ENTITY);
        return new PublishRequest(entity, baseVersion, commitMessage, requestId, author, confirmDestructive);
    }

    /** The workflow request to send, under the same request id every time. */
    public WorkflowPublishRequest toWorkflowRequest() {
        requireKind(PublishKind.WORKFLOW);
        return new WorkflowPublishRequest(workflow, baseVersion, commitMessage, requestId, author);
    }

    private void requireKind(PublishKind wanted) {
        if (kind != wanted) {
            throw new IllegalStateException("queued publish " + seq + " publishes a " + kind.code() + ", not a "
                    + wanted.code());
        }
    }
}
