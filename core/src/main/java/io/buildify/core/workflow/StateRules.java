package io.buildify.core.workflow;

import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import io.buildify.core.validation.NameRules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Rules on single states and transitions: names, duplicates, approvers, SLA. */
final class StateRules {
    private StateRules() {
    }

    /**
     * Workflow, state and transition names are snake_case keys, stored as values and never used as SQL identifiers,
     * so SQL reserved words such as "check" or "end" are fine here.
     */
    private static Optional<String> checkName(String name) {
        return NameRules.checkIdentifier(name).filter(message -> !NameRules.isReservedWord(name));
    }

    static void check(WorkflowDefinition workflow, Consumer<WorkflowMarker> out) {
        checkName(workflow.name()).ifPresent(m -> out.accept(
                WorkflowMarker.error("", "invalid_name", "Workflow name: " + m)));
        Map<String, Integer> seen = new HashMap<>();
        for (WorkflowState state : workflow.states()) {
            checkName(state.name()).ifPresent(m -> out.accept(
                    WorkflowMarker.error(state.id(), "invalid_name", "State name: " + m)));
            if (seen.merge(state.name(), 1, Integer::sum) == 2) {
                out.accept(WorkflowMarker.error(state.id(), "duplicate_state_name",
                        "Another state is already named '" + state.name() + "'"));
            }
            if (state.type() == StateType.APPROVAL || state.requiresApproval()) {
                List<String> roles = state.approval() == null ? List.of() : state.approval().approverRoles();
                if (roles.isEmpty()) {
                    out.accept(WorkflowMarker.error(state.id(), "no_approver_role",
                            "Approval state '" + state.name() + "' names no approver role"));
                }
            }
            if (state.slaHours() != null && state.slaHours() <= 0) {
                out.accept(WorkflowMarker.error(state.id(), "invalid_sla",
                        "SLA of '" + state.name() + "' must be a positive number of hours"));
            }
        }
        for (WorkflowTransition t : workflow.transitions()) {
            checkName(t.name()).ifPresent(m -> out.accept(
                    WorkflowMarker.error(t.id(), "invalid_name", "Transition name: " + m)));
        }
    }
}
