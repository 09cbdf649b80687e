package io.buildify.server.publish;

import io.buildify.core.api.MigrationRecord;
import io.buildify.core.api.MigrationStatus;
import io.buildify.core.api.PublishPreview;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.PublishResponse;
import io.buildify.core.api.PublishedEntity;
import io.buildify.core.api.RowCheckResult;
import io.buildify.core.migration.CheckedPlan;
import io.buildify.core.migration.MigrationPlan;
import io.buildify.core.migration.MigrationPlanner;
import io.buildify.core.migration.PlanOptions;
import io.buildify.core.model.DefinitionVersion;
import io.buildify.core.model.EntityDefinition;
import io.buildify.server.ApiException;
import io.buildify.server.catalog.AuditLog;
import io.buildify.server.catalog.EntityCatalog;
import io.buildify.server.catalog.MigrationHistory;
import io.buildify.server.catalog.NewMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Publishing an entity definition (SPEC §4). The server is the authority: it validates the definition, plans the
 * migration itself (SQL from clients is never trusted) and applies it.
 * <p>
 * A publish runs in ONE transaction under the data-model advisory lock: idempotency check, conflict check, plan,
 * confirmation of destructive steps, row checks against the current data, every step, the completed history row
 * and the new definition version, the audit entry. If PostgreSQL refuses a step, everything is rolled back and a
 * {@code failed} history row is then written in a transaction of its own.
 * A preview runs the same checks and planning without the lock and without executing anything.
 */
public final class PublishService {
    private static final Logger LOG = LoggerFactory.getLogger(PublishService.class);

    private final DataSource dataSource;
    private final EntityCatalog catalog;
    private final MigrationHistory history;
    private final MigrationRecorder recorder;
    private final Duration lockTimeout;

    public PublishService(DataSource dataSource, EntityCatalog catalog, MigrationHistory history, AuditLog audit,
                          Duration lockTimeout) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.history = Objects.requireNonNull(history, "history");
        this.recorder = new MigrationRecorder(history, audit);
        this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
    }

    /**
     * What publishing would do now: the checks of a publish, the planned SQL and the row checks against the current
     * data; nothing executed.
     */
    public PublishPreview preview(String name, PublishRequest request) throws SQLException {
        EntityDefinition definition = PublishRequests.validDefinition(name, request);
        try (Connection connection = dataSource.getConnection()) {
            Optional<PublishedEntity> current = catalog.latest(connection, name);
            PublishRequests.requireCurrentBase(request, name, current);
            CheckedPlan checked = plan(connection, current, definition);
            List<RowCheckResult> results = PreChecks.run(connection, checked.checks());
            return new PublishPreview(checked.plan(), results, results.stream().anyMatch(r -> !r.passed()),
                    checked.plan().destructive());
        }
    }

    /** Applies the definition; a repeated {@code request_id} gets the first answer back without applying again. */
    public PublishResult publish(String name, PublishRequest request) throws SQLException {
        EntityDefinition definition = PublishRequests.validDefinition(name, request);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            MigrationPlan plan = null;
            long started = 0;
            try {
                AdvisoryLock.acquire(connection, AdvisoryLock.DATA_MODEL_KEY, lockTimeout);
                Optional<PublishResult> replay = replay(connection, name, request.requestId());
                if (replay.isPresent()) {
                    connection.rollback();
                    return replay.get();
                }
                Optional<PublishedEntity> current = catalog.latest(connection, name);
                PublishRequests.requireCurrentBase(request, name, current);
                CheckedPlan checked = plan(connection, current, definition);
                plan = checked.plan();
                Confirmations.require(plan.steps(), request.confirmDestructive(), "this publish");
                PreChecks.requirePassed(PreChecks.run(connection, checked.checks()));
                started = System.nanoTime();
                StepRunner.run(connection, plan.steps());
                long elapsed = MigrationRecorder.millisSince(started);
                MigrationRecord record = recorder.completed(connection, NewMigration.of(plan,
                        MigrationStatus.COMPLETED, elapsed, null, request.commitMessage(), request.author(),
                        request.requestId()), "publish", Map.of());
                int version = plan.toVersion().number();
                catalog.insert(connection, definition, version, request.author());
                connection.commit();
                LOG.info("Published entity '{}' as version {} ({} steps, {} ms)", name, version,
                        plan.steps().size(), elapsed);
                return new PublishResult(new PublishResponse(name, version, record), false);
            } catch (StepFailedException e) {
                MigrationRecorder.rollbackQuietly(connection);
                LOG.warn("Publishing entity '{}' failed and was rolled back: {}", name, e.getMessage());
                recorder.failed(dataSource, NewMigration.of(plan, MigrationStatus.FAILED,
                        MigrationRecorder.millisSince(started), e.getMessage(), request.commitMessage(),
                        request.author(), request.requestId()), "publish_failed", Map.of());
                throw new ApiException(422, "migration_failed", e.getMessage(), e.details());
            } catch (AdvisoryLock.LockTimeoutException e) {
                connection.rollback();
                throw new ApiException(503, "busy", e.getMessage(), Map.of());
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private Optional<PublishResult> replay(Connection connection, String name, String requestId)
            throws SQLException {
        if (requestId == null || requestId.isBlank()) {
            return Optional.empty();
        }
        Optional<MigrationRecord> earlier = history.completedByRequestId(connection, requestId);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        MigrationRecord record = earlier.get();
        if (!record.entityName().equals(name)) {
            throw ApiException.badRequest("request_id '" + requestId + "' was already used to publish entity '"
                    + record.entityName() + "'", Map.of("path", "request_id"));
        }
        LOG.info("Publish request {} for '{}' was already applied; answering with its result", requestId, name);
        return Optional.of(new PublishResult(new PublishResponse(name, record.toVersion(), record), true));
    }

    private CheckedPlan plan(Connection connection, Optional<PublishedEntity> current,
                             EntityDefinition definition) throws SQLException {
        // Foreign keys need the tables of the entities they name (which may have other names), and a one-to-many
        // relationship adds its column to its target's table: the planner reads the published definitions it needs.
        MigrationPlanner planner = new MigrationPlanner(new PublishedEntities(connection, catalog),
                PlanOptions.defaults());
        try {
            return planner.planChecked(current.map(PublishedEntity::definition).orElse(null), definition,
                    DefinitionVersion.of(current.map(PublishedEntity::version).orElse(0)));
        } catch (PublishedEntities.CatalogReadException e) {
            throw e.getCause();
        }
    }

}
