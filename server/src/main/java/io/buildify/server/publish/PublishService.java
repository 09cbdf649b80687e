package io.buildify.server.publish;

import io.buildify.core.api.MigrationRecord;
import io.buildify.core.api.MigrationStatus;
import io.buildify.core.api.PublishPreview;
import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.PublishResponse;
import io.buildify.core.api.PublishedEntity;
import io.buildify.core.api.RowCheckResult;
import io.buildify.core.migration.CheckedPlan;
import io.buildify.core.migration.KnownEntities;
import io.buildify.core.migration.MigrationPlan;
import io.buildify.core.migration.MigrationPlanner;
import io.buildify.core.migration.PlanOptions;
import io.buildify.core.model.DefinitionVersion;
import io.buildify.core.model.EntityDefinition;
import io.buildify.server.ApiException;
import io.buildify.server.catalog.EntityCatalog;
import io.buildify.server.catalog.NewMigration;
import io.buildify.server.catalog.RoundTrip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Publishing an entity definition (SPEC §4). The server is the authority: it validates the definition, plans the
 * migration itself (SQL from clients is never trusted) and applies it.
 * <p>
 * A publish runs in ONE transaction under the data-model advisory lock: idempotency check, conflict check, plan,
 * confirmation of destructive steps, every step, the completed history row, the new definition version and the
 * audit entries. Its history row is written as {@code running} while the steps run, in a small transaction of its
 * own on another connection, so a server killed half way leaves an honest trace. If PostgreSQL refuses a step,
 * the row checks count the rows behind it and everything is rolled back; data that does not fit the change is a
 * refusal (no history row, a {@code publish_refused} audit entry with the counts), anything else a {@code failed}
 * row.
 * <p>
 * Round trips to PostgreSQL: the lock with the idempotency and catalog reads (one, see {@link LockedTransaction}),
 * the running row (on another connection, meanwhile), the steps (one, {@link StepRunner}), and the completed row,
 * the audit entries, the definition and the COMMIT (one, {@link RoundTrip#runAndCommit}).
 * A preview runs the same checks and planning, and the row checks, without the lock and without executing anything.
 */
public final class PublishService {
    private static final Logger LOG = LoggerFactory.getLogger(PublishService.class);

    private final PublishContext context;

    public PublishService(PublishContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * What publishing would do now: the checks of a publish, the planned SQL and the row checks against the current
     * data; nothing executed.
     */
    public PublishPreview preview(String name, PublishRequest request) throws SQLException {
        EntityDefinition definition = PublishRequests.validDefinition(name, request);
        try (Connection connection = context.dataSource().getConnection()) {
            PlanningScope scope = PlanningScope.of(name, definition);
            Planned planned = plan(connection, name, definition,
                    context.catalog().currentAndRelated(connection, name, scope.names(), scope.oneToManyTargets()));
            PublishRequests.requireCurrentBase(request, name, planned.current());
            CheckedPlan checked = planned.checked();
            List<RowCheckResult> results = PreChecks.run(connection, checked.checks());
            return new PublishPreview(checked.plan(), results, results.stream().anyMatch(r -> !r.passed()),
                    checked.plan().destructive());
        }
    }

    /** Applies the definition; a repeated {@code request_id} gets the first answer back without applying again. */
    public PublishResult publish(String name, PublishRequest request) throws SQLException {
        EntityDefinition definition = PublishRequests.validDefinition(name, request);
        PlanningScope scope = PlanningScope.of(name, definition);
        LockedTransaction.FirstReads<FirstReads> firstReads = trip -> new FirstReads(
                Replays.addTo(trip, context.history(), request.requestId()),
                trip.add(context.catalog().currentAndRelated(name, scope.names(), scope.oneToManyTargets())));
        return LockedTransaction.dataModel(context, firstReads, (connection, reads) -> {
            Optional<PublishResult> replay = reads.replay().result(name);
            if (replay.isPresent()) {
                connection.rollback();
                return replay.get();
            }
            Planned planned = plan(connection, name, definition, reads.related().get());
            PublishRequests.requireCurrentBase(request, name, planned.current());
            MigrationPlan plan = planned.checked().plan();
            Confirmations.require(plan.steps(), request.confirmDestructive(), "this publish");
            NewMigration row = NewMigration.of(plan, MigrationStatus.RUNNING, 0, null, request.commitMessage(),
                    request.author(), request.requestId());
            return apply(connection, definition, planned.checked(), row);
        });
    }

    /**
     * The steps, the history row and the new definition version, committed together. The running row is written
     * meanwhile ({@link MigrationRecorder#runningMeanwhile}) and waited for before the commit. The row checks are
     * not run before the steps: each one counts exactly the rows that make its step fail (a cast that
     * {@code pg_input_is_valid} refuses, a NULL under a new NOT NULL, a duplicate under a new UNIQUE), and
     * PostgreSQL checks those rows anyway while it runs the step, so scanning first would read every table twice.
     * When a step fails the work is undone to a savepoint and the checks run then, in the same transaction under
     * the same lock, to refuse with the columns and counts ({@code precheck_failed}); that refusal is recorded as
     * one ({@link MigrationRecorder#refused}), not as a failed migration.
     */
    private PublishResult apply(Connection connection, EntityDefinition definition, CheckedPlan checked,
                                NewMigration row) throws SQLException {
        MigrationPlan plan = checked.plan();
        MigrationRecorder recorder = context.recorder();
        CompletableFuture<Long> runningRow = recorder.runningMeanwhile(context.dataSource(), row);
        long started = System.nanoTime();
        try {
            StepRunner.run(connection, plan.steps());
            long elapsed = MigrationRecorder.millisSince(started);
            long id = MigrationRecorder.idOf(runningRow);
            RoundTrip records = new RoundTrip();
            RoundTrip.Answer<MigrationRecord> completed = recorder.completed(records, id, row, elapsed, "publish",
                    Map.of());
            records.add(context.catalog().insert(definition, plan.toVersion().number(), row.author(), false));
            records.runAndCommit(connection);
            MigrationRecord record = completed.get();
            LOG.info("Published entity '{}' as version {} ({} steps, {} ms)", definition.name(),
                    plan.toVersion().number(), plan.steps().size(), elapsed);
            return new PublishResult(new PublishResponse(definition.name(), plan.toVersion().number(), record),
                    false);
        } catch (StepFailedException e) {
            List<RowCheckResult> counts = countFailingRows(connection, checked);
            long elapsed = MigrationRecorder.millisSince(started);
            Optional<ApiException> refusal = PreChecks.refusal(counts);
            if (refusal.isPresent() && recorder.refused(connection, runningRow, row,
                    counts.stream().filter(c -> !c.passed()).toList(), refusal.get().getMessage())) {
                LOG.info("Publishing entity '{}' was refused: {}", definition.name(), refusal.get().getMessage());
                throw refusal.get();
            }
            MigrationRecorder.rollbackQuietly(connection);
            ApiException failure = refusal
                    .orElseGet(() -> new ApiException(422, "migration_failed", e.getMessage(), e.details()));
            LOG.warn("Publishing entity '{}' failed and was rolled back: {}", definition.name(), failure.getMessage());
            recorder.failed(context.dataSource(), runningRow, row, elapsed, failure.getMessage(), "publish_failed",
                    Map.of());
            throw failure;
        } catch (RuntimeException | SQLException e) {
            MigrationRecorder.rollbackQuietly(connection);
            recorder.failed(context.dataSource(), runningRow, row, MigrationRecorder.millisSince(started),
                    e.getMessage(), "publish_failed", Map.of());
            throw e;
        }
    }

    /** The row checks after a failed step, on the data as it was before the steps; empty if they cannot run. */
    private static List<RowCheckResult> countFailingRows(Connection connection, CheckedPlan checked) {
        if (checked.checks().isEmpty()) {
            return List.of();
        }
        try {
            StepRunner.undo(connection);
            return PreChecks.run(connection, checked.checks());
        } catch (SQLException e) {
            LOG.warn("Could not count the rows behind the failed step: {}", e.getMessage());
            return List.of();
        }
    }

    /** What a publish reads in the round trip that takes the lock: an earlier answer to replay, the catalog. */
    private record FirstReads(Replays.Lookup replay, RoundTrip.Answer<EntityCatalog.CurrentAndOthers> related) {
    }

    /**
     * Plans against the current version. The planner gets the published definitions it needs (see
     * {@link PlanningScope}): foreign keys need the tables of the entities they name (which may have other names),
     * and a one-to-many relationship adds its column to its target's table. {@code found} was read for the new
     * definition's scope; the current version may name entities the new one no longer does, then they are read in
     * a second query.
     */
    private Planned plan(Connection connection, String name, EntityDefinition definition,
                         EntityCatalog.CurrentAndOthers found) throws SQLException {
        PlanningScope scope = PlanningScope.of(name, definition);
        if (found.current().isPresent()) {
            PlanningScope both = PlanningScope.of(name, definition, found.current().get().definition());
            if (!scope.covers(both)) {
                found = context.catalog().currentAndRelated(connection, name, both.names(), both.oneToManyTargets());
            }
        }
        Optional<PublishedEntity> current = found.current();
        MigrationPlanner planner = new MigrationPlanner(KnownEntities.of(found.latest()), PlanOptions.defaults());
        CheckedPlan checked = planner.planChecked(current.map(PublishedEntity::definition).orElse(null), definition,
                DefinitionVersion.of(found.lastVersion())); // after an archive: a fresh table, the next number
        return new Planned(current, checked);
    }

    private record Planned(Optional<PublishedEntity> current, CheckedPlan checked) {
    }
}
