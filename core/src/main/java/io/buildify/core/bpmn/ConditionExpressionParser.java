package io.buildify.core.bpmn;

import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.LogicalOperator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the expressions {@link ConditionExpressions} writes: {@code ${c1 && c2}} or {@code ${c1 || c2}} (one
 * joiner per expression; no parentheses), each {@code c} a comparison of a field with a literal. Anything richer
 * (method calls on other objects, arithmetic, bare variables like {@code ${approved}}) is not ours to interpret,
 * so it yields empty and the importer keeps the text.
 */
final class ConditionExpressionParser {
    private static final Map<String, ConditionOperator> COMPARISONS = Map.of(
            "==", ConditionOperator.EQ, "!=", ConditionOperator.NE, ">", ConditionOperator.GT,
            ">=", ConditionOperator.GTE, "<", ConditionOperator.LT, "<=", ConditionOperator.LTE);
    private static final Map<String, ConditionOperator> METHODS = Map.of(
            "contains", ConditionOperator.CONTAINS, "startsWith", ConditionOperator.STARTS_WITH,
            "endsWith", ConditionOperator.ENDS_WITH);

    private final List<ExpressionTokens.Token> tokens;
    private int next;

    private ConditionExpressionParser(List<ExpressionTokens.Token> tokens) {
        this.tokens = tokens;
    }

    static Optional<ConditionGroup> parse(String expression) {
        if (expression == null) {
            return Optional.empty();
        }
        String text = expression.strip();
        if (!(text.startsWith("${") || text.startsWith("#{")) || !text.endsWith("}")) {
            return Optional.empty();
        }
        return ExpressionTokens.tokenize(text.substring(2, text.length() - 1))
                .flatMap(tokens -> new ConditionExpressionParser(tokens).group());
    }

    private Optional<ConditionGroup> group() {
        List<Condition> conditions = new ArrayList<>();
        String joiner = null;
        do {
            Optional<Condition> condition = condition();
            if (condition.isEmpty()) {
                return Optional.empty();
            }
            conditions.add(condition.get());
            if (next == tokens.size()) {
                LogicalOperator operator = "||".equals(joiner) ? LogicalOperator.OR : LogicalOperator.AND;
                return Optional.of(new ConditionGroup(operator, conditions));
            }
            String symbol = tokens.get(next++).text();
            if (!symbol.equals("&&") && !symbol.equals("||") || joiner != null && !joiner.equals(symbol)) {
                return Optional.empty();
            }
            joiner = symbol;
        } while (true);
    }

    private Optional<Condition> condition() {
        Optional<String> field = take(ExpressionTokens.Kind.NAME);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        if (accept(".")) {
            Optional<ConditionOperator> method = take(ExpressionTokens.Kind.NAME).map(METHODS::get);
            if (method.isEmpty() || method.get() == null || !accept("(")) {
                return Optional.empty();
            }
            Optional<Object> value = literal();
            return value.isPresent() && accept(")")
                    ? Optional.of(new Condition(field.get(), method.get(), value.get())) : Optional.empty();
        }
        if (acceptName("in")) {
            return list().map(values -> new Condition(field.get(), ConditionOperator.IN, values));
        }
        if (acceptName("not")) {
            return acceptName("in")
                    ? list().map(values -> new Condition(field.get(), ConditionOperator.NOT_IN, values))
                    : Optional.empty();
        }
        Optional<ConditionOperator> operator = take(ExpressionTokens.Kind.SYMBOL).map(COMPARISONS::get);
        if (operator.isEmpty() || operator.get() == null) {
            return Optional.empty();
        }
        if (acceptName("null")) {
            return switch (operator.get()) {
                case EQ -> Optional.of(new Condition(field.get(), ConditionOperator.IS_NULL, null));
                case NE -> Optional.of(new Condition(field.get(), ConditionOperator.IS_NOT_NULL, null));
                default -> Optional.empty();
            };
        }
        return literal().map(value -> new Condition(field.get(), operator.get(), value));
    }

    private Optional<Object> list() {
        if (!accept("[")) {
            return Optional.empty();
        }
        List<Object> values = new ArrayList<>();
        if (accept("]")) {
            return Optional.of(values);
        }
        do {
            Optional<Object> value = literal();
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        } while (accept(","));
        return accept("]") ? Optional.of(List.copyOf(values)) : Optional.empty();
    }

    /** A string, number or boolean ({@code null} only where the grammar allows it, see {@link #condition()}). */
    private Optional<Object> literal() {
        if (next == tokens.size()) {
            return Optional.empty();
        }
        ExpressionTokens.Token token = tokens.get(next);
        Optional<Object> value = switch (token.kind()) {
            case STRING -> Optional.of(token.text());
            case NUMBER -> Optional.of(number(token.text()));
            case NAME -> token.text().equals("true") || token.text().equals("false")
                    ? Optional.of(Boolean.valueOf(token.text())) : Optional.empty();
            case SYMBOL -> Optional.empty();
        };
        value.ifPresent(v -> next++);
        return value;
    }

    /** Whole numbers as Integer or Long (as the JSON codec reads them), others as exact BigDecimal. */
    private static Object number(String text) {
        BigDecimal value = new BigDecimal(text);
        if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
            try {
                long whole = value.longValueExact();
                return whole == (int) whole ? (Object) (int) whole : (Object) whole;
            } catch (ArithmeticException tooBig) {
                return value;
            }
        }
        return value;
    }

    private Optional<String> take(ExpressionTokens.Kind kind) {
        if (next < tokens.size() && tokens.get(next).kind() == kind) {
            return Optional.of(tokens.get(next++).text());
        }
        return Optional.empty();
    }

    private boolean accept(String symbol) {
        if (next < tokens.size() && tokens.get(next).kind() == ExpressionTokens.Kind.SYMBOL
                && tokens.get(next).text().equals(symbol)) {
            next++;
            return true;
        }
        return false;
    }

    private boolean acceptName(String word) {
        if (next < tokens.size() && tokens.get(next).kind() == ExpressionTokens.Kind.NAME
                && tokens.get(next).text().equals(word)) {
            next++;
            return true;
        }
        return false;
    }
}
