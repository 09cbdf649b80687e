package io.buildify.core.workflow;

import io.buildify.core.model.ApprovalConfig;
import io.buildify.core.model.ButtonStyle;
import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.LogicalOperator;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import io.buildify.core.model.WorkflowTrigger;

import java.util.ArrayList;
import java.util.List;

/**
 * Fixture: draft → (submit, sales only) → check → amount &gt; 1000 → review (manager approves/rejects) → end;
 * otherwise check → approved by default.
 */
final class LoanWorkflow {
    static final EntityDefinition LOAN = EntityDefinition.of("loan")
            .withFieldAdded(FieldDefinition.of("amount", FieldType.DECIMAL))
            .withFieldAdded(FieldDefinition.of("status", FieldType.SINGLE_SELECT).withAllowedValues(List.of("new", "open")))
            .withFieldAdded(FieldDefinition.of("purpose", FieldType.STRING));

    private LoanWorkflow() {
    }

    static WorkflowState state(String id, StateType type) {
        return new WorkflowState(id, id, id, null, type, null, null, type == StateType.END,
                type == StateType.APPROVAL, type == StateType.APPROVAL ? new ApprovalConfig(List.of("manager"), 1) : null,
                null, List.of(), List.of(), List.of(), List.of(), 0, 0);
    }

    static WorkflowTransition transition(String id, String from, String to, ConditionType type, int order,
                                         List<String> roles, Condition... conditions) {
        return new WorkflowTransition(id, id, id, null, from, to, type,
                new ConditionGroup(LogicalOperator.AND, List.of(conditions)), roles, List.of(), List.of(), id,
                ButtonStyle.PRIMARY, order);
    }

    static WorkflowDefinition workflow() {
        return new WorkflowDefinition("wf", "loan_approval", "Loan approval", null, null, "loan",
                WorkflowTrigger.manual(),
                List.of(state("draft", StateType.START), state("check", StateType.CONDITION),
                        state("review", StateType.APPROVAL), state("approved", StateType.END),
                        state("rejected", StateType.END)),
                List.of(transition("submit", "draft", "check", ConditionType.ALWAYS, 0, List.of("sales")),
                        transition("big", "check", "review", ConditionType.CONDITIONAL, 0, List.of(),
                                new Condition("amount", ConditionOperator.GT, 1000)),
                        transition("small", "check", "approved", ConditionType.ALWAYS, 1, List.of()),
                        transition("approve", "review", "approved", ConditionType.APPROVAL, 0, List.of()),
                        transition("reject", "review", "rejected", ConditionType.APPROVAL, 1, List.of())));
    }

    static WorkflowDefinition withStates(WorkflowDefinition wf, List<WorkflowState> states) {
        return new WorkflowDefinition(wf.id(), wf.name(), wf.label(), wf.description(), wf.category(),
                wf.entityName(), wf.trigger(), states, wf.transitions());
    }

    static WorkflowDefinition withTransitions(WorkflowDefinition wf, List<WorkflowTransition> transitions) {
        return new WorkflowDefinition(wf.id(), wf.name(), wf.label(), wf.description(), wf.category(),
                wf.entityName(), wf.trigger(), wf.states(), transitions);
    }

    static WorkflowDefinition plusTransition(WorkflowDefinition wf, WorkflowTransition extra) {
        List<WorkflowTransition> all = new ArrayList<>(wf.transitions());
        all.add(extra);
        return withTransitions(wf, all);
    }

    static WorkflowDefinition plusState(WorkflowDefinition wf, WorkflowState extra) {
        List<WorkflowState> all = new ArrayList<>(wf.states());
        all.add(extra);
        return withStates(wf, all);
    }
}
