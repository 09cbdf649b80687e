package io.buildify.app.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unit of work commits whole or not at all, on a real H2 file. */
class GuardedConnectionTest {
    @TempDir
    Path dir;

    private GuardedConnection db;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("guarded");
        db = new GuardedConnection(DriverManager.getConnection(DraftStore.urlOf(file), "sa", ""), file, true);
        db.write("create the table", connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.execute("CREATE TABLE t (v INTEGER NOT NULL)");
            }
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNestedUnitOfWorkJoinsTheOuterOneSoAFailureAfterItRollsBackBoth() {
        IllegalStateException failure = new IllegalStateException("boom after the nested write");

        assertThatThrownBy(() -> db.write("outer", connection -> {
            db.write("nested", inner -> {
                insert(inner, 1);
                return null;
            });
            assertThat(count()).as("the nested write sees itself").isEqualTo(1);
            insert(connection, 2);
            throw failure;
        })).isSameAs(failure);
        assertThat(count()).as("nothing committed by the nested unit").isZero();

        db.write("outer", connection -> {
            db.write("nested", inner -> {
                insert(inner, 1);
                return null;
            });
            insert(connection, 2);
            return null;
        });
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aFailingUnitOfWorkLeavesNothingBehindAndItsErrorReachesTheCaller() {
        IllegalStateException failure = new IllegalStateException("boom after the insert");

        assertThatThrownBy(() -> db.write("insert then fail", connection -> {
            insert(connection, 1);
            throw failure;
        })).isSameAs(failure);

        assertThat(count()).isZero();
    }

    @Test
    void anSqlErrorBecomesADraftStoreExceptionNamingTheWork() {
        assertThatThrownBy(() -> db.write("save entity 'x'", connection -> {
            insert(connection, 1);
            try (Statement statement = connection.createStatement()) {
                return statement.execute("INSERT INTO t (v) VALUES (NULL)");
            }
        })).isInstanceOf(DraftStoreException.class)
                .hasMessageStartingWith("cannot save entity 'x' in " + dir.resolve("guarded"));

        assertThat(count()).as("the first insert was rolled back too").isZero();
    }

    @Test
    void aSuccessfulUnitOfWorkIsCommitted() {
        db.write("insert", connection -> insert(connection, 7));

        assertThat(count()).isEqualTo(1);
    }

    private static boolean insert(Connection connection, int value) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.execute("INSERT INTO t (v) VALUES (" + value + ")");
        }
    }

    private int count() {
        return db.read("count", connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM t")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
