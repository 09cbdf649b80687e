package io.buildify.core.api;

import io.buildify.core.model.EntityDefinition;

/**
 * Body of preview and publish. {@code baseVersion} is the published version the draft started from (0 for a new
 * entity); a stale base is refused with 409. {@code requestId} is the idempotency key of a publish.
 * {@code confirmDestructive} says the designer has seen and accepted the destructive steps (archiving or dropping
 * a column or table, narrowing a type); without it a publish that has such steps is refused with 422
 * {@code confirmation_required}. Absent in JSON means false.
 */
public record PublishRequest(
        EntityDefinition definition,
        int baseVersion,
        String commitMessage,
        String requestId,
        String author,
        Boolean confirmDestructive) {

    /** A boxed flag so that a body without it reads as false (the codec refuses missing primitives). */
    public PublishRequest {
        confirmDestructive = Boolean.TRUE.equals(confirmDestructive);
    }

    /** A request that confirms nothing destructive (what callers before confirmations existed sent). */
    public PublishRequest(EntityDefinition definition, int baseVersion, String commitMessage, String requestId,
                          String author) {
        this(definition, baseVersion, commitMessage, requestId, author, false);
    }

    public PublishRequest withConfirmDestructive(boolean value) {
        return new PublishRequest(definition, baseVersion, commitMessage, requestId, author, value);
    }
}
