package io.buildify.server.catalog;

import io.buildify.server.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Several statements in one round trip on a real PostgreSQL: answers in order, the first error stops the rest. */
class RoundTripTest {
    private static DataSource dataSource;

    @BeforeAll
    static void createTable() throws SQLException {
        dataSource = SharedServer.get().dataSource();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS t_round_trip (k text PRIMARY KEY, v int NOT NULL)");
        }
    }

    private static Query<Void> insert(String key, int value) {
        return Query.update("INSERT INTO t_round_trip (k, v) VALUES (?, ?)", (s, i) -> {
            s.setString(i, key);
            s.setInt(i + 1, value);
            return i + 2;
        });
    }

    private static Query<Integer> valueOf(String key) {
        return Query.select("SELECT v FROM t_round_trip WHERE k = ?", (s, i) -> {
            s.setString(i, key);
            return i + 1;
        }, rs -> rs.next() ? rs.getInt(1) : null);
    }

    @Test
    void statementsRunInOrderWithTheirOwnParametersAndAnswers() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            RoundTrip trip = new RoundTrip();
            RoundTrip.Answer<Integer> before = trip.add(valueOf("a1"));
            trip.add(insert("a1", 7));
            RoundTrip.Answer<Integer> after = trip.add(valueOf("a1"));
            trip.add(Query.update("SET LOCAL lock_timeout = '1s'"));
            trip.run(c);
            assertThat(before.get()).isNull();
            assertThat(after.get()).isEqualTo(7);
            c.rollback();
        }
    }

    @Test
    void aFailingStatementSkipsTheRestAndRunAndCommitCommitsOnlyWhenAllRan() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            RoundTrip failing = new RoundTrip();
            failing.add(insert("b1", 1));
            failing.add(insert("b1", 2)); // duplicate key
            failing.add(insert("b2", 3));
            assertThatThrownBy(() -> failing.runAndCommit(c)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("t_round_trip_pkey");
            c.rollback();
            assertThat(RoundTrip.one(c, valueOf("b1"))).isNull();
            assertThat(RoundTrip.one(c, valueOf("b2"))).isNull();
            c.rollback();

            RoundTrip fine = new RoundTrip();
            fine.add(insert("b3", 4));
            fine.runAndCommit(c);
        }
        try (Connection other = dataSource.getConnection(); Statement s = other.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM t_round_trip WHERE k = 'b3'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(4);
        }
    }

    @Test
    void anAnswerIsThereOnlyAfterTheTripRan() {
        RoundTrip trip = new RoundTrip();
        RoundTrip.Answer<Integer> answer = trip.add(valueOf("c1"));
        assertThatThrownBy(answer::get).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Query.update("SELECT 1;")).isInstanceOf(IllegalArgumentException.class);
    }
}
