package io.buildify.core.bpmn;

import io.buildify.core.model.WorkflowDefinition;

import java.util.List;
import java.util.Objects;

/**
 * The workflow read from a BPMN file, and what of the file it could not keep, one plain sentence per element
 * (e.g. {@code parallelGateway 'Fork' (Gateway_1): parallel gateways are not supported}). An empty list means the
 * whole file was mapped.
 */
public record BpmnImportResult(WorkflowDefinition workflow, List<String> dropped) {
    public BpmnImportResult {
        Objects.requireNonNull(workflow, "workflow");
        dropped = List.copyOf(dropped);
    }
}
