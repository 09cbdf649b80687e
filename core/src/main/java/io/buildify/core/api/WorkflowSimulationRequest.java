package io.buildify.core.api;

import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.workflow.SimulationInput;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Body of {@code POST /api/v1/workflows/{name}/simulate}; the answer is the core
 * {@link io.buildify.core.workflow.SimulationResult}. Runs {@code workflow} when given (a draft, valid or not),
 * otherwise the published {@code version} of the workflow, or its latest version when that is null too.
 * {@code values} are the record's field values, {@code user} and {@code roles} who is clicking;
 * {@code maxTransitions} (1 to {@value #MAX_TRANSITIONS}, default {@value #MAX_TRANSITIONS}) bounds the run, so
 * a step-by-step dry run is a run with one more transition each time.
 */
public record WorkflowSimulationRequest(
        WorkflowDefinition workflow,
        Integer version,
        Map<String, Object> values,
        String user,
        List<String> roles,
        Integer maxTransitions) {

    /** The most transitions one simulation may take; a server answer stays a few megabytes at most. */
    public static final int MAX_TRANSITIONS = 10_000;

    public WorkflowSimulationRequest {
        // Values may be null (a field with no value), which Map.copyOf refuses.
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A run of the latest published version. */
    public static WorkflowSimulationRequest ofPublished(Map<String, Object> values, String user, List<String> roles,
                                                        Integer maxTransitions) {
        return new WorkflowSimulationRequest(null, null, values, user, roles, maxTransitions);
    }

    /** A run of a draft that need not be published (nor valid). */
    public static WorkflowSimulationRequest ofDraft(WorkflowDefinition workflow, Map<String, Object> values,
                                                    String user, List<String> roles, Integer maxTransitions) {
        return new WorkflowSimulationRequest(workflow, null, values, user, roles, maxTransitions);
    }

    /** The sample data as the simulator takes it. */
    public SimulationInput input() {
        return new SimulationInput(values, user, Set.copyOf(roles));
    }

    /** {@code maxTransitions}, or the maximum when none was asked for. */
    public int effectiveMaxTransitions() {
        return maxTransitions == null ? MAX_TRANSITIONS : maxTransitions;
    }
}
