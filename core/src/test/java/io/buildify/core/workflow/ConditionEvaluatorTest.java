package io.buildify.core.workflow;

import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionGroup;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.LogicalOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionEvaluatorTest {
    private static final Map<String, Object> RECORD = new HashMap<>(Map.of(
            "amount", 1500, "name", "Acme Ltd", "tags", List.of("vip", "eu"), "due", "2026-12-01"));

    static {
        RECORD.put("note", null);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            "amount, eq, 1500.00, true",
            "amount, ne, 1500, false",
            "amount, gt, 999, true",
            "amount, gte, 1500, true",
            "amount, lt, 1500, false",
            "amount, lte, 2000, true",
            "name, contains, Acme, true",
            "name, starts_with, Ltd, false",
            "name, ends_with, Ltd, true",
            "tags, contains, vip, true",
            "due, gt, 2026-11-30, true",
            "missing, gt, 1, false",
            "missing, ne, 1, true",
    })
    void comparesLikeADesignerMeansIt(String field, String operator, String value, boolean expected) {
        Condition condition = new Condition(field, ConditionOperator.fromCode(operator), value);

        assertThat(ConditionEvaluator.holds(condition, RECORD)).isEqualTo(expected);
    }

    @Test
    void inAndNotInTakeLists() {
        assertThat(ConditionEvaluator.holds(new Condition("amount", ConditionOperator.IN, List.of(1, 1500)), RECORD))
                .isTrue();
        assertThat(ConditionEvaluator.holds(new Condition("amount", ConditionOperator.NOT_IN, List.of(1500)), RECORD))
                .isFalse();
    }

    @Test
    void nullChecksTreatMissingAndEmptyAsNull() {
        assertThat(ConditionEvaluator.holds(new Condition("note", ConditionOperator.IS_NULL, null), RECORD)).isTrue();
        assertThat(ConditionEvaluator.holds(new Condition("name", ConditionOperator.IS_NOT_NULL, null), RECORD))
                .isTrue();
    }

    @Test
    void groupsCombineWithAndOr() {
        Condition yes = new Condition("amount", ConditionOperator.GT, 1);
        Condition no = new Condition("amount", ConditionOperator.LT, 1);

        assertThat(ConditionEvaluator.holds(new ConditionGroup(LogicalOperator.AND, List.of(yes, no)), RECORD))
                .isFalse();
        assertThat(ConditionEvaluator.holds(new ConditionGroup(LogicalOperator.OR, List.of(yes, no)), RECORD))
                .isTrue();
        assertThat(ConditionEvaluator.holds(ConditionGroup.empty(), RECORD)).isTrue();
    }
}
