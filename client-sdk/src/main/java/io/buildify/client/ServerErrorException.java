package io.buildify.client;

import io.buildify.core.api.ApiError;

import java.util.Map;

/**
 * The server answered, but not with something the client can act on: a 5xx, a status outside the contract, or a
 * body that is not the expected JSON. The message quotes the status and the start of the body.
 */
public final class ServerErrorException extends BuildifyClientException {
    /** Code used when the body could not be read as an {@link ApiError} or as the expected answer. */
    public static final String INVALID_RESPONSE = "invalid_response";
    static final int QUOTED_CHARS = 200;

    ServerErrorException(int status, ApiError error) {
        super(status, error, "Server error (HTTP " + status + ", " + error.error() + "): " + error.message(), null);
    }

    private ServerErrorException(int status, String message, Throwable cause) {
        super(status, new ApiError(INVALID_RESPONSE, message, Map.of()), message, cause);
    }

    /** An answer that is not the JSON the contract promises; quotes the first {@value #QUOTED_CHARS} chars. */
    static ServerErrorException unreadable(int status, String body, Throwable cause) {
        String message = "Unexpected answer from server (HTTP " + status + "): " + quote(body);
        return new ServerErrorException(status, message, cause);
    }

    static String quote(String body) {
        if (body == null || body.isBlank()) {
            return "<empty body>";
        }
        String trimmed = body.strip();
        return trimmed.length() <= QUOTED_CHARS ? trimmed : trimmed.substring(0, QUOTED_CHARS) + "…";
    }
}
