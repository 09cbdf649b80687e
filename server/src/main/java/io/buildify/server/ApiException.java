package io.buildify.server;

import io.buildify.core.api.ApiError;

import java.util.Map;
import java.util.Objects;

/**
 * A refusal with a known cause: carries the HTTP status and the {@link ApiError} the client receives. Thrown by
 * controllers and services; {@code http.ErrorHandlers} turns it into the response.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final transient Map<String, Object> details;

    public ApiException(int status, String code, String message, Map<String, Object> details) {
        super(Objects.requireNonNull(message, "message"));
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message, Map.of());
    }

    public static ApiException badRequest(String message, Map<String, Object> details) {
        return new ApiException(400, "bad_request", message, details);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message, Map.of());
    }

    public int status() {
        return status;
    }

    public ApiError toError() {
        return new ApiError(code, getMessage(), details);
    }
}
