package io.buildify.core.workflow;

import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.EscalationKind;
import io.buildify.core.model.EscalationRule;
import io.buildify.core.model.SystemFields;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A state's escalation rules and required fields: an escalation needs an SLA to be measured against and a target
 * (a role or user to notify or reassign to, or an existing other state to move to); a required field must be a
 * field of the entity, named once.
 */
final class EscalationRules {
    private EscalationRules() {
    }

    static void check(WorkflowDefinition workflow, EntityDefinition entity, Consumer<WorkflowMarker> out) {
        Set<String> stateIds = new HashSet<>();
        workflow.states().forEach(s -> stateIds.add(s.id()));
        for (WorkflowState state : workflow.states()) {
            for (EscalationRule rule : state.escalationRules()) {
                escalation(state, rule, stateIds, out);
            }
            requiredFields(state, entity, out);
        }
    }

    private static void escalation(WorkflowState state, EscalationRule rule, Set<String> stateIds,
                                   Consumer<WorkflowMarker> out) {
        String where = "State '" + state.name() + "': escalation after " + rule.afterHours() + " h ";
        if (state.slaHours() == null) {
            out.accept(WorkflowMarker.error(state.id(), "escalation_without_sla",
                    "State '" + state.name() + "' has escalation rules but no SLA hours to breach"));
        }
        if (rule.afterHours() < 0) {
            out.accept(WorkflowMarker.error(state.id(), "invalid_escalation",
                    where + "must wait 0 or more hours after the SLA"));
        }
        if (rule.kind() == EscalationKind.MOVE_TO_STATE) {
            String target = rule.moveToStateId();
            if (blank(target)) {
                out.accept(WorkflowMarker.error(state.id(), "escalation_without_target",
                        where + "moves to no state; pick the state to move to"));
            } else if (!stateIds.contains(target) || target.equals(state.id())) {
                out.accept(WorkflowMarker.error(state.id(), "escalation_without_target",
                        where + "moves to a state that is not on the canvas (or to itself)"));
            }
        } else if (blank(rule.notifyRole()) && blank(rule.notifyUser())) {
            out.accept(WorkflowMarker.error(state.id(), "escalation_without_target",
                    where + (rule.kind() == EscalationKind.NOTIFY ? "notifies" : "reassigns to")
                            + " nobody; name a role or a user"));
        }
    }

    private static void requiredFields(WorkflowState state, EntityDefinition entity, Consumer<WorkflowMarker> out) {
        Set<String> seen = new HashSet<>();
        for (String field : state.requiredFields()) {
            String where = "State '" + state.name() + "': required field ";
            if (blank(field)) {
                out.accept(WorkflowMarker.error(state.id(), "bad_required_field", where + "with no name"));
            } else if (!seen.add(field)) {
                out.accept(WorkflowMarker.warning(state.id(), "bad_required_field", where + "'" + field
                        + "' is listed twice"));
            } else if (entity != null && entity.fieldNamed(field).isEmpty()
                    && !SystemFields.RESERVED_NAMES.contains(field)) {
                out.accept(WorkflowMarker.error(state.id(), "bad_required_field", where + "'" + field
                        + "' is not a field of entity '" + entity.name() + "'"));
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
