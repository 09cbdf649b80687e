package io.buildify.server.publish;

import io.buildify.core.migration.MigrationStep;
import io.buildify.core.migration.StepKind;
import io.buildify.server.Db;
import io.buildify.server.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The steps of a migration in one round trip on a real PostgreSQL through the server's own pool: a failure still
 * names its step (found by the replay), the savepoint undoes everything, and the connection survives errors that
 * HikariCP would otherwise take for a broken connection.
 */
class StepRunnerTest {
    private static DataSource dataSource;
    private static Db db;

    @BeforeAll
    static void pool() {
        dataSource = SharedServer.get().dataSource();
        db = new Db(dataSource);
    }

    private static MigrationStep step(StepKind kind, String object, String sql) {
        return new MigrationStep(kind, object, sql, "SELECT 1", false);
    }

    private static List<String> tables(Connection connection, String prefix) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM"
                + " information_schema.tables WHERE table_name LIKE '" + prefix + "%' ORDER BY table_name")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    @Test
    void everyStepRunsInOrderAndCommitsWithTheTransaction() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            StepRunner.run(c, List.of(
                    step(StepKind.CREATE_TABLE, "t_sr_ok", "CREATE TABLE t_sr_ok (a int, j jsonb)"),
                    step(StepKind.ADD_CONSTRAINT, "t_sr_ok.j", "ALTER TABLE t_sr_ok ADD CONSTRAINT t_sr_ok_j CHECK"
                            + " (j IS NULL OR j ? 'k')"), // a ? is SQL here, not a parameter
                    step(StepKind.ADD_COLUMN, "t_sr_ok.b", "ALTER TABLE t_sr_ok ADD COLUMN b text;\n"
                            + "COMMENT ON COLUMN t_sr_ok.b IS 'two statements; one step'")));
            c.commit();
        }
        assertThat(db.column("SELECT column_name FROM information_schema.columns WHERE table_name = 't_sr_ok'"
                + " ORDER BY ordinal_position")).containsExactly("a", "j", "b");
        assertThatThrownBy(() -> db.execute("INSERT INTO t_sr_ok (j) VALUES ('{\"x\": 1}')"))
                .hasMessageContaining("t_sr_ok_j");
    }

    @Test
    void aFailingStepIsNamedEvenInsideAMultiStatementStepAndUndoLeavesNothing() throws Exception {
        db.execute("CREATE TABLE t_sr_fail (a int); INSERT INTO t_sr_fail VALUES (NULL)");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<MigrationStep> steps = List.of(
                    step(StepKind.ADD_COLUMN, "t_sr_fail.b", "ALTER TABLE t_sr_fail ADD COLUMN b int"),
                    step(StepKind.CREATE_TABLE, "t_sr_fail_other", "CREATE TABLE t_sr_fail_other (x int)"),
                    step(StepKind.SET_NOT_NULL, "t_sr_fail.a", "COMMENT ON TABLE t_sr_fail IS 'first';\n"
                            + "ALTER TABLE t_sr_fail ALTER COLUMN a SET NOT NULL"),
                    step(StepKind.ADD_COLUMN, "t_sr_fail.c", "ALTER TABLE t_sr_fail ADD COLUMN c int"));

            assertThatThrownBy(() -> StepRunner.run(c, steps))
                    .isInstanceOfSatisfying(StepFailedException.class, e -> {
                        assertThat(e.details()).containsEntry("step", 3).containsEntry("steps", 4)
                                .containsEntry("kind", "set_not_null").containsEntry("sql_state", "23502");
                        assertThat(e.getMessage()).startsWith("PostgreSQL refused step 3 of 4 (set_not_null t_sr_fail.a)");
                    });
            StepRunner.undo(c);
            assertThat(tables(c, "t_sr_fail")).containsExactly("t_sr_fail");
            c.rollback();
        }
        assertThat(db.column("SELECT count(*) FROM information_schema.columns WHERE table_name = 't_sr_fail'"))
                .containsExactly("1");
    }

    @Test
    void aStatementPostgresDoesNotSupportLeavesThePooledConnectionUsable() throws Exception {
        db.execute("CREATE TABLE t_sr_view (a text); CREATE VIEW v_sr_view AS SELECT a FROM t_sr_view");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<MigrationStep> steps = List.of(
                    step(StepKind.ADD_COLUMN, "t_sr_view.b", "ALTER TABLE t_sr_view ADD COLUMN b int"),
                    step(StepKind.ALTER_COLUMN_TYPE, "t_sr_view.a",
                            "ALTER TABLE t_sr_view ALTER COLUMN a TYPE integer USING a::integer"));

            assertThatThrownBy(() -> StepRunner.run(c, steps))
                    .isInstanceOfSatisfying(StepFailedException.class, e ->
                            assertThat(e.details()).containsEntry("step", 2).containsEntry("sql_state", "0A000"));
            StepRunner.undo(c); // HikariCP would have closed the connection over 0A000 (PostgresErrorOverride)
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM"
                    + " information_schema.columns WHERE table_name = 't_sr_view'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            c.rollback();
        }
    }
}
