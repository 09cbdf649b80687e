package io.buildify.core.api;

/**
 * Body of {@code POST /api/v1/data-model/entities/{name}/archive}: deleting a published entity archives its table
 * (renamed aside, rows kept). {@code baseVersion} is the version the designer saw (a stale one gets 409);
 * {@code confirmDestructive} must be true (without it: 422 {@code confirmation_required} listing the steps);
 * {@code requestId} makes a retry answer with the first result instead of archiving again.
 */
public record ArchiveRequest(int baseVersion, String commitMessage, String requestId, String author,
                             Boolean confirmDestructive) {
    /** A boxed flag so that a body without it reads as false (the codec refuses missing primitives). */
    public ArchiveRequest {
        confirmDestructive = Boolean.TRUE.equals(confirmDestructive);
    }
}
