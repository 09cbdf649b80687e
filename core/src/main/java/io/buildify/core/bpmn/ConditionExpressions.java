package io.buildify.core.bpmn;

import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.LogicalOperator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A condition group as a readable expression in the JUEL style other BPMN tools use, e.g.
 * {@code ${amount > 1000 && status == "new"}}, and back again ({@link ConditionExpressionParser}). Every operator
 * has a form, so our own export reads back without loss:
 * {@code == != > >= < <=}, {@code field == null} / {@code != null} for is (not) null,
 * {@code field.contains(v)}, {@code .startsWith(v)}, {@code .endsWith(v)}, {@code field in [a, b]} and
 * {@code field not in [a, b]}.
 */
public final class ConditionExpressions {
    private ConditionExpressions() {
    }

    /** The expression of a group; {@code ${true}} for an empty group (it always holds). */
    public static String format(ConditionGroup group) {
        if (group.conditions().isEmpty()) {
            return "${true}";
        }
        String joiner = group.operator() == LogicalOperator.AND ? " && " : " || ";
        return group.conditions().stream().map(ConditionExpressions::format)
                .collect(Collectors.joining(joiner, "${", "}"));
    }

    /** The conditions of an expression of the simple form, or empty when it is anything else. */
    public static Optional<ConditionGroup> parse(String expression) {
        return ConditionExpressionParser.parse(expression);
    }

    static String format(Condition condition) {
        String field = condition.field() == null ? "" : condition.field();
        Object value = condition.value();
        return switch (condition.operator()) {
            case EQ -> field + " == " + literal(value);
            case NE -> field + " != " + literal(value);
            case GT -> field + " > " + literal(value);
            case GTE -> field + " >= " + literal(value);
            case LT -> field + " < " + literal(value);
            case LTE -> field + " <= " + literal(value);
            case IS_NULL -> field + " == null";
            case IS_NOT_NULL -> field + " != null";
            case CONTAINS -> field + ".contains(" + literal(value) + ")";
            case STARTS_WITH -> field + ".startsWith(" + literal(value) + ")";
            case ENDS_WITH -> field + ".endsWith(" + literal(value) + ")";
            case IN -> field + " in " + list(value);
            case NOT_IN -> field + " not in " + list(value);
        };
    }

    private static String list(Object value) {
        Collection<?> items = value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
        return items.stream().map(ConditionExpressions::literal).collect(Collectors.joining(", ", "[", "]"));
    }

    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return new BigDecimal(value.toString()).toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof Collection<?>) {
            return list(value);
        }
        return '"' + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
