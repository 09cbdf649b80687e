package io.buildify.core.api;

import io.buildify.core.model.WorkflowDefinition;

/**
 * Body of {@code POST /api/v1/workflows/{name}/publish}. {@code baseVersion} is the published version the draft
 * started from (0 for a new workflow); a stale base is refused with 409 and both versions. {@code requestId} is the
 * idempotency key: a publish repeated with the same key gets the first answer back and adds no version.
 */
public record WorkflowPublishRequest(
        WorkflowDefinition workflow,
        int baseVersion,
        String commitMessage,
        String requestId,
        String author) {
}
