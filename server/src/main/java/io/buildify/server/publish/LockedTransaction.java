package io.buildify.server.publish;

import io.buildify.server.ApiException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * One transaction on its own connection under PostgreSQL advisory locks, so concurrent publishers (two servers on
 * one database included) take turns, as Flyway does. The work commits itself; any failure rolls everything back,
 * and a lock that is not granted in time is answered 503 busy.
 */
final class LockedTransaction {
    /** The work done while the locks are held. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Takes the locks (they are released with the transaction). */
    interface Locks {
        void take(Connection connection) throws SQLException;
    }

    private LockedTransaction() {
    }

    /** Under the exclusive data-model lock: entity publishes, archives and rollbacks. */
    static <T> T dataModel(DataSource dataSource, Duration lockTimeout, Work<T> work) throws SQLException {
        return run(dataSource, connection -> AdvisoryLock.acquire(connection, AdvisoryLock.DATA_MODEL_KEY,
                lockTimeout), work);
    }

    static <T> T run(DataSource dataSource, Locks locks, Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                locks.take(connection);
                return work.run(connection);
            } catch (AdvisoryLock.LockTimeoutException e) {
                connection.rollback();
                throw new ApiException(503, "busy", e.getMessage(), Map.of());
            } catch (RuntimeException | SQLException e) {
                MigrationRecorder.rollbackQuietly(connection);
                throw e;
            }
        }
    }
}
