package io.buildify.server.http;

import io.buildify.core.api.RollbackRequest;
import io.buildify.server.ApiException;
import io.buildify.server.publish.RollbackService;
import io.javalin.http.Context;

import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

/** Rollback of one recorded migration; all decisions are the {@link RollbackService}'s. */
public final class RollbackController {
    private final RollbackService rollbacks;

    public RollbackController(RollbackService rollbacks) {
        this.rollbacks = Objects.requireNonNull(rollbacks, "rollbacks");
    }

    /**
     * {@code POST /api/v1/data-model/migrations/{id}/rollback}: 201 with the new migration; the body
     * ({@link RollbackRequest}) may be empty.
     */
    public void rollback(Context ctx) throws SQLException {
        long id = migrationId(ctx.pathParam("id"));
        RollbackRequest request = ctx.bodyAsBytes().length == 0 ? null : JsonBodies.read(ctx, RollbackRequest.class);
        ctx.status(201).json(rollbacks.rollback(id, request));
    }

    private static long migrationId(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiException.badRequest("'" + text + "' is not a migration id (a positive whole number)",
                Map.of("path", "id"));
    }
}
