package io.buildify.server.publish;

import io.buildify.core.api.MigrationRecord;
import io.buildify.core.api.MigrationStatus;
import io.buildify.core.api.PublishedEntity;
import io.buildify.core.api.RollbackRequest;
import io.buildify.core.api.RollbackResponse;
import io.buildify.core.migration.MigrationPlan;
import io.buildify.core.migration.MigrationType;
import io.buildify.core.migration.RollbackSteps;
import io.buildify.core.model.DefinitionVersion;
import io.buildify.server.ApiException;
import io.buildify.server.catalog.NewMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rolling back a completed migration (SPEC §4): its down script runs as a new, recorded migration, the original
 * becomes {@code rolled_back}, and the entity's definition from before it is published again under the next version
 * number (versions only grow, so a draft based on the undone version is still refused as stale).
 * <p>
 * Runs like a publish: one transaction under the data-model lock, a {@code failed} history row after a refused
 * step. Refused with 409 when later completed migrations of the entity exist (they were built on top of this one;
 * roll them back first), and with 422 {@code confirmation_required} when the down script drops data.
 */
public final class RollbackService {
    private static final Logger LOG = LoggerFactory.getLogger(RollbackService.class);

    private final PublishContext context;

    public RollbackService(PublishContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    public RollbackResponse rollback(long migrationId, RollbackRequest request) throws SQLException {
        RollbackRequest body = request == null ? new RollbackRequest(null, null, false) : request;
        return LockedTransaction.dataModel(context, connection -> {
            MigrationRecord original = rollbackable(connection, migrationId);
            String entity = original.entityName();
            PublishedEntity before = context.catalog().version(connection, entity, original.fromVersion())
                    .orElseThrow(() -> new IllegalStateException("version " + original.fromVersion() + " of '"
                            + entity + "' is missing from the catalog"));
            // The newest version, archived or not: rolling back an archive un-archives the entity.
            DefinitionVersion from = DefinitionVersion.of(context.catalog().lastVersion(connection, entity));
            MigrationPlan plan = new MigrationPlan(entity, MigrationType.ALTER, from, from.next(),
                    RollbackSteps.of(original.changes()));
            Confirmations.require(plan.steps(), body.confirmDestructive(), "rolling back migration #"
                    + migrationId);
            String message = body.commitMessage() != null ? body.commitMessage()
                    : "Roll back migration #" + migrationId + " (" + original.migrationName() + ")";
            NewMigration row = NewMigration.of(plan, MigrationStatus.RUNNING, 0, null, message, body.author(),
                    null).asRollbackOf(migrationId);
            return apply(connection, migrationId, row, plan, before);
        });
    }

    /** Like a publish: a running row first, then the down steps, the rows and the restored definition together. */
    private RollbackResponse apply(Connection connection, long migrationId, NewMigration row, MigrationPlan plan,
                                   PublishedEntity before) throws SQLException {
        int version = plan.toVersion().number();
        RecordedMigration.Applied applied = new RecordedMigration(context, "Rolling back migration #" + migrationId,
                "rollback", Map.of("rolled_back_migration_id", migrationId)).apply(connection, plan, row,
                context.catalog().insert(before.definition(), version, row.author(), false),
                tx -> context.history().markRolledBack(tx, migrationId));
        LOG.info("Rolled back migration #{} of '{}': version {} has the definition of version {}",
                migrationId, row.entityName(), version, before.version());
        MigrationRecord undone = context.history().byId(connection, migrationId).orElseThrow();
        return new RollbackResponse(row.entityName(), version, applied.record(), undone);
    }

    /** The migration, if it is completed, not a CREATE, and the last completed one of its entity. */
    private MigrationRecord rollbackable(Connection connection, long migrationId) throws SQLException {
        MigrationRecord original = context.history().byId(connection, migrationId)
                .orElseThrow(() -> ApiException.notFound("there is no migration #" + migrationId));
        if (original.status() != MigrationStatus.COMPLETED) {
            throw new ApiException(409, "conflict", "migration #" + migrationId + " is " + original.status().code()
                    + "; only a completed migration can be rolled back",
                    Map.of("migration_id", migrationId, "status", original.status().code()));
        }
        if (original.migrationType() == MigrationType.CREATE) {
            throw new ApiException(422, "unsupported", "migration #" + migrationId + " created entity '"
                    + original.entityName() + "'; rolling it back would drop the table and its data, which is not"
                    + " supported", Map.of("migration_id", migrationId));
        }
        List<MigrationRecord> later = context.history().completedAfter(connection, original.entityName(), migrationId);
        if (!later.isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("migration_id", migrationId);
            details.put("later_migrations", later.stream().map(m -> Map.of("id", m.id(), "name",
                    m.migrationName(), "to_version", m.toVersion())).toList());
            throw new ApiException(409, "conflict", "migration #" + migrationId + " of '" + original.entityName()
                    + "' cannot be rolled back while later migrations depend on it: " + String.join(", ",
                    later.stream().map(m -> "#" + m.id() + " " + m.migrationName()).toList())
                    + "; roll those back first", details);
        }
        return original;
    }
}
