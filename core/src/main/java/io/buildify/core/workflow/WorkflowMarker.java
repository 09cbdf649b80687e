package io.buildify.core.workflow;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.buildify.core.validation.ValidationProblem.Severity;

import java.util.Objects;

/**
 * A finding of the workflow rules, attached to one element of the drawing: a state id, a transition id, or the empty
 * string for the workflow as a whole. {@code code} is stable (e.g. {@code unreachable_state}) so the canvas can pick
 * an icon and tests can assert on it; {@code message} is for people.
 */
public record WorkflowMarker(String elementId, Severity severity, String code, String message) {
    public WorkflowMarker {
        elementId = elementId == null ? "" : elementId;
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    static WorkflowMarker error(String elementId, String code, String message) {
        return new WorkflowMarker(elementId, Severity.ERROR, code, message);
    }

    static WorkflowMarker warning(String elementId, String code, String message) {
        return new WorkflowMarker(elementId, Severity.WARNING, code, message);
    }

    /** Not a wire property: derived from {@code severity} (a reader refusing unknown properties would choke). */
    @JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
