package io.buildify.server.http;

import io.buildify.core.api.HealthResponse;
import io.javalin.http.Context;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/** {@code GET /api/v1/health}: up, which release, which PostgreSQL; 503 when the database does not answer. */
public final class HealthController {
    private final DataSource dataSource;
    private final String version;

    public HealthController(DataSource dataSource, String version) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.version = Objects.requireNonNull(version, "version");
    }

    public void health(Context ctx) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW server_version")) {
            rs.next();
            ctx.json(new HealthResponse("ok", version, "PostgreSQL " + rs.getString(1)));
        } catch (SQLException e) {
            ctx.status(503).json(new HealthResponse("database_unavailable", version, e.getMessage()));
        }
    }
}
