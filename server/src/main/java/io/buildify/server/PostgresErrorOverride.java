package io.buildify.server;

import com.zaxxer.hikari.SQLExceptionOverride;

import java.sql.SQLException;

/**
 * Keeps HikariCP from closing a connection over PostgreSQL's SQLSTATE 0A000 (feature not supported). HikariCP takes
 * that state for a broken connection, but PostgreSQL uses it for statements it refuses, such as a column type change
 * under a view; the connection and its transaction are fine, and a publish still needs them to roll back to its
 * savepoint and count the rows behind the failure. Every other state is left to HikariCP's judgement.
 */
public final class PostgresErrorOverride implements SQLExceptionOverride {
    private static final String FEATURE_NOT_SUPPORTED = "0A000";

    @java.lang.Override // the interface's own Override enum hides the annotation's simple name
    public Override adjudicate(SQLException e) {
        return FEATURE_NOT_SUPPORTED.equals(e.getSQLState()) ? Override.DO_NOT_EVICT : Override.CONTINUE_EVICT;
    }
}
