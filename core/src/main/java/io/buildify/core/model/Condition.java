package io.buildify.core.model;

import java.util.Objects;

/** One comparison {@code field operator value}; {@code value} is a JSON scalar or list (null for is_null). */
public record Condition(String field, ConditionOperator operator, Object value) {
    public Condition {
        Objects.requireNonNull(operator, "operator");
    }
}
