package io.buildify.server.catalog;

import com.fasterxml.jackson.databind.JavaType;
import io.buildify.core.api.MigrationRecord;
import io.buildify.core.api.MigrationStatus;
import io.buildify.core.json.JsonCodec;
import io.buildify.core.migration.MigrationStep;
import io.buildify.core.migration.MigrationType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The migration history (one row per attempt, completed or failed), after Flyway's schema history table.
 * A completed row is written in the transaction of its migration; a failed one in a transaction of its own, after
 * the migration was rolled back.
 */
public final class MigrationHistory {
    private static final String TABLE = CatalogSchema.SCHEMA + ".migration_history";
    private static final String COLUMNS = "id, entity_name, migration_name, migration_type, from_version, to_version,"
            + " up_sql, down_sql, status, executed_at, execution_time_ms, error_message, changes::text,"
            + " commit_message, author, rolls_back";
    private static final JavaType STEPS = JsonCodec.mapper().getTypeFactory()
            .constructCollectionType(List.class, MigrationStep.class);

    private static final String INSERT_COLUMNS = " (entity_name, migration_name, migration_type, from_version,"
            + " to_version, up_sql, down_sql, status, execution_time_ms, error_message, changes, commit_message, author,"
            + " request_id, rolls_back)";
    private static final String INSERT_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?";

    public MigrationRecord insert(Connection connection, NewMigration row) throws SQLException {
        Objects.requireNonNull(row, "row");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + INSERT_COLUMNS
                + " VALUES (" + INSERT_VALUES + ") RETURNING " + COLUMNS)) {
            bind(insert, row);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return read(rs);
            }
        }
    }

    /**
     * In ONE statement (one round trip on an auto-commit connection): marks the unfinished rows failed like
     * {@link #failUnfinished}, inserts {@code row} as {@code running}, and lets the commit skip waiting for the disk
     * ({@code synchronous_commit} off for this transaction only).
     *
     * @return the id of the new row
     */
    public long insertRunning(Connection connection, NewMigration row, String unfinishedMessage)
            throws SQLException {
        Objects.requireNonNull(row, "row");
        try (PreparedStatement insert = connection.prepareStatement("WITH quick_commit AS (SELECT"
                + " set_config('synchronous_commit', 'off', true)), swept AS (" + failUnfinishedSql(unfinishedMessage)
                + ") INSERT INTO " + TABLE + INSERT_COLUMNS + " SELECT " + INSERT_VALUES
                + " FROM quick_commit RETURNING id")) {
            bind(insert, row.withStatus(MigrationStatus.RUNNING));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement insert, NewMigration row) throws SQLException {
        insert.setString(1, row.entityName());
        insert.setString(2, row.migrationName());
        insert.setString(3, row.migrationType().code());
        insert.setInt(4, row.fromVersion());
        insert.setInt(5, row.toVersion());
        insert.setString(6, row.upSql());
        insert.setString(7, row.downSql());
        insert.setString(8, row.status().code());
        if (row.executionTimeMs() == null) {
            insert.setNull(9, Types.BIGINT);
        } else {
            insert.setLong(9, row.executionTimeMs());
        }
        insert.setString(10, row.errorMessage());
        insert.setString(11, Jsonb.write(row.changes()));
        insert.setString(12, row.commitMessage());
        insert.setString(13, row.author());
        insert.setString(14, row.requestId());
        if (row.rollsBack() == null) {
            insert.setNull(15, Types.BIGINT);
        } else {
            insert.setLong(15, row.rollsBack());
        }
    }

    /**
     * Ends a row with its outcome; the row keeps its start time as {@code executed_at}. A completed outcome needs a
     * running row; a failed one may also replace the message a sweep ({@link #failUnfinished}) gave the row while
     * its publisher was between its rollback and this call.
     *
     * @throws IllegalStateException if there is no such row in a state that can take the outcome
     */
    public MigrationRecord finish(Connection connection, long id, MigrationStatus outcome, long elapsedMs,
                                  String error) throws SQLException {
        return RoundTrip.one(connection, finish(id, outcome, elapsedMs, error, COLUMNS, MigrationHistory::read));
    }

    /**
     * {@link #finish(Connection, long, MigrationStatus, long, String)} of the running row written from {@code row},
     * as a statement of a {@link RoundTrip}. Only the start time is read back: the rest of the record is
     * {@code row}'s, so its JSON is neither sent back nor parsed again.
     */
    public Query<MigrationRecord> finish(long id, NewMigration row, MigrationStatus outcome, long elapsedMs,
                                         String error) {
        return finish(id, outcome, elapsedMs, error, "executed_at", rs -> new MigrationRecord(id,
                row.entityName(), row.migrationName(), row.migrationType(), row.fromVersion(), row.toVersion(),
                row.upSql(), row.downSql(), outcome, EntityCatalog.instant(rs, 1), elapsedMs, error, row.changes(),
                row.commitMessage(), row.author(), row.rollsBack()));
    }

    private static Query<MigrationRecord> finish(long id, MigrationStatus outcome, long elapsedMs, String error,
                                                 String returning, Query.Reader<MigrationRecord> reader) {
        return Query.select("UPDATE " + TABLE + " SET status = ?, execution_time_ms = ?, error_message = ?"
                + " WHERE id = ? AND (status = 'running' OR (status = 'failed' AND ? = 'failed')) RETURNING "
                + returning, (update, i) -> {
                    update.setString(i, outcome.code());
                    update.setLong(i + 1, elapsedMs);
                    update.setString(i + 2, error);
                    update.setLong(i + 3, id);
                    update.setString(i + 4, outcome.code());
                    return i + 5;
                }, rs -> {
                    if (!rs.next()) {
                        throw new IllegalStateException("migration #" + id + " is not running");
                    }
                    return reader.read(rs);
                });
    }

    /**
     * The statement that marks every {@code running} or {@code pending} row failed with {@code message}: attempts
     * whose server died (PostgreSQL rolled their transaction back). Only right while no migration runs, i.e. under
     * the data-model lock. Parameterless, so it can share a round trip with other statements.
     */
    public static String failUnfinishedSql(String message) {
        return "UPDATE " + TABLE + " SET status = 'failed', error_message = '" + message.replace("'", "''")
                + "' WHERE status IN ('running', 'pending')";
    }

    /** Runs {@link #failUnfinishedSql}; returns the ids of the rows marked. */
    public List<Long> failUnfinished(Connection connection, String message) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement(failUnfinishedSql(message) + " RETURNING id");
             ResultSet rs = update.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The entity's history, newest first. */
    public List<MigrationRecord> forEntity(Connection connection, String entityName) throws SQLException {
        List<MigrationRecord> items = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE
                + " WHERE entity_name = ? ORDER BY id DESC")) {
            query.setString(1, entityName);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    items.add(read(rs));
                }
            }
        }
        return items;
    }

    /** The completed migration of an earlier publish with this idempotency key, if any. */
    public Optional<MigrationRecord> completedByRequestId(Connection connection, String requestId)
            throws SQLException {
        return RoundTrip.one(connection, completedByRequestId(requestId));
    }

    /** {@link #completedByRequestId(Connection, String)} as a statement of a {@link RoundTrip}. */
    public Query<Optional<MigrationRecord>> completedByRequestId(String requestId) {
        return Query.select("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE request_id = ? AND status = 'completed'",
                (query, i) -> {
                    query.setString(i, requestId);
                    return i + 1;
                }, rs -> rs.next() ? Optional.of(read(rs)) : Optional.empty());
    }

    public Optional<MigrationRecord> byId(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE
                + " WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Completed migrations of the entity recorded after migration {@code id}, oldest first: the ones built on top
     * of it. A rollback of a later, ordinary migration is left out (the pair cancels out, and the undone one is
     * {@code rolled_back}); a rollback of a rollback redoes a change and counts.
     */
    public List<MigrationRecord> completedAfter(Connection connection, String entityName, long id)
            throws SQLException {
        List<MigrationRecord> items = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE + " h"
                + " WHERE entity_name = ? AND id > ? AND status = 'completed' AND NOT EXISTS (SELECT 1 FROM " + TABLE
                + " undone WHERE undone.id = h.rolls_back AND undone.rolls_back IS NULL AND undone.id > ?)"
                + " ORDER BY id")) {
            query.setString(1, entityName);
            query.setLong(2, id);
            query.setLong(3, id);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    items.add(read(rs));
                }
            }
        }
        return items;
    }

    /**
     * Removes a {@code running} row, as a statement of a {@link RoundTrip}: for an attempt that turned out to be a
     * refusal (nothing ran to the end), which the audit log records instead.
     *
     * @throws IllegalStateException (when the trip runs) if there is no such running row
     */
    public Query<Long> deleteRunning(long id) {
        return Query.select("DELETE FROM " + TABLE + " WHERE id = ? AND status = 'running' RETURNING id",
                (delete, i) -> {
                    delete.setLong(i, id);
                    return i + 1;
                }, rs -> {
                    if (!rs.next()) {
                        throw new IllegalStateException("migration #" + id + " is not running");
                    }
                    return rs.getLong(1);
                });
    }

    /** Marks a completed migration as undone by a later one; false if it was not completed. */
    public boolean markRolledBack(Connection connection, long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE
                + " SET status = 'rolled_back' WHERE id = ? AND status = 'completed'")) {
            update.setLong(1, id);
            return update.executeUpdate() == 1;
        }
    }

    private static MigrationRecord read(ResultSet rs) throws SQLException {
        long time = rs.getLong(11);
        Long executionTime = rs.wasNull() ? null : time;
        List<MigrationStep> changes = Jsonb.read(rs.getString(13), STEPS);
        return new MigrationRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                MigrationType.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)), rs.getInt(5), rs.getInt(6),
                rs.getString(7), rs.getString(8), MigrationStatus.valueOf(rs.getString(9).toUpperCase(Locale.ROOT)),
                EntityCatalog.instant(rs, 10), executionTime, rs.getString(12), changes, rs.getString(14),
                rs.getString(15), rs.getObject(16) == null ? null : rs.getLong(16));
    }
}
