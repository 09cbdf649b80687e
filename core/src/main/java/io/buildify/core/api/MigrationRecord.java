package io.buildify.core.api;

import io.buildify.core.migration.MigrationStep;
import io.buildify.core.migration.MigrationType;

import java.time.Instant;
import java.util.List;

/**
 * A row of an entity's migration history (SPEC §4). {@code rollsBack} is the id of the migration a rollback
 * undid; null for every other migration.
 */
public record MigrationRecord(
        long id,
        String entityName,
        String migrationName,
        MigrationType migrationType,
        int fromVersion,
        int toVersion,
        String upSql,
        String downSql,
        MigrationStatus status,
        Instant executedAt,
        Long executionTimeMs,
        String errorMessage,
        List<MigrationStep> changes,
        String commitMessage,
        String author,
        Long rollsBack) {
}
