package io.buildify.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Objects;

/**
 * A transition (edge) between two states, by state id. {@code waypoints} are the bend points of its line on the
 * canvas, in order from source to target (empty: a straight line); files without them read as straight lines.
 */
public record WorkflowTransition(
        String id,
        String name,
        String label,
        String description,
        String fromStateId,
        String toStateId,
        ConditionType conditionType,
        ConditionGroup conditions,
        List<String> allowedRoles,
        List<String> allowedUsers,
        List<WorkflowAction> actions,
        String buttonLabel,
        ButtonStyle buttonStyle,
        int displayOrder,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Waypoint> waypoints) {

    /** A transition drawn as a straight line. */
    public WorkflowTransition(String id, String name, String label, String description, String fromStateId,
                              String toStateId, ConditionType conditionType, ConditionGroup conditions,
                              List<String> allowedRoles, List<String> allowedUsers, List<WorkflowAction> actions,
                              String buttonLabel, ButtonStyle buttonStyle, int displayOrder) {
        this(id, name, label, description, fromStateId, toStateId, conditionType, conditions, allowedRoles,
                allowedUsers, actions, buttonLabel, buttonStyle, displayOrder, List.of());
    }

    public WorkflowTransition {
        Objects.requireNonNull(id, "id");
        conditionType = conditionType == null ? ConditionType.ALWAYS : conditionType;
        conditions = conditions == null ? ConditionGroup.empty() : conditions;
        allowedRoles = Lists.copy(allowedRoles);
        allowedUsers = Lists.copy(allowedUsers);
        actions = Lists.copy(actions);
        waypoints = Lists.copy(waypoints);
    }

    /** This transition with other bend points. */
    public WorkflowTransition withWaypoints(List<Waypoint> newWaypoints) {
        return new WorkflowTransition(id, name, label, description, fromStateId, toStateId, conditionType, conditions,
                allowedRoles, allowedUsers, actions, buttonLabel, buttonStyle, displayOrder, newWaypoints);
    }

    /**
     * A branch taken when no other condition holds: unconditional, or conditional with no conditions. A condition
     * state needs one (SPEC §2); BPMN export names it the gateway's default flow.
     */
    @JsonIgnore
    public boolean isDefaultBranch() {
        return conditionType == ConditionType.ALWAYS
                || conditionType == ConditionType.CONDITIONAL && conditions.conditions().isEmpty();
    }

    public static WorkflowTransition of(String name, String fromStateId, String toStateId) {
        return new WorkflowTransition(Ids.newId(), name, Names.labelOf(name), null, fromStateId, toStateId,
                ConditionType.ALWAYS, ConditionGroup.empty(), List.of(), List.of(), List.of(), Names.labelOf(name),
                ButtonStyle.PRIMARY, 0);
    }
}
