package io.buildify.core.api;

/**
 * Body of {@code POST /api/v1/data-model/migrations/{id}/rollback} (optional: an empty body is a rollback by
 * nobody, with a generated message, that confirms nothing). A rollback whose down script drops data (a column
 * added by the migration, for example) needs {@code confirmDestructive}.
 */
public record RollbackRequest(String author, String commitMessage, Boolean confirmDestructive) {
    /** A boxed flag so that a body without it reads as false (the codec refuses missing primitives). */
    public RollbackRequest {
        confirmDestructive = Boolean.TRUE.equals(confirmDestructive);
    }
}
