package io.buildify.core.model;

import java.util.List;

/**
 * When instances start: by hand, on record create/update (with conditions), when one of {@code fields} changes,
 * or on a schedule (a five-field cron expression or an interval such as "every 2 hours"; see
 * {@code io.buildify.core.workflow.Schedules}).
 */
public record WorkflowTrigger(TriggerType type, ConditionGroup conditions, String schedule, List<String> fields) {
    public WorkflowTrigger {
        type = type == null ? TriggerType.MANUAL : type;
        conditions = conditions == null ? ConditionGroup.empty() : conditions;
        fields = Lists.copy(fields);
    }

    public WorkflowTrigger(TriggerType type, ConditionGroup conditions, String schedule) {
        this(type, conditions, schedule, List.of());
    }

    public static WorkflowTrigger manual() {
        return new WorkflowTrigger(TriggerType.MANUAL, ConditionGroup.empty(), null, List.of());
    }
}
