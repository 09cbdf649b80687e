package io.buildify.app.workflow;

import io.buildify.core.model.ApprovalConfig;
import io.buildify.core.model.ButtonStyle;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.EscalationRule;
import io.buildify.core.model.StateType;
import io.buildify.core.model.Waypoint;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowAction;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import io.buildify.core.model.WorkflowTrigger;

import java.util.List;

/**
 * Copies of the immutable workflow records with one property changed — what a properties-panel edit produces.
 * The records have many components; keeping the copying here means each edit reads as one line.
 */
public final class WorkflowEdits {
    private WorkflowEdits() {
    }

    /** Mutable copy of a state. */
    public static final class State {
        public String name, label, description, color, icon;
        public StateType type;
        public boolean isFinal, requiresApproval;
        public ApprovalConfig approval;
        public Integer slaHours;
        public List<WorkflowAction> onEntryActions, onExitActions;
        public List<EscalationRule> escalationRules;
        public List<String> requiredFields;
        public double x, y;
        private final WorkflowState from;

        private State(WorkflowState s) {
            from = s;
            name = s.name();
            label = s.label();
            description = s.description();
            color = s.color();
            icon = s.icon();
            type = s.type();
            isFinal = s.isFinal();
            requiresApproval = s.requiresApproval();
            approval = s.approval();
            slaHours = s.slaHours();
            onEntryActions = s.onEntryActions();
            onExitActions = s.onExitActions();
            escalationRules = s.escalationRules();
            requiredFields = s.requiredFields();
            x = s.x();
            y = s.y();
        }

        public WorkflowState build() {
            return new WorkflowState(from.id(), name, label, description, type, color, icon, isFinal,
                    requiresApproval, approval, slaHours, escalationRules, onEntryActions,
                    onExitActions, requiredFields, x, y);
        }
    }

    /** Mutable copy of a transition. */
    public static final class Transition {
        public String name, label, description, fromStateId, toStateId, buttonLabel;
        public ConditionType conditionType;
        public ConditionGroup conditions;
        public List<String> allowedRoles;
        public List<WorkflowAction> actions;
        public ButtonStyle buttonStyle;
        public int displayOrder;
        public List<Waypoint> waypoints;
        private final WorkflowTransition from;

        private Transition(WorkflowTransition t) {
            from = t;
            name = t.name();
            label = t.label();
            description = t.description();
            fromStateId = t.fromStateId();
            toStateId = t.toStateId();
            buttonLabel = t.buttonLabel();
            conditionType = t.conditionType();
            conditions = t.conditions();
            allowedRoles = t.allowedRoles();
            actions = t.actions();
            buttonStyle = t.buttonStyle();
            displayOrder = t.displayOrder();
            waypoints = t.waypoints();
        }

        public WorkflowTransition build() {
            return new WorkflowTransition(from.id(), name, label, description, fromStateId, toStateId, conditionType,
                    conditions, allowedRoles, from.allowedUsers(), actions, buttonLabel, buttonStyle,
                    displayOrder, waypoints);
        }
    }

    /** Mutable copy of a workflow's header (states and transitions are carried over untouched). */
    public static final class Header {
        public String name, label, description, category, entityName;
        public WorkflowTrigger trigger;
        private final WorkflowDefinition from;

        private Header(WorkflowDefinition w) {
            from = w;
            name = w.name();
            label = w.label();
            description = w.description();
            category = w.category();
            entityName = w.entityName();
            trigger = w.trigger();
        }

        public WorkflowDefinition build() {
            return new WorkflowDefinition(from.id(), name, label, description, category, entityName, trigger,
                    from.states(), from.transitions());
        }
    }

    public static State of(WorkflowState state) {
        return new State(state);
    }

    public static Transition of(WorkflowTransition transition) {
        return new Transition(transition);
    }

    public static Header of(WorkflowDefinition workflow) {
        return new Header(workflow);
    }
}
