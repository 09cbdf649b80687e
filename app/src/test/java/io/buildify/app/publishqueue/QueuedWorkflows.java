package io.buildify.app.publishqueue;

import io.buildify.core.api.WorkflowPublishRequest;
import io.buildify.core.model.ButtonStyle;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.LogicalOperator;
import io.buildify.core.model.StateType;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowState;
import io.buildify.core.model.WorkflowTransition;
import io.buildify.core.model.WorkflowTrigger;

import java.util.List;
import java.util.UUID;

/** Workflows the publish-queue tests queue: the smallest one the server accepts (start → done, no conditions). */
public final class QueuedWorkflows {
    private QueuedWorkflows() {
    }

    public static WorkflowDefinition twoStates(String name, String entityName) {
        return new WorkflowDefinition(name + "-id", name, "Flow of " + entityName, null, "tests", entityName,
                WorkflowTrigger.manual(),
                List.of(state("draft", StateType.START, 100), state("done", StateType.END, 300)),
                List.of(new WorkflowTransition("finish", "finish", "Finish", null, "draft", "done",
                        ConditionType.ALWAYS, new ConditionGroup(LogicalOperator.AND, List.of()), List.of(),
                        List.of(), List.of(), "Finish", ButtonStyle.PRIMARY, 0)));
    }

    /** A copy with another label, i.e. a later edit of the same workflow. */
    public static WorkflowDefinition relabelled(WorkflowDefinition workflow, String label) {
        return new WorkflowDefinition(workflow.id(), workflow.name(), label, workflow.description(),
                workflow.category(), workflow.entityName(), workflow.trigger(), workflow.states(),
                workflow.transitions());
    }

    public static WorkflowPublishRequest request(WorkflowDefinition workflow, int baseVersion) {
        return new WorkflowPublishRequest(workflow, baseVersion, "offline change to " + workflow.name(),
                UUID.randomUUID().toString(), "tester");
    }

    private static WorkflowState state(String id, StateType type, double x) {
        return new WorkflowState(id, id, id, null, type, null, null, type == StateType.END, false, null, null,
                List.of(), List.of(), List.of(), List.of(), x, 100);
    }
}
