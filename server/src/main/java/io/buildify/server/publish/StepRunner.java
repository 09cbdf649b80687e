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
 * <p>
 * All steps travel in ONE round trip (the driver sends the statements of one multi-statement string together with
 * a single sync; PostgreSQL stops at the first error). On a busy machine every round trip costs a wake-up of the
 * PostgreSQL backend and of this thread, which at a thousand rows weighs as much as the DDL itself. PostgreSQL's
 * error does not say which statement it came from, so after a failure the steps run again from the savepoint, one
 * round trip each: the one that fails again is named; if none does (the rows changed in between), the migration has
 * simply gone through.
 */
final class StepRunner {
    /** DDL waits at most this long for locks held by running queries before the migration fails. */
    private static final String STEP_LOCK_TIMEOUT = "10s";
    /** The replay that names the step has already waited once; it need not wait the whole time again. */
    private static final String REPLAY_LOCK_TIMEOUT = "1s";
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String SAVEPOINT = "before_steps";

    private StepRunner() {
    }

    /** @throws StepFailedException naming the step PostgreSQL refused; the caller undoes or rolls back */
    static void run(Connection connection, List<MigrationStep> steps) throws StepFailedException, SQLException {
        StringBuilder script = new StringBuilder("SET LOCAL lock_timeout = '" + STEP_LOCK_TIMEOUT + "';\nSAVEPOINT "
                + SAVEPOINT);
        for (MigrationStep step : steps) {
            script.append(";\n").append(step.upSql());
        }
        try {
            execute(connection, script.toString());
        } catch (SQLException e) {
            undo(connection);
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                execute(connection, "SET LOCAL lock_timeout = '" + REPLAY_LOCK_TIMEOUT + "'");
            }
            runOneByOne(connection, steps);
        }
    }

    /** The replay that names the failing step. */
    private static void runOneByOne(Connection connection, List<MigrationStep> steps) throws StepFailedException,
            SQLException {
        for (int i = 0; i < steps.size(); i++) {
            try {
                execute(connection, steps.get(i).upSql());
            } catch (SQLException e) {
                throw new StepFailedException(steps.get(i), i, steps.size(), e);
            }
        }
    }

    /** The planner's SQL as it is: no JDBC escape processing, and a {@code ?} is not a parameter. */
    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            statement.execute(sql);
        }
    }

    /** Back to the state before the first step, in the same transaction. */
    static void undo(Connection connection) throws SQLException {
        execute(connection, "ROLLBACK TO SAVEPOINT " + SAVEPOINT);
    }
}
