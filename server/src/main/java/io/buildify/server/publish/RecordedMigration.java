package io.buildify.server.publish;

import io.buildify.core.api.MigrationRecord;
import io.buildify.core.migration.MigrationPlan;
import io.buildify.server.ApiException;
import io.buildify.server.catalog.NewMigration;
import io.buildify.server.catalog.Query;
import io.buildify.server.catalog.RoundTrip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

/**
 * What archiving and rolling back share: a running history row first; then the steps, the completed row with its
 * audit entry and the entity's new catalog version in one round trip, and the commit. Any failure undoes the
 * transaction and marks the row failed (audit action {@code <action>_failed}); a refused step is answered 422
 * {@code migration_failed}.
 *
 * @param context     the server's catalog, history and data source
 * @param description what is applied, for the log ("Rolling back migration #7")
 * @param action      the audit action of the completed row ({@code archive}, {@code rollback})
 * @param auditExtra  details added to both audit entries, completed or failed
 */
record RecordedMigration(PublishContext context, String description, String action,
                         Map<String, Object> auditExtra) {
    private static final Logger LOG = LoggerFactory.getLogger(RecordedMigration.class);

    /** The caller's own work in the same transaction, after the rows and before the commit. */
    interface BeforeCommit {
        void run(Connection connection) throws SQLException;

        BeforeCommit NOTHING = connection -> { };
    }

    /** The committed migration: its history row and how long its steps and rows took. */
    record Applied(MigrationRecord record, long elapsedMillis) {
    }

    RecordedMigration {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(action, "action");
        auditExtra = Map.copyOf(auditExtra);
    }

    /** Runs {@code plan}'s steps on {@code connection} and records them as {@code row}, with {@code newVersion}. */
    Applied apply(Connection connection, MigrationPlan plan, NewMigration row, Query<Void> newVersion,
                  BeforeCommit beforeCommit) throws SQLException {
        MigrationRecorder recorder = context.recorder();
        long id = recorder.running(context.dataSource(), row);
        long started = System.nanoTime();
        try {
            StepRunner.run(connection, plan.steps());
            long elapsed = MigrationRecorder.millisSince(started);
            RoundTrip records = new RoundTrip();
            RoundTrip.Answer<MigrationRecord> completed = recorder.completed(records, id, row, elapsed, action,
                    auditExtra);
            records.add(newVersion);
            records.run(connection);
            MigrationRecord record = completed.get();
            beforeCommit.run(connection);
            connection.commit();
            return new Applied(record, elapsed);
        } catch (StepFailedException e) {
            MigrationRecorder.rollbackQuietly(connection);
            LOG.warn("{} failed and was undone: {}", description, e.getMessage());
            recorder.failed(context.dataSource(), id, row, MigrationRecorder.millisSince(started), e.getMessage(),
                    action + "_failed", auditExtra);
            throw new ApiException(422, "migration_failed", e.getMessage(), e.details());
        } catch (RuntimeException | SQLException e) {
            MigrationRecorder.rollbackQuietly(connection);
            recorder.failed(context.dataSource(), id, row, MigrationRecorder.millisSince(started), e.getMessage(),
                    action + "_failed", auditExtra);
            throw e;
        }
    }
}
