package io.buildify.client;

import io.buildify.core.api.ApiError;
import io.buildify.core.validation.ValidationProblem;

import java.util.List;

/**
 * 400: the server refused the request as invalid. For {@code validation_failed} the problems name the offending
 * parts by path ({@code name}, {@code fields[2].max_length}); a {@code bad_request} (malformed body, name in the
 * path differing from the definition's) has no problems, only the message.
 */
public final class ValidationException extends BuildifyClientException {
    private final List<ValidationProblem> problems;

    ValidationException(ApiError error) {
        super(400, error);
        this.problems = ErrorDetails.problems(error);
    }

    /** The problems the server listed, in its order; empty for a {@code bad_request}. */
    public List<ValidationProblem> problems() {
        return problems;
    }
}
