package io.buildify.server.http;

import io.buildify.core.api.ItemsResponse;
import io.buildify.core.api.PublishedEntity;
import io.buildify.core.validation.NameRules;
import io.buildify.server.ApiException;
import io.buildify.server.catalog.CatalogQueries;
import io.javalin.http.Context;

import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/** Published entities: list, one entity, and the name check of the wizard. */
public final class EntityController {
    private final CatalogQueries queries;

    public EntityController(CatalogQueries queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    /** {@code GET /api/v1/data-model/entities}: the latest version of every published entity. */
    public void list(Context ctx) throws SQLException {
        ctx.json(new ItemsResponse<>(queries.entities()));
    }

    /** {@code GET /api/v1/data-model/entities/{name}}: 404 if it was never published. */
    public void get(Context ctx) throws SQLException {
        String name = ctx.pathParam("name");
        PublishedEntity entity = queries.entity(name)
                .orElseThrow(() -> ApiException.notFound("entity '" + name + "' has not been published"));
        ctx.json(entity);
    }

    /** {@code POST /api/v1/data-model/entities/validate-name}: format and availability of a new entity's name. */
    public void validateName(Context ctx) throws SQLException {
        NameCheckRequest request = JsonBodies.read(ctx, NameCheckRequest.class);
        if (request.name() == null) {
            throw ApiException.badRequest("the request needs a 'name'", java.util.Map.of("path", "name"));
        }
        Optional<String> problem = NameRules.checkIdentifier(request.name());
        if (problem.isPresent()) {
            ctx.json(new NameCheckResponse(false, problem.get()));
            return;
        }
        Optional<PublishedEntity> existing = queries.entity(request.name());
        ctx.json(existing.map(e -> new NameCheckResponse(false, "an entity named '" + e.name()
                        + "' is already published (version " + e.version() + ")"))
                .orElseGet(() -> new NameCheckResponse(true, "'" + request.name() + "' is available")));
    }

    /** Body of validate-name. */
    public record NameCheckRequest(String name) {
    }

    /** Answer of validate-name. */
    public record NameCheckResponse(boolean valid, String message) {
    }
}
