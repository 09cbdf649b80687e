package io.buildify.server.http;

import io.buildify.core.api.ApiError;
import io.buildify.server.ApiException;
import io.buildify.core.migration.UnsupportedChangeException;
import io.buildify.core.validation.InvalidDefinitionException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.UUID;

/**
 * The one place exceptions become responses: every error is an {@link ApiError} with the right status, and no
 * response ever carries a stack trace (unexpected failures are logged with a reference the client can quote).
 */
final class ErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    static void register(RoutesConfig routes, long maxBodyBytes) {
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.toError()));
        routes.exception(InvalidDefinitionException.class, (e, ctx) -> send(ctx, 400,
                new ApiError("validation_failed", e.getMessage(), Map.of("problems", e.problems()))));
        routes.exception(UnsupportedChangeException.class, (e, ctx) -> send(ctx, 422,
                new ApiError("unsupported", e.getMessage(), Map.of())));
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(),
                fromJavalin(e, ctx, maxBodyBytes)));
        routes.exception(Exception.class, (e, ctx) -> {
            String reference = UUID.randomUUID().toString();
            LOG.error("Unexpected failure of {} {} (reference {})", ctx.method(), ctx.path(), reference, e);
            send(ctx, 500, new ApiError("internal", "internal server error; the server log has the details under"
                    + " reference " + reference, Map.of("reference", reference)));
        });
    }

    private static ApiError fromJavalin(HttpResponseException e, Context ctx, long maxBodyBytes) {
        return switch (e.getStatus()) {
            case 404 -> new ApiError("not_found", "no endpoint " + ctx.method() + " " + ctx.path(), Map.of());
            case 405 -> new ApiError("method_not_allowed", ctx.method() + " is not allowed on " + ctx.path(),
                    Map.of());
            case 413 -> new ApiError("payload_too_large", "the request body is larger than the limit of "
                    + (maxBodyBytes / (1024 * 1024)) + " MB", Map.of("max_bytes", maxBodyBytes));
            default -> new ApiError(e.getStatus() < 500 ? "bad_request" : "internal", e.getMessage(), Map.of());
        };
    }

    private static void send(Context ctx, int status, ApiError error) {
        ctx.status(status).json(error);
    }
}
