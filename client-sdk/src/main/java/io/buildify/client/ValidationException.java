package io.buildify.client;

import io.buildify.core.api.ApiError;
import io.buildify.core.validation.ValidationProblem;
import io.buildify.core.workflow.WorkflowMarker;

import java.util.List;

/**
 * 400: the server refused the request as invalid. For {@code validation_failed} of an entity the problems name the
 * offending parts by path ({@code name}, {@code fields[2].max_length}); of a workflow the markers name the offending
 * states and transitions by id, as the canvas shows them. A {@code bad_request} (malformed body, name in the path
 * differing from the definition's) has neither, only the message.
 */
public final class ValidationException extends BuildifyClientException {
    private final List<ValidationProblem> problems;
    private final List<WorkflowMarker> markers;

    ValidationException(ApiError error) {
        super(400, error);
        this.problems = ErrorDetails.problems(error);
        this.markers = ErrorDetails.list(error, "markers", WorkflowMarker.class);
    }

    /** The problems the server listed, in its order; empty for a {@code bad_request}. */
    public List<ValidationProblem> problems() {
        return problems;
    }

    /** The workflow markers the server listed (warnings included), in its order; empty unless a workflow. */
    public List<WorkflowMarker> markers() {
        return markers;
    }
}
