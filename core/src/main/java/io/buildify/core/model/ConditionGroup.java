package io.buildify.core.model;

import java.util.List;

/** Conditions combined with AND or OR, as in SPEC §5 filters and §2 transitions. */
public record ConditionGroup(LogicalOperator operator, List<Condition> conditions) {
    public ConditionGroup {
        operator = operator == null ? LogicalOperator.AND : operator;
        conditions = Lists.copy(conditions);
    }

    public static ConditionGroup empty() {
        return new ConditionGroup(LogicalOperator.AND, List.of());
    }
}
