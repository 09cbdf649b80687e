package io.buildify.server.publish;

import io.buildify.core.migration.MigrationStep;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs the steps of a migration, in order, inside the caller's transaction. */
final class StepRunner {
    /** DDL waits at most this long for locks held by running queries before the migration fails. */
    private static final String STEP_LOCK_TIMEOUT = "10s";

    private StepRunner() {
    }

    /** @throws StepFailedException naming the step PostgreSQL refused; the caller rolls the transaction back */
    static void run(Connection connection, List<MigrationStep> steps) throws StepFailedException, SQLException {
        try (Statement settings = connection.createStatement()) {
            settings.execute("SET LOCAL lock_timeout = '" + STEP_LOCK_TIMEOUT + "'");
        }
        for (int i = 0; i < steps.size(); i++) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(steps.get(i).upSql());
            } catch (SQLException e) {
                throw new StepFailedException(steps.get(i), i, steps.size(), e);
            }
        }
    }
}
