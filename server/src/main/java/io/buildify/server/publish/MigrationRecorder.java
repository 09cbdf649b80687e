package io.buildify.server.publish;

import io.buildify.core.api.MigrationRecord;
import io.buildify.core.api.MigrationStatus;
import io.buildify.core.api.RowCheckResult;
import io.buildify.server.catalog.AuditLog;
import io.buildify.server.catalog.MigrationHistory;
import io.buildify.server.catalog.NewMigration;
import io.buildify.server.catalog.RoundTrip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Writes the history row and the audit entry of a migration attempt (publish or rollback). */
final class MigrationRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRecorder.class);
    /** Writes running rows while publishes run their steps; idle threads end after a minute. */
    private static final ExecutorService WRITER = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "history-running-row");
        thread.setDaemon(true);
        return thread;
    });

    private final MigrationHistory history;
    private final AuditLog audit;

    MigrationRecorder(MigrationHistory history, AuditLog audit) {
        this.history = Objects.requireNonNull(history, "history");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * Writes the attempt as {@code running} and commits it at once, on a connection of its own, so the history
     * shows a migration in progress and a server killed half way leaves a row that says so. The caller holds the
     * data-model lock, so any other running row belongs to a dead attempt: it is marked failed in the same
     * transaction ({@link UnfinishedMigrations} does the same at server start). The commit does not wait for the
     * disk: the row only matters while PostgreSQL keeps running, and the migration's own commit flushes it anyway.
     *
     * @return the id of the row, for {@link #completed} or {@link #failed}
     */
    long running(DataSource dataSource, NewMigration row) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true); // one round trip: the statement commits itself
            return history.insertRunning(connection, row, UnfinishedMigrations.MESSAGE);
        }
    }

    /**
     * {@link #running} on a thread of its own, while the caller's thread runs the steps: the row's round trip then
     * costs the publish nothing. Still honest: the steps are not committed before the row's id is had ({@link
     * #idOf}), so a server killed in between leaves either no row and no change, or a running row that the next
     * publish or server start marks failed. The caller holds the data-model lock from before this call to its
     * commit or rollback, as {@link #running} requires.
     */
    CompletableFuture<Long> runningMeanwhile(DataSource dataSource, NewMigration row) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return running(dataSource, row);
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, WRITER);
    }

    /** Waits for the running row of {@link #runningMeanwhile}; its SQL error if it could not be written. */
    static long idOf(CompletableFuture<Long> runningRow) throws SQLException {
        try {
            return runningRow.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /**
     * Adds to {@code trip} the statements that end the running row as completed, in the caller's transaction,
     * which also holds the migration itself (the caller adds the new definition version and runs the trip), and
     * audit both the new definition version ({@code create} or {@code update}, with the changes) and the action.
     */
    RoundTrip.Answer<MigrationRecord> completed(RoundTrip trip, long id, NewMigration row, long elapsedMs,
                                                String action, Map<String, Object> extra) {
        RoundTrip.Answer<MigrationRecord> record = trip.add(history.finish(id, row, MigrationStatus.COMPLETED,
                elapsedMs, null));
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("migration_id", id);
        change.put("changes", row.changes().stream().map(step -> step.kind().code()
                + (step.object() == null ? "" : " " + step.object())).toList());
        trip.add(audit.recordAll(List.of(
                AuditLog.Entry.definitionChange(row.author(), "entity", row.entityName(), row.fromVersion(),
                        row.toVersion(), change),
                new AuditLog.Entry(row.author(), action, "entity", row.entityName(), details(row, id, null, extra)))));
        return record;
    }

    /**
     * The failed attempt is history too; written after the migration's rollback, in a transaction of its own on a
     * fresh connection (the pool may have closed the migration's connection over the error, e.g. a lost
     * connection). If even that fails the error is logged, not thrown, so the client still hears why the migration
     * failed; the row then stays running until the next server start marks it failed.
     */
    void failed(DataSource dataSource, CompletableFuture<Long> runningRow, NewMigration row, long elapsedMs,
                String error, String action, Map<String, Object> extra) {
        long id;
        try {
            id = idOf(runningRow);
        } catch (SQLException | RuntimeException e) {
            LOG.error("The running row of '{}' was not written, so its failure is not in the history either",
                    row.entityName(), e);
            return;
        }
        failed(dataSource, id, row, elapsedMs, error, action, extra);
    }

    void failed(DataSource dataSource, long id, NewMigration row, long elapsedMs, String error, String action,
                Map<String, Object> extra) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            history.finish(connection, id, MigrationStatus.FAILED, elapsedMs, error);
            audit.record(connection, row.author(), action, "entity", row.entityName(),
                    details(row, id, error, extra));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            LOG.error("Could not record the failed migration of '{}'", row.entityName(), e);
        }
    }

    /**
     * A publish refused by the row checks (data that the change does not fit) is not a failed migration: its running
     * row is removed and the audit log records the refusal with the counts ({@code publish_refused}), in the
     * migration's own transaction, which still holds the lock and was undone to before the steps (so this commit
     * applies nothing else).
     *
     * @return false if that could not be done; the transaction is then rolled back and the caller records a failure
     */
    boolean refused(Connection connection, CompletableFuture<Long> runningRow, NewMigration row,
                    List<RowCheckResult> failing, String message) {
        try {
            long id = idOf(runningRow);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("from_version", row.fromVersion());
            details.put("version", row.toVersion());
            if (row.requestId() != null) {
                details.put("request_id", row.requestId());
            }
            details.put("message", message);
            details.put("checks", PreChecks.asMaps(failing));
            RoundTrip trip = new RoundTrip();
            trip.add(history.deleteRunning(id));
            trip.add(audit.recordAll(List.of(new AuditLog.Entry(row.author(), "publish_refused", "entity",
                    row.entityName(), details))));
            trip.run(connection);
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not record the refused publish of '{}' as a refusal: {}", row.entityName(),
                    e.getMessage());
            rollbackQuietly(connection);
            return false;
        }
    }

    /**
     * Rolls the migration's transaction back. A connection the pool already closed was rolled back by PostgreSQL
     * when it went away, so that is logged rather than thrown over the step's own error.
     */
    static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback after a failed step did not run ({}); the server ends the transaction with the"
                    + " connection", e.getMessage());
        }
    }

    private static Map<String, Object> details(NewMigration row, long migrationId, String error,
                                               Map<String, Object> extra) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", row.toVersion());
        details.put("migration_id", migrationId);
        if (row.requestId() != null) {
            details.put("request_id", row.requestId());
        }
        if (error != null) {
            details.put("error", error);
        }
        details.putAll(extra);
        return details;
    }

    static long millisSince(long startNanos) {
        return startNanos == 0 ? 0 : (System.nanoTime() - startNanos) / 1_000_000;
    }
}
