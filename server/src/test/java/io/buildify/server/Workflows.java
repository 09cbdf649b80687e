package io.buildify.server;

import io.buildify.core.api.WorkflowPublishRequest;
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

import java.util.List;
import java.util.UUID;

/**
 * Workflows the server and client tests publish: draft → (submit) → check → credit_limit &gt; 1000 → review
 * (a manager approves or rejects); otherwise check → approved by default. Fits {@link Definitions#customer}.
 */
public final class Workflows {
    private Workflows() {
    }

    public static WorkflowDefinition approval(String name, String entityName) {
        return approval(name, entityName, new Condition("credit_limit", ConditionOperator.GT, 1000));
    }

    /** The approval workflow whose "big" branch (check → review) has {@code bigCondition}. */
    public static WorkflowDefinition approval(String name, String entityName, Condition bigCondition) {
        return new WorkflowDefinition(name + "-id", name, "Approval of " + name, null, "tests", entityName,
                WorkflowTrigger.manual(),
                List.of(state("draft", StateType.START), state("check", StateType.CONDITION),
                        state("review", StateType.APPROVAL), state("approved", StateType.END),
                        state("rejected", StateType.END)),
                List.of(transition("submit", "draft", "check", ConditionType.ALWAYS, 0),
                        transition("big", "check", "review", ConditionType.CONDITIONAL, 0, bigCondition),
                        transition("small", "check", "approved", ConditionType.ALWAYS, 1),
                        transition("approve", "review", "approved", ConditionType.APPROVAL, 0),
                        transition("reject", "review", "rejected", ConditionType.APPROVAL, 1)));
    }

    /** The same drawing without its start state: invalid (no start, nothing reachable). */
    public static WorkflowDefinition withoutStart(WorkflowDefinition workflow) {
        return new WorkflowDefinition(workflow.id(), workflow.name(), workflow.label(), workflow.description(),
                workflow.category(), workflow.entityName(), workflow.trigger(),
                workflow.states().stream().filter(s -> s.type() != StateType.START).toList(),
                workflow.transitions().stream().filter(t -> !t.fromStateId().equals("draft")).toList());
    }

    /** A copy with another label, i.e. a later edit of the same workflow. */
    public static WorkflowDefinition relabelled(WorkflowDefinition workflow, String label) {
        return new WorkflowDefinition(workflow.id(), workflow.name(), label, workflow.description(),
                workflow.category(), workflow.entityName(), workflow.trigger(), workflow.states(),
                workflow.transitions());
    }

    public static WorkflowPublishRequest request(WorkflowDefinition workflow, int baseVersion) {
        return new WorkflowPublishRequest(workflow, baseVersion, "publish " + workflow.name() + " on " + baseVersion,
                UUID.randomUUID().toString(), "tester");
    }

    private static WorkflowState state(String id, StateType type) {
        return new WorkflowState(id, id, id, null, type, null, null, type == StateType.END,
                type == StateType.APPROVAL, type == StateType.APPROVAL ? new ApprovalConfig(List.of("manager"), 1)
                : null, null, List.of(), List.of(), List.of(), List.of(), 100, 100);
    }

    private static WorkflowTransition transition(String id, String from, String to, ConditionType type, int order,
                                                 Condition... conditions) {
        return new WorkflowTransition(id, id, id, null, from, to, type,
                new ConditionGroup(LogicalOperator.AND, List.of(conditions)), List.of(), List.of(), List.of(), id,
                ButtonStyle.PRIMARY, order);
    }
}
