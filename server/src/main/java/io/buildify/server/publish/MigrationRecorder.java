package io.buildify.server.publish;

import io.buildify.core.api.MigrationRecord;
import io.buildify.core.api.MigrationStatus;
import io.buildify.server.catalog.AuditLog;
import io.buildify.server.catalog.MigrationHistory;
import io.buildify.server.catalog.NewMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Writes the history row and the audit entry of a migration attempt (publish or rollback). */
final class MigrationRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRecorder.class);

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
     * Ends the running row as completed, in the caller's transaction, which also holds the migration itself, and
     * audits both the new definition version ({@code create} or {@code update}, with the changes) and the action.
     */
    MigrationRecord completed(Connection connection, long id, NewMigration row, long elapsedMs, String action,
                              Map<String, Object> extra) throws SQLException {
        MigrationRecord record = history.finish(connection, id, MigrationStatus.COMPLETED, elapsedMs, null);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("migration_id", id);
        change.put("changes", row.changes().stream().map(step -> step.kind().code()
                + (step.object() == null ? "" : " " + step.object())).toList());
        audit.recordAll(connection, List.of(
                AuditLog.Entry.definitionChange(row.author(), "entity", row.entityName(), row.fromVersion(),
                        row.toVersion(), change),
                new AuditLog.Entry(row.author(), action, "entity", row.entityName(), details(row, id, null, extra))));
        return record;
    }

    /**
     * The failed attempt is history too; written after the migration's rollback, in a transaction of its own on a
     * fresh connection (the pool may have closed the migration's connection over the error, e.g. on SQLSTATE
     * 0A000). If even that fails the error is logged, not thrown, so the client still hears why the migration
     * failed; the row then stays running until the next server start marks it failed.
     */
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
