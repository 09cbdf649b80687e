package io.buildify.server.publish;

import io.buildify.core.api.ArchiveRequest;
import io.buildify.core.api.MigrationStatus;
import io.buildify.core.api.PublishResponse;
import io.buildify.core.api.PublishedEntity;
import io.buildify.core.migration.KnownEntities;
import io.buildify.core.migration.MigrationPlan;
import io.buildify.core.migration.MigrationPlanner;
import io.buildify.core.migration.PlanOptions;
import io.buildify.core.model.DefinitionVersion;
import io.buildify.server.ApiException;
import io.buildify.server.catalog.EntityCatalog;
import io.buildify.server.catalog.NewMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Deleting a published entity (SPEC §1: never silent, archived rather than dropped). It goes through publish: one
 * transaction under the data-model lock, 409 on a stale base, 422 without confirmation, a {@code drop} history row
 * with the down script that restores everything, audit entries, and a new catalog version marked archived, so the
 * entity leaves the list while its version numbers keep growing. Rolling the migration back un-archives it.
 */
public final class ArchiveService {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveService.class);

    private final PublishContext context;

    public ArchiveService(PublishContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    public PublishResult archive(String name, ArchiveRequest request) throws SQLException {
        if (request == null) {
            throw ApiException.badRequest("the request needs a body with 'base_version' and 'confirm_destructive'",
                    Map.of());
        }
        return LockedTransaction.dataModel(context, connection -> {
            Optional<PublishResult> replay = replay(connection, name, request.requestId());
            if (replay.isPresent()) {
                connection.rollback();
                return replay.get();
            }
            EntityCatalog.CurrentAndOthers found = context.catalog().currentAndOthers(connection, name);
            PublishedEntity current = found.current().orElseThrow(() -> ApiException.notFound("entity '" + name
                    + "' is not published" + (found.lastVersion() > 0 ? " (it is archived)" : "")
                    + "; there is nothing to archive"));
            PublishRequests.requireCurrentBase("entity", name, request.baseVersion(), current.version());
            MigrationPlan plan = new MigrationPlanner(KnownEntities.of(found.latest()), PlanOptions.defaults())
                    .planArchive(current.definition(), DefinitionVersion.of(current.version()), found.latest());
            Confirmations.require(plan.steps(), request.confirmDestructive(), "archiving entity '" + name + "'");
            String message = request.commitMessage() != null ? request.commitMessage()
                    : "Archive entity '" + name + "'";
            NewMigration row = NewMigration.of(plan, MigrationStatus.RUNNING, 0, null, message, request.author(),
                    request.requestId());
            return apply(connection, current, plan, row);
        });
    }

    private PublishResult apply(Connection connection, PublishedEntity current, MigrationPlan plan, NewMigration row)
            throws SQLException {
        int version = plan.toVersion().number();
        RecordedMigration.Applied applied = new RecordedMigration(context, "Archiving entity '" + current.name() + "'",
                "archive", Map.of()).apply(connection, plan, row,
                context.catalog().insert(current.definition(), version, row.author(), true),
                RecordedMigration.BeforeCommit.NOTHING);
        LOG.info("Archived entity '{}' as version {} ({} steps, {} ms)", current.name(), version, plan.steps().size(),
                applied.elapsedMillis());
        return new PublishResult(new PublishResponse(current.name(), version, applied.record()), false);
    }

    private Optional<PublishResult> replay(Connection connection, String name, String requestId)
            throws SQLException {
        return Replays.find(context.history(), connection, name, requestId);
    }
}
