package io.buildify.client;

import io.buildify.core.api.ApiError;

import java.util.Objects;

/**
 * Base of everything {@link BuildifyClient} throws when a call does not succeed. Each failure carries an
 * {@link ApiError}: the server's own when it sent one, otherwise one the client made up with a code of its own
 * ({@code unreachable}, {@code invalid_response}). Catch this type to handle every failure in one place, or a
 * subclass to react to one case (e.g. {@link ConflictException} to offer a reload).
 */
public abstract class BuildifyClientException extends RuntimeException {
    /** {@link #status()} when no HTTP answer arrived at all. */
    public static final int NO_STATUS = 0;

    private final int status;
    private final ApiError error;

    protected BuildifyClientException(int status, ApiError error, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.error = Objects.requireNonNull(error, "error");
    }

    protected BuildifyClientException(int status, ApiError error) {
        this(status, error, error.message(), null);
    }

    /** The HTTP status of the answer, or {@link #NO_STATUS} if the server never answered. */
    public int status() {
        return status;
    }

    /** The stable error code, e.g. {@code validation_failed}, {@code conflict}, {@code unreachable}. */
    public String code() {
        return error.error();
    }

    /** The error as the server sent it (or as the client described it when there was no usable answer). */
    public ApiError error() {
        return error;
    }
}
