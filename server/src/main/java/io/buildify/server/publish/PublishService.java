package io.buildify.server.publish;

import io.buildify.core.api.EntitySummary;
import io.buildify.core.api.MigrationRecord;
import io.buildify.core.api.MigrationStatus;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.PublishResponse;
import io.buildify.core.api.PublishedEntity;
import io.buildify.core.migration.MigrationPlan;
import io.buildify.core.migration.MigrationPlanner;
import io.buildify.core.migration.MigrationStep;
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
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Publishing an entity definition (SPEC §4). The server is the authority: it validates the definition, plans the
 * migration itself (SQL from clients is never trusted) and applies it.
 * <p>
 * A publish runs in ONE transaction under the data-model advisory lock: idempotency check, conflict check, plan,
 * every step, the completed history row and the new definition version, the audit entry. If PostgreSQL refuses a
 * step, everything is rolled back and a {@code failed} history row is then written in a transaction of its own.
 * A preview runs the same checks and planning without the lock and without executing anything.
 */
public final class PublishService {
    private static final Logger LOG = LoggerFactory.getLogger(PublishService.class);
    /** DDL waits at most this long for locks held by running queries before the publish fails. */
    private static final String STEP_LOCK_TIMEOUT = "10s";

    private final DataSource dataSource;
    private final EntityCatalog catalog;
    private final MigrationHistory history;
    private final AuditLog audit;
    private final Duration lockTimeout;

    public PublishService(DataSource dataSource, EntityCatalog catalog, MigrationHistory history, AuditLog audit,
                          Duration lockTimeout) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.history = Objects.requireNonNull(history, "history");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
    }

    /** What publishing would do now: the checks of a publish and the planned SQL, nothing executed. */
    public MigrationPlan preview(String name, PublishRequest request) throws SQLException {
        EntityDefinition definition = PublishRequests.validDefinition(name, request);
        try (Connection connection = dataSource.getConnection()) {
            Optional<PublishedEntity> current = catalog.latest(connection, name);
            PublishRequests.requireCurrentBase(request, name, current);
            return plan(connection, current, definition);
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
                plan = plan(connection, current, definition);
                started = System.nanoTime();
                execute(connection, plan);
                long elapsed = millisSince(started);
                MigrationRecord record = history.insert(connection, NewMigration.of(plan, MigrationStatus.COMPLETED,
                        elapsed, null, request.commitMessage(), request.author(), request.requestId()));
                int version = plan.toVersion().number();
                catalog.insert(connection, definition, version, request.author());
                audit.record(connection, request.author(), "publish", "entity", name,
                        auditDetails(version, record.id(), request.requestId(), null));
                connection.commit();
                LOG.info("Published entity '{}' as version {} ({} steps, {} ms)", name, version,
                        plan.steps().size(), elapsed);
                return new PublishResult(new PublishResponse(name, version, record), false);
            } catch (StepFailedException e) {
                connection.rollback();
                LOG.warn("Publishing entity '{}' failed and was rolled back: {}", name, e.getMessage());
                recordFailure(connection, plan, request, millisSince(started), e);
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

    private MigrationPlan plan(Connection connection, Optional<PublishedEntity> current,
                               EntityDefinition definition) throws SQLException {
        // Lookups name entities; foreign keys need their tables, which may have been given other names.
        Map<String, String> tables = new HashMap<>();
        for (EntitySummary summary : catalog.list(connection)) {
            tables.put(summary.name(), summary.tableName());
        }
        MigrationPlanner planner = new MigrationPlanner(entity -> tables.getOrDefault(entity, entity));
        return planner.plan(current.map(PublishedEntity::definition).orElse(null), definition,
                DefinitionVersion.of(current.map(PublishedEntity::version).orElse(0)));
    }

    private static void execute(Connection connection, MigrationPlan plan) throws StepFailedException,
            SQLException {
        try (Statement settings = connection.createStatement()) {
            settings.execute("SET LOCAL lock_timeout = '" + STEP_LOCK_TIMEOUT + "'");
        }
        List<MigrationStep> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(steps.get(i).upSql());
            } catch (SQLException e) {
                throw new StepFailedException(steps.get(i), i, steps.size(), e);
            }
        }
    }

    /** The failed attempt is history too; written after the rollback, in its own transaction. */
    private void recordFailure(Connection connection, MigrationPlan plan, PublishRequest request, long elapsed,
                               StepFailedException failure) {
        try {
            MigrationRecord record = history.insert(connection, NewMigration.of(plan, MigrationStatus.FAILED,
                    elapsed, failure.getMessage(), request.commitMessage(), request.author(), request.requestId()));
            audit.record(connection, request.author(), "publish_failed", "entity", plan.entityName(),
                    auditDetails(plan.toVersion().number(), record.id(), request.requestId(), failure.getMessage()));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            LOG.error("Could not record the failed migration of '{}'", plan.entityName(), e);
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
        }
    }

    private static Map<String, Object> auditDetails(int version, long migrationId, String requestId, String error) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", version);
        details.put("migration_id", migrationId);
        if (requestId != null) {
            details.put("request_id", requestId);
        }
        if (error != null) {
            details.put("error", error);
        }
        return details;
    }

    private static long millisSince(long startNanos) {
        return startNanos == 0 ? 0 : (System.nanoTime() - startNanos) / 1_000_000;
    }
}
