package io.buildify.core.workflow;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.WorkflowDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The workflow rules of SPEC §2 "Validation on the canvas", as a pure function from a workflow (and the entity it
 * applies to, when known) to markers on its elements. The canvas shows them as badges; publishing refuses errors.
 */
public final class WorkflowValidator {
    private WorkflowValidator() {
    }

    /**
     * @param entity the entity the workflow applies to, or null when it is unknown (field checks are then skipped)
     */
    public static List<WorkflowMarker> validate(WorkflowDefinition workflow, EntityDefinition entity) {
        Objects.requireNonNull(workflow, "workflow");
        List<WorkflowMarker> markers = new ArrayList<>();
        StateRules.check(workflow, markers::add);
        GraphRules.check(workflow, new WorkflowGraph(workflow), markers::add);
        ConditionRules.check(workflow, entity, markers::add);
        EscalationRules.check(workflow, entity, markers::add);
        ActionRules.check(workflow, entity, markers::add);
        TriggerRules.check(workflow, entity, markers::add);
        return List.copyOf(markers);
    }

    public static boolean hasErrors(List<WorkflowMarker> markers) {
        return markers.stream().anyMatch(WorkflowMarker::isError);
    }
}
