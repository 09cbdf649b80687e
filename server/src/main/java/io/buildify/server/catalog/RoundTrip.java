package io.buildify.server.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several statements sent to PostgreSQL in ONE network round trip and executed in order: the PostgreSQL driver
 * sends the statements of one multi-statement {@link PreparedStatement} together, with a single sync, and the
 * server stops at the first error (the rest of the trip is skipped; the caller's transaction is then aborted). On
 * a busy machine each round trip costs a wake-up of the server process and of this thread, so a publish sends its
 * bookkeeping together instead of statement by statement.
 */
public final class RoundTrip {
    private final List<Pending<?>> statements = new ArrayList<>();
    private boolean ran;

    /** Adds a statement; its answer can be read after {@link #run}. */
    public <R> Answer<R> add(Query<R> query) {
        if (ran) {
            throw new IllegalStateException("the round trip has already run");
        }
        Answer<R> answer = new Answer<>();
        statements.add(new Pending<>(Objects.requireNonNull(query, "query"), answer));
        return answer;
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /** Sends every statement and reads every answer. */
    public void run(Connection connection) throws SQLException {
        if (ran) {
            throw new IllegalStateException("the round trip has already run");
        }
        ran = true;
        if (statements.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder();
        for (Pending<?> pending : statements) {
            sql.append(sql.length() == 0 ? "" : ";\n").append(pending.query().sql());
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (Pending<?> pending : statements) {
                index = pending.query().parameters().set(statement, index);
            }
            boolean resultSet = statement.execute();
            for (int i = 0; i < statements.size(); i++) {
                if (i > 0) {
                    resultSet = statement.getMoreResults();
                }
                statements.get(i).read(statement, resultSet);
            }
        }
    }

    /**
     * Runs the statements and, in the same round trip, commits the caller's transaction: a COMMIT after the last
     * statement, which PostgreSQL skips (like every statement after a failing one) if anything before it fails, so
     * the caller then rolls back as usual. The driver's {@link Connection#commit()} follows, which sends nothing
     * more (the transaction has ended) but tells the connection pool it is clean.
     */
    public void runAndCommit(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("nothing to commit: auto-commit is on");
        }
        add(Query.update("COMMIT"));
        run(connection);
        connection.commit();
    }

    /** One statement sent on its own. */
    public static <R> R one(Connection connection, Query<R> query) throws SQLException {
        RoundTrip trip = new RoundTrip();
        Answer<R> answer = trip.add(query);
        trip.run(connection);
        return answer.get();
    }

    /** A statement added to the trip and where its answer goes. */
    private record Pending<R>(Query<R> query, Answer<R> answer) {
        void read(PreparedStatement statement, boolean resultSet) throws SQLException {
            if (query.reader() == null) {
                answer.set(null);
                return;
            }
            if (!resultSet) {
                throw new IllegalStateException("no result set for: " + query.sql());
            }
            try (ResultSet rs = statement.getResultSet()) {
                answer.set(query.reader().read(rs));
            }
        }
    }

    /** The answer of one statement, there once the trip has run. */
    public static final class Answer<R> {
        private R value;
        private boolean set;

        private void set(R answer) {
            value = answer;
            set = true;
        }

        public R get() {
            if (!set) {
                throw new IllegalStateException("the round trip has not run yet");
            }
            return value;
        }
    }
}
