package io.buildify.core.bpmn;

import io.buildify.core.model.ApprovalConfig;
import io.buildify.core.model.ButtonStyle;
import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.LogicalOperator;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import io.buildify.core.model.WorkflowTrigger;

import java.math.BigDecimal;
import java.util.List;

/**
 * Fixture: a loan workflow with every state type: request (id starts with a digit, as UUIDs often do) → check
 * (condition) → big amounts to review (approval by managers), car loans to paperwork (task), the rest by default
 * to done.
 */
final class BpmnFixtures {
    private BpmnFixtures() {
    }

    static WorkflowDefinition loanWorkflow() {
        return new WorkflowDefinition("7f3e-loan", "loan_approval", "Loan approval", "Decides loan requests",
                "finance", "loan", WorkflowTrigger.manual(),
                List.of(state("1-request", "request", "Loan request received", StateType.START, 100, 120),
                        state("check", "check", "Amount check", StateType.CONDITION, 220, 113),
                        approval(),
                        state("paperwork", "paperwork", "Prepare paperwork", StateType.TASK, 360, 240),
                        state("done", "done", "Done", StateType.END, 560, 120)),
                List.of(transition("submit", "1-request", "check", ConditionType.ALWAYS, null, 0),
                        transition("big", "check", "review", ConditionType.CONDITIONAL,
                                new ConditionGroup(LogicalOperator.AND, List.of(
                                        new Condition("amount", ConditionOperator.GT, 1000),
                                        new Condition("status", ConditionOperator.EQ, "new"))), 0),
                        transition("car", "check", "paperwork", ConditionType.CONDITIONAL,
                                new ConditionGroup(LogicalOperator.OR, List.of(
                                        new Condition("purpose", ConditionOperator.CONTAINS, "car \"new\""),
                                        new Condition("rate", ConditionOperator.LTE, new BigDecimal("10.5")),
                                        new Condition("region", ConditionOperator.IN, List.of("north", "east")),
                                        new Condition("note", ConditionOperator.IS_NULL, null))), 1),
                        transition("small", "check", "done", ConditionType.ALWAYS, null, 2),
                        transition("approve", "review", "done", ConditionType.APPROVAL, null, 0),
                        transition("filed", "paperwork", "done", ConditionType.ALWAYS, null, 0)));
    }

    private static WorkflowState approval() {
        return new WorkflowState("review", "review", "Manager review", "Managers look at big loans",
                StateType.APPROVAL, null, null, false, true, new ApprovalConfig(List.of("manager", "finance"), 2),
                null, List.of(), List.of(), List.of(), List.of(), 360, 92);
    }

    static WorkflowState state(String id, String name, String label, StateType type, double x, double y) {
        return new WorkflowState(id, name, label, null, type, null, null, type == StateType.END, false, null, null,
                List.of(), List.of(), List.of(), List.of(), x, y);
    }

    static WorkflowTransition transition(String id, String from, String to, ConditionType type,
                                         ConditionGroup conditions, int order) {
        String label = Character.toUpperCase(id.charAt(0)) + id.substring(1);
        return new WorkflowTransition(id, id, label, null, from, to, type, conditions,
                id.equals("approve") ? List.of("manager") : List.of(), List.of(), List.of(), label,
                ButtonStyle.PRIMARY, order);
    }
}
