package io.buildify.server.publish;

import io.buildify.core.migration.MigrationStep;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs the steps of a migration, in order, inside the caller's transaction, after a savepoint: when a step fails,
 * {@link #undo} returns to the state before the first step while the transaction (and its advisory lock) lives on,
 * so the row checks can count the rows that made it fail under the same lock.
 */
final class StepRunner {
    /** DDL waits at most this long for locks held by running queries before the migration fails. */
    private static final String STEP_LOCK_TIMEOUT = "10s";
    private static final String SAVEPOINT = "before_steps";

    private StepRunner() {
    }

    /** @throws StepFailedException naming the step PostgreSQL refused; the caller undoes or rolls back */
    static void run(Connection connection, List<MigrationStep> steps) throws StepFailedException, SQLException {
        // The settings and the savepoint travel with the first step: one round trip less, and they cannot fail.
        String prefix = "SET LOCAL lock_timeout = '" + STEP_LOCK_TIMEOUT + "'; SAVEPOINT " + SAVEPOINT + "; ";
        if (steps.isEmpty()) {
            try (Statement settings = connection.createStatement()) {
                settings.execute(prefix);
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            try (Statement statement = connection.createStatement()) {
                statement.execute((i == 0 ? prefix : "") + steps.get(i).upSql());
            } catch (SQLException e) {
                throw new StepFailedException(steps.get(i), i, steps.size(), e);
            }
        }
    }

    /** Back to the state before the first step, in the same transaction. */
    static void undo(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
        }
    }
}
