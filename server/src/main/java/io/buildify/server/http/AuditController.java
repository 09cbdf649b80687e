package io.buildify.server.http;

import io.buildify.core.api.ItemsResponse;
import io.buildify.server.ApiException;
import io.buildify.server.catalog.CatalogQueries;
import io.javalin.http.Context;

import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

/** The server's audit log: publishes, failed publishes and rollbacks, who did them and when. */
public final class AuditController {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final CatalogQueries queries;

    public AuditController(CatalogQueries queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    /**
     * {@code GET /api/v1/audit?object_type=entity&object_name=customer&limit=100}: newest first; both filters
     * optional; {@code limit} 1…{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}.
     */
    public void list(Context ctx) throws SQLException {
        ctx.json(new ItemsResponse<>(queries.audit(ctx.queryParam("object_type"), ctx.queryParam("object_name"),
                limit(ctx.queryParam("limit")))));
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ", was '" + text + "'",
                Map.of("path", "limit"));
    }
}
