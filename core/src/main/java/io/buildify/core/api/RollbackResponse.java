package io.buildify.core.api;

/**
 * Answer of a rollback: the entity's new version (its definition is the one from before the rolled-back
 * migration, published again under a new number), the migration that ran the down script, and the original
 * migration, now {@code rolled_back}.
 */
public record RollbackResponse(String entityName, int version, MigrationRecord migration,
                               MigrationRecord rolledBack) {
}
