package io.buildify.server.publish;

import io.buildify.server.ApiException;
import io.buildify.server.catalog.RoundTrip;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * One transaction on its own connection under PostgreSQL advisory locks, so concurrent publishers (two servers on
 * one database included) take turns, as Flyway does. The work commits itself; any failure rolls everything back,
 * and a lock that is not granted in time is answered 503 busy.
 * <p>
 * The work's first reads may travel with the statements that take the locks, in one round trip ({@link
 * FirstReads}): PostgreSQL runs them in order, so they read only once the locks are held.
 */
final class LockedTransaction {
    /** The work done while the locks are held. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Adds the work's first reads to the round trip that takes the locks; returns their (future) answers. */
    interface FirstReads<R> {
        R addTo(RoundTrip trip);
    }

    /** The work done while the locks are held, given the answers of its first reads. */
    interface WorkAfterReads<R, T> {
        T run(Connection connection, R reads) throws SQLException;
    }

    private LockedTransaction() {
    }

    /** Under the exclusive data-model lock: entity publishes, archives and rollbacks. */
    static <T> T dataModel(PublishContext context, Work<T> work) throws SQLException {
        return dataModel(context, trip -> null, (connection, none) -> work.run(connection));
    }

    /** Under the exclusive data-model lock, with the first reads sent along with the lock. */
    static <R, T> T dataModel(PublishContext context, FirstReads<R> reads, WorkAfterReads<R, T> work)
            throws SQLException {
        return run(context, reads, work, AdvisoryLock.Lock.exclusive(AdvisoryLock.DATA_MODEL_KEY));
    }

    /** Under {@code locks}, taken in order. */
    static <T> T run(PublishContext context, Work<T> work, AdvisoryLock.Lock... locks) throws SQLException {
        return run(context, trip -> null, (connection, none) -> work.run(connection), locks);
    }

    private static <R, T> T run(PublishContext context, FirstReads<R> reads, WorkAfterReads<R, T> work,
                                AdvisoryLock.Lock... locks) throws SQLException {
        Duration lockTimeout = context.lockTimeout();
        try (Connection connection = context.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                RoundTrip trip = new RoundTrip();
                AdvisoryLock.addTo(trip, lockTimeout, locks);
                R answers = reads.addTo(trip);
                AdvisoryLock.run(connection, trip, lockTimeout, locks);
                return work.run(connection, answers);
            } catch (AdvisoryLock.LockTimeoutException e) {
                MigrationRecorder.rollbackQuietly(connection);
                throw new ApiException(503, "busy", e.getMessage(), Map.of());
            } catch (RuntimeException | SQLException e) {
                MigrationRecorder.rollbackQuietly(connection);
                throw e;
            }
        }
    }
}
