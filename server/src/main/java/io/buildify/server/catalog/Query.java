package io.buildify.server.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * One SQL statement of a {@link RoundTrip}: its text, how its parameters are set and how its one result is read.
 *
 * @param <R> what the statement answers ({@code Void} for one without a result set)
 */
public record Query<R>(String sql, Parameters parameters, Reader<R> reader) {
    /** Sets the statement's parameters from index {@code first} on; returns the index after the last one set. */
    public interface Parameters {
        int set(PreparedStatement statement, int first) throws SQLException;
    }

    /** Reads the statement's result set (the statement closes it). */
    public interface Reader<R> {
        R read(ResultSet rs) throws SQLException;
    }

    public Query {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(parameters, "parameters");
        if (sql.isBlank() || sql.strip().endsWith(";")) {
            throw new IllegalArgumentException("one statement without a trailing ';' expected: " + sql);
        }
    }

    /** A statement whose result set is read by {@code reader}. */
    public static <R> Query<R> select(String sql, Parameters parameters, Reader<R> reader) {
        return new Query<>(sql, parameters, Objects.requireNonNull(reader, "reader"));
    }

    /** A statement without a result set (an INSERT, UPDATE or SET); its update count is ignored. */
    public static Query<Void> update(String sql, Parameters parameters) {
        return new Query<>(sql, parameters, null);
    }

    /** A statement without parameters nor result set. */
    public static Query<Void> update(String sql) {
        return update(sql, (statement, first) -> first);
    }
}
