package io.buildify.server.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;

/**
 * A PostgreSQL transaction-level advisory lock that serialises everyone who changes the data model, after Flyway's
 * PostgreSQLAdvisoryLockTemplate: try, wait, retry until a deadline. Being transaction-level, the lock is released
 * by the commit or rollback of the transaction that took it, so no unlock can be forgotten or fail on its own.
 */
final class AdvisoryLock {
    /** "buildify" in ASCII: the one key of data-model changes. */
    static final long DATA_MODEL_KEY = 0x6275696c64696679L;
    /**
     * "workflow" in ASCII: the key that serialises workflow publishes (versions). A workflow publish also takes the
     * data-model key, shared ({@link #acquireShared}), so the entity it is validated against stays as it is.
     */
    static final long WORKFLOWS_KEY = 0x776f726b666c6f77L;
    private static final long RETRY_MILLIS = 50;

    private AdvisoryLock() {
    }

    /** Takes the lock exclusively inside the current transaction of {@code connection} (auto-commit must be off). */
    static void acquire(Connection connection, long key, Duration timeout) throws SQLException {
        acquire(connection, key, timeout, "pg_try_advisory_xact_lock");
    }

    /**
     * Takes the lock shared: any number of shared holders at once, but none while someone holds it exclusively.
     * A workflow publish takes the data-model lock this way, so the entity it validates against cannot change
     * under it, while workflow publishes do not wait for one another on it.
     */
    static void acquireShared(Connection connection, long key, Duration timeout) throws SQLException {
        acquire(connection, key, timeout, "pg_try_advisory_xact_lock_shared");
    }

    private static void acquire(Connection connection, long key, Duration timeout, String function)
            throws SQLException {
        Objects.requireNonNull(connection, "connection");
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("a transaction-level lock needs a transaction (auto-commit is on)");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try (PreparedStatement tryLock = connection.prepareStatement("SELECT " + function + "(?)")) {
            tryLock.setLong(1, key);
            while (true) {
                try (ResultSet rs = tryLock.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new LockTimeoutException("another publish has held the " + nameOf(key)
                            + " lock for more than " + timeout.toSeconds() + " s; try again later");
                }
                sleep();
            }
        }
    }

    private static String nameOf(long key) {
        if (key == DATA_MODEL_KEY) {
            return "data-model";
        }
        return key == WORKFLOWS_KEY ? "workflow" : "advisory";
    }

    private static void sleep() throws SQLException {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the data-model lock", e);
        }
    }

    /** The lock could not be had in time. */
    static final class LockTimeoutException extends SQLException {
        LockTimeoutException(String message) {
            super(message);
        }
    }
}
