package io.buildify.core.model;

/** When instances start: by hand, on record create/update (with conditions) or on a cron schedule. */
public record WorkflowTrigger(TriggerType type, ConditionGroup conditions, String schedule) {
    public WorkflowTrigger {
        type = type == null ? TriggerType.MANUAL : type;
        conditions = conditions == null ? ConditionGroup.empty() : conditions;
    }

    public static WorkflowTrigger manual() {
        return new WorkflowTrigger(TriggerType.MANUAL, ConditionGroup.empty(), null);
    }
}
