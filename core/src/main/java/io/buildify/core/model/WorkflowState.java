package io.buildify.core.model;

import java.util.List;
import java.util.Objects;

/** A state (node) of a workflow, with its SPEC §2 properties and its position on the canvas. */
public record WorkflowState(
        String id,
        String name,
        String label,
        String description,
        StateType type,
        String color,
        String icon,
        boolean isFinal,
        boolean requiresApproval,
        ApprovalConfig approval,
        Integer slaHours,
        List<EscalationRule> escalationRules,
        List<WorkflowAction> onEntryActions,
        List<WorkflowAction> onExitActions,
        List<String> requiredFields,
        double x,
        double y) {

    public WorkflowState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        escalationRules = Lists.copy(escalationRules);
        onEntryActions = Lists.copy(onEntryActions);
        onExitActions = Lists.copy(onExitActions);
        requiredFields = Lists.copy(requiredFields);
    }

    public static WorkflowState of(String name, StateType type, double x, double y) {
        return new WorkflowState(Ids.newId(), name, Names.labelOf(name), null, type, null, null,
                type == StateType.END, type == StateType.APPROVAL, null, null, List.of(), List.of(), List.of(),
                List.of(), x, y);
    }
}
