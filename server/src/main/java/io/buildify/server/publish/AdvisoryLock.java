package io.buildify.server.publish;

import io.buildify.server.catalog.Query;
import io.buildify.server.catalog.RoundTrip;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;

/**
 * PostgreSQL transaction-level advisory locks that serialise everyone who changes the data model (as Flyway does
 * with its PostgreSQLAdvisoryLockTemplate). Being transaction-level, a lock is released by the commit or rollback of
 * the transaction that took it, so no unlock can be forgotten or fail on its own.
 * <p>
 * A lock is waited for inside PostgreSQL, bounded by {@code lock_timeout} for that statement only: waiters queue
 * in the order they came (no polling, no starving), and the statements that take it can travel in the same
 * {@link RoundTrip} as the first reads of the work done under it ({@link #addTo}). A lock not granted in time fails
 * with SQLSTATE 55P03, turned into {@link LockTimeoutException} by {@link #timeoutOrSame}.
 */
final class AdvisoryLock {
    /** "buildify" in ASCII: the one key of data-model changes. */
    static final long DATA_MODEL_KEY = 0x6275696c64696679L;
    /**
     * "workflow" in ASCII: the key that serialises workflow publishes (versions). A workflow publish also takes the
     * data-model key, shared, so the entity it is validated against stays as it is.
     */
    static final long WORKFLOWS_KEY = 0x776f726b666c6f77L;
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    /** One lock to take: exclusive, or shared (any number of shared holders, none while one holds it exclusively). */
    record Lock(long key, boolean shared) {
        static Lock exclusive(long key) {
            return new Lock(key, false);
        }

        static Lock shared(long key) {
            return new Lock(key, true);
        }
    }

    private AdvisoryLock() {
    }

    /** Takes the lock exclusively inside the current transaction of {@code connection} (auto-commit must be off). */
    static void acquire(Connection connection, long key, Duration timeout) throws SQLException {
        take(connection, timeout, Lock.exclusive(key));
    }

    /**
     * Takes the lock shared. A workflow publish takes the data-model lock this way, so the entity it validates
     * against cannot change under it, while workflow publishes do not wait for one another on it.
     */
    static void acquireShared(Connection connection, long key, Duration timeout) throws SQLException {
        take(connection, timeout, Lock.shared(key));
    }

    /** Takes the locks, in order, in one round trip. */
    static void take(Connection connection, Duration timeout, Lock... locks) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        RoundTrip trip = new RoundTrip();
        addTo(trip, timeout, locks);
        run(connection, trip, timeout, locks);
    }

    /**
     * Adds the statements that take the locks to {@code trip}, before whatever the caller adds after them: those
     * run only once every lock is held. Run the trip with {@link #run}.
     */
    static void addTo(RoundTrip trip, Duration timeout, Lock... locks) {
        long millis = Math.max(1, timeout.toMillis()); // 0 would mean: wait forever
        trip.add(Query.update("SET LOCAL lock_timeout = '" + millis + "ms'"));
        for (Lock lock : locks) {
            trip.add(Query.update("SELECT " + (lock.shared() ? "pg_advisory_xact_lock_shared"
                    : "pg_advisory_xact_lock") + "(" + lock.key() + ")"));
        }
        trip.add(Query.update("SET LOCAL lock_timeout TO DEFAULT"));
    }

    /** Runs a trip that starts with {@link #addTo}'s statements; a lock not granted in time is a timeout. */
    static void run(Connection connection, RoundTrip trip, Duration timeout, Lock... locks) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("a transaction-level lock needs a transaction (auto-commit is on)");
        }
        try {
            trip.run(connection);
        } catch (SQLException e) {
            throw timeoutOrSame(e, timeout, locks);
        }
    }

    private static SQLException timeoutOrSame(SQLException e, Duration timeout, Lock... locks) {
        if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
            return e;
        }
        String names = String.join(" or ", java.util.Arrays.stream(locks).map(l -> nameOf(l.key())).toList());
        LockTimeoutException busy = new LockTimeoutException("another publish has held the " + names
                + " lock for more than " + seconds(timeout) + "; try again later");
        busy.initCause(e);
        return busy;
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    private static String nameOf(long key) {
        if (key == DATA_MODEL_KEY) {
            return "data-model";
        }
        return key == WORKFLOWS_KEY ? "workflow" : "advisory";
    }

    /** The lock could not be had in time. */
    static final class LockTimeoutException extends SQLException {
        LockTimeoutException(String message) {
            super(message);
        }
    }
}
