package io.buildify.core.workflow.bench;

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
 * Generated workflows for the benchmark, shaped like real ones: tasks, approvals (every 7th state) and condition
 * states (every 5th) with a conditional branch on a field of {@link #ENTITY} and a default branch.
 */
final class LargeWorkflows {
    static final EntityDefinition ENTITY = EntityDefinition.of("claim")
            .withFieldAdded(FieldDefinition.of("amount", FieldType.DECIMAL))
            .withFieldAdded(FieldDefinition.of("region", FieldType.STRING));

    private LargeWorkflows() {
    }

    /**
     * start → s1 → … → end, {@code states} in all. A condition state's conditional branch goes on, its default branch
     * goes to the end state; every other state goes on unconditionally. Valid: no markers.
     */
    static WorkflowDefinition chain(int states) {
        return build(states, false);
    }

    /**
     * The same shape without an end: the last state leads back to s1, so a run never completes and a simulation
     * takes exactly as many transitions as it is allowed.
     */
    static WorkflowDefinition loop(int states) {
        return build(states, true);
    }

    private static WorkflowDefinition build(int count, boolean loop) {
        if (count < 3) {
            throw new IllegalArgumentException("a generated workflow has at least 3 states, was " + count);
        }
        List<WorkflowState> states = new ArrayList<>(count);
        List<WorkflowTransition> transitions = new ArrayList<>();
        states.add(state("s0", StateType.START, 0));
        int last = loop ? count - 1 : count - 2;
        for (int i = 1; i <= last; i++) {
            StateType type = i % 5 == 0 ? StateType.CONDITION : i % 7 == 0 ? StateType.APPROVAL : StateType.TASK;
            states.add(state("s" + i, type, i));
        }
        String endId = loop ? "s1" : "end";
        if (!loop) {
            states.add(state(endId, StateType.END, count - 1));
        }
        for (int i = 0; i <= last; i++) {
            String from = "s" + i;
            String next = i == last ? endId : "s" + (i + 1);
            StateType type = states.get(i).type();
            if (type == StateType.CONDITION) {
                transitions.add(transition(from + "_big", from, next, ConditionType.CONDITIONAL, 0,
                        new Condition("amount", ConditionOperator.GT, 100)));
                transitions.add(transition(from + "_default", from, loop ? next : endId, ConditionType.ALWAYS, 1));
            } else if (type == StateType.APPROVAL) {
                transitions.add(transition(from + "_approve", from, next, ConditionType.APPROVAL, 0));
            } else {
                transitions.add(transition(from + "_next", from, next, ConditionType.ALWAYS, 0));
            }
        }
        return new WorkflowDefinition("bench-" + count, loop ? "bench_loop" : "bench_chain", "Benchmark", null, null,
                ENTITY.name(), WorkflowTrigger.manual(), states, transitions);
    }

    private static WorkflowState state(String id, StateType type, int index) {
        return new WorkflowState(id, id, id, null, type, null, null, type == StateType.END,
                type == StateType.APPROVAL, type == StateType.APPROVAL ? new ApprovalConfig(List.of("manager"), 1)
                : null, null, List.of(), List.of(), List.of(), List.of(), 200.0 * (index % 20), 120.0 * (index / 20));
    }

    private static WorkflowTransition transition(String id, String from, String to, ConditionType type, int order,
                                                 Condition... conditions) {
        return new WorkflowTransition(id, id, id, null, from, to, type,
                new ConditionGroup(LogicalOperator.AND, List.of(conditions)), List.of(), List.of(), List.of(), id,
                ButtonStyle.PRIMARY, order);
    }
}
