package io.buildify.core.bpmn;

import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.LogicalOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionExpressionsTest {

    @Test
    void andGroupReadsLikeJuel() {
        ConditionGroup group = new ConditionGroup(LogicalOperator.AND, List.of(
                new Condition("amount", ConditionOperator.GT, 1000), new Condition("status", ConditionOperator.EQ, "new")));

        assertThat(ConditionExpressions.format(group)).isEqualTo("${amount > 1000 && status == \"new\"}");
    }

    @Test
    void orGroupIsJoinedWithOr() {
        ConditionGroup group = new ConditionGroup(LogicalOperator.OR, List.of(
                new Condition("a", ConditionOperator.LT, 1), new Condition("b", ConditionOperator.IS_NOT_NULL, null)));

        assertThat(ConditionExpressions.format(group)).isEqualTo("${a < 1 || b != null}");
    }

    @ParameterizedTest
    @EnumSource(ConditionOperator.class)
    void everyOperatorReadsBackAsWritten(ConditionOperator operator) {
        Object value = switch (operator) {
            case IS_NULL, IS_NOT_NULL -> null;
            case IN, NOT_IN -> List.of("a \"quoted\" b", 2, true);
            case GT, LT -> new BigDecimal("-12.50");
            case GTE, LTE -> 3_000_000_000L;
            default -> "back\\slash";
        };
        ConditionGroup group = new ConditionGroup(LogicalOperator.AND, List.of(new Condition("field_1", operator, value)));

        assertThat(ConditionExpressions.parse(ConditionExpressions.format(group))).contains(group);
    }

    @Test
    void handWrittenSimpleExpressionsAreUnderstood() {
        assertThat(ConditionExpressions.parse(" #{ amount>=10 || country == 'DE' } ")).contains(
                new ConditionGroup(LogicalOperator.OR, List.of(new Condition("amount", ConditionOperator.GTE, 10),
                        new Condition("country", ConditionOperator.EQ, "DE"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"${approved}", "#{!twitter}", "true", "${a > 1 && b < 2 || c == 3}", "${a + 1 > 2}",
            "${(a > 1)}", "${a > b}", "${a == \"open}", "${a > 1.2.3}", "${customer.getAge() > 18}", "", "${}",
            "${a > null}", "${a in [1, }", "amount > 1000"})
    void anythingElseIsNotParsed(String expression) {
        assertThat(ConditionExpressions.parse(expression)).isEmpty();
    }
}
