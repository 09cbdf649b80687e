package io.buildify.server.http;

import io.buildify.core.api.ItemsResponse;
import io.buildify.server.catalog.CatalogQueries;
import io.javalin.http.Context;

import java.sql.SQLException;
import java.util.Objects;

/** An entity's migration history. */
public final class MigrationController {
    private final CatalogQueries queries;

    public MigrationController(CatalogQueries queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    /**
     * {@code GET /api/v1/data-model/entities/{name}/migrations}: newest first, failed attempts included; an empty
     * list for an entity that was never published.
     */
    public void list(Context ctx) throws SQLException {
        ctx.json(new ItemsResponse<>(queries.migrations(ctx.pathParam("name"))));
    }
}
