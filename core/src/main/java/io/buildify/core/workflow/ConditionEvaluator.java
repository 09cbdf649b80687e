package io.buildify.core.workflow;

import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.LogicalOperator;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Evaluates conditions against a record's field values, as the simulator (and later the runtime) does. A field
 * with no value is null; comparisons with null are false except {@code is_null}, {@code ne} and {@code not_in}.
 */
public final class ConditionEvaluator {
    private ConditionEvaluator() {
    }

    /** An empty group holds (a transition with no conditions is always open). */
    public static boolean holds(ConditionGroup group, Map<String, ?> values) {
        if (group.conditions().isEmpty()) {
            return true;
        }
        return group.operator() == LogicalOperator.AND
                ? group.conditions().stream().allMatch(c -> holds(c, values))
                : group.conditions().stream().anyMatch(c -> holds(c, values));
    }

    public static boolean holds(Condition condition, Map<String, ?> values) {
        Object actual = values.get(condition.field());
        Object expected = condition.value();
        return switch (condition.operator()) {
            case IS_NULL -> ConditionValues.isEmpty(actual);
            case IS_NOT_NULL -> !ConditionValues.isEmpty(actual);
            case EQ -> ConditionValues.looselyEqual(actual, expected);
            case NE -> !ConditionValues.looselyEqual(actual, expected);
            case GT -> comparable(actual, expected) && ConditionValues.compare(actual, expected) > 0;
            case GTE -> comparable(actual, expected) && ConditionValues.compare(actual, expected) >= 0;
            case LT -> comparable(actual, expected) && ConditionValues.compare(actual, expected) < 0;
            case LTE -> comparable(actual, expected) && ConditionValues.compare(actual, expected) <= 0;
            case CONTAINS -> actual instanceof Collection<?> items
                    ? items.stream().anyMatch(i -> ConditionValues.looselyEqual(i, expected))
                    : actual != null && expected != null && actual.toString().contains(expected.toString());
            case STARTS_WITH -> actual != null && expected != null
                    && actual.toString().startsWith(expected.toString());
            case ENDS_WITH -> actual != null && expected != null && actual.toString().endsWith(expected.toString());
            case IN -> actual != null && asList(expected).stream().anyMatch(e -> ConditionValues.looselyEqual(actual, e));
            case NOT_IN -> actual == null
                    || asList(expected).stream().noneMatch(e -> ConditionValues.looselyEqual(actual, e));
        };
    }

    private static boolean comparable(Object actual, Object expected) {
        return actual != null && expected != null;
    }

    private static List<?> asList(Object value) {
        if (value instanceof Collection<?> items) {
            return List.copyOf(items);
        }
        return value == null ? List.of() : List.of(value);
    }
}
