package io.buildify.core.api;

import io.buildify.core.workflow.WorkflowMarker;

import java.util.List;

/**
 * Answer of {@code POST /api/v1/workflows/{name}/validate}: the markers of the core workflow rules, checked against
 * the published entity the workflow applies to; {@code valid} when none of them is an error (warnings do not block
 * a publish).
 */
public record WorkflowValidationResponse(boolean valid, List<WorkflowMarker> markers) {
    public WorkflowValidationResponse {
        markers = markers == null ? List.of() : List.copyOf(markers);
    }

    public static WorkflowValidationResponse of(List<WorkflowMarker> markers) {
        return new WorkflowValidationResponse(markers.stream().noneMatch(WorkflowMarker::isError), markers);
    }
}
