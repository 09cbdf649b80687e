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
     * "workflow" in ASCII: the key of workflow publishes. Distinct from the data-model key, because a workflow
     * publish changes no table and must not wait for a long migration.
     */
    static final long WORKFLOWS_KEY = 0x776f726b666c6f77L;
    private static final long RETRY_MILLIS = 50;

    private AdvisoryLock() {
    }

    /** Takes the lock inside the current transaction of {@code connection} (auto-commit must be off). */
    static void acquire(Connection connection, long key, Duration timeout) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("a transaction-level lock needs a transaction (auto-commit is on)");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try (PreparedStatement tryLock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            tryLock.setLong(1, key);
            while (true) {
                try (ResultSet rs = tryLock.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new LockTimeoutException("another publish has held the data-model lock for more than "
                            + timeout.toSeconds() + " s; try again later");
                }
                sleep();
            }
        }
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
