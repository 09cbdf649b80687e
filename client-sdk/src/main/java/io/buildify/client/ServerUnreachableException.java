package io.buildify.client;

import io.buildify.core.api.ApiError;

import java.util.Map;

/**
 * No answer: the connection was refused, the host is unknown, or the server did not answer in time. The message
 * names the server and the reason, e.g. "Server at http://127.0.0.1:1234 is unreachable: Connection refused".
 */
public final class ServerUnreachableException extends BuildifyClientException {
    public static final String CODE = "unreachable";

    private final String baseUrl;

    ServerUnreachableException(String baseUrl, String reason, Throwable cause) {
        super(NO_STATUS, new ApiError(CODE, messageFor(baseUrl, reason), Map.of()), messageFor(baseUrl, reason),
                cause);
        this.baseUrl = baseUrl;
    }

    private static String messageFor(String baseUrl, String reason) {
        return "Server at " + baseUrl + " is unreachable: " + reason;
    }

    /** The base URL the client was configured with. */
    public String baseUrl() {
        return baseUrl;
    }
}
