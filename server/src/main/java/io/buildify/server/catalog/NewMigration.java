package io.buildify.server.catalog;

import io.buildify.core.api.MigrationStatus;
import io.buildify.core.migration.MigrationPlan;
import io.buildify.core.migration.MigrationStep;
import io.buildify.core.migration.MigrationType;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A history row about to be written; {@link MigrationHistory#insert} adds its id and time. */
public record NewMigration(
        String entityName,
        String migrationName,
        MigrationType migrationType,
        int fromVersion,
        int toVersion,
        String upSql,
        String downSql,
        MigrationStatus status,
        Long executionTimeMs,
        String errorMessage,
        List<MigrationStep> changes,
        String commitMessage,
        String author,
        String requestId,
        Long rollsBack) {

    public NewMigration {
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(migrationType, "migrationType");
        Objects.requireNonNull(status, "status");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** The row of a rollback: named {@code rollback_<entity>_v<to>}, pointing at the migration it undoes. */
    public NewMigration asRollbackOf(long migrationId) {
        return new NewMigration(entityName, "rollback_" + entityName + "_v" + toVersion, migrationType, fromVersion,
                toVersion, upSql, downSql, status, executionTimeMs, errorMessage, changes, commitMessage, author,
                requestId, migrationId);
    }

    /** The same row in another state (e.g. {@code running} before its steps run). */
    public NewMigration withStatus(MigrationStatus value) {
        return new NewMigration(entityName, migrationName, migrationType, fromVersion, toVersion, upSql, downSql,
                value, executionTimeMs, errorMessage, changes, commitMessage, author, requestId, rollsBack);
    }

    /** The row describing an attempt to apply {@code plan}, with the given outcome. */
    public static NewMigration of(MigrationPlan plan, MigrationStatus status, long executionTimeMs,
                                  String errorMessage, String commitMessage, String author, String requestId) {
        int from = plan.fromVersion() == null ? 0 : plan.fromVersion().number();
        int to = plan.toVersion() == null ? from + 1 : plan.toVersion().number();
        String name = plan.type().code() + "_" + plan.entityName() + "_v" + to;
        return new NewMigration(plan.entityName(), name.toLowerCase(Locale.ROOT), plan.type(), from, to,
                plan.upSql(), plan.downSql(), status, executionTimeMs, errorMessage, plan.steps(), commitMessage,
                author, requestId, null);
    }
}
