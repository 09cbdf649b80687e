package io.buildify.core.api;

import io.buildify.core.model.EntityDefinition;

/**
 * Body of preview and publish. {@code baseVersion} is the published version the draft started from (0 for a new
 * entity); a stale base is refused with 409. {@code requestId} is the idempotency key of a publish.
 */
public record PublishRequest(
        EntityDefinition definition,
        int baseVersion,
        String commitMessage,
        String requestId,
        String author) {
}
