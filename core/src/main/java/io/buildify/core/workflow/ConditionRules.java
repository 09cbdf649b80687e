package io.buildify.core.workflow;

import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import io.buildify.core.model.SystemFields;
import io.buildify.core.model.WorkflowDefinition;
import io.buildify.core.model.WorkflowTransition;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** Conditions must name fields the entity has and compare them with values of the field's type. */
final class ConditionRules {
    private static final Set<ConditionOperator> TEXT_OPERATORS =
            EnumSet.of(ConditionOperator.CONTAINS, ConditionOperator.STARTS_WITH, ConditionOperator.ENDS_WITH);
    private static final Set<ConditionOperator> LIST_OPERATORS = EnumSet.of(ConditionOperator.IN, ConditionOperator.NOT_IN);
    private static final Set<ConditionOperator> NULL_OPERATORS =
            EnumSet.of(ConditionOperator.IS_NULL, ConditionOperator.IS_NOT_NULL);

    private ConditionRules() {
    }

    static void check(WorkflowDefinition workflow, EntityDefinition entity, Consumer<WorkflowMarker> out) {
        if (entity == null) {
            return;
        }
        for (WorkflowTransition t : workflow.transitions()) {
            for (Condition c : t.conditions().conditions()) {
                problem(c, entity).ifPresent(m -> out.accept(WorkflowMarker.error(t.id(), "bad_condition",
                        "Transition '" + t.name() + "': " + m)));
            }
        }
        for (Condition c : workflow.trigger().conditions().conditions()) {
            problem(c, entity).ifPresent(m -> out.accept(WorkflowMarker.error("", "bad_condition", "Trigger: " + m)));
        }
    }

    static Optional<String> problem(Condition condition, EntityDefinition entity) {
        String field = condition.field();
        if (field == null || field.isBlank()) {
            return Optional.of("a condition names no field");
        }
        Optional<FieldDefinition> custom = entity.fieldNamed(field);
        if (custom.isEmpty()) {
            return SystemFields.RESERVED_NAMES.contains(field) ? Optional.empty()
                    : Optional.of("entity '" + entity.name() + "' has no field '" + field + "'");
        }
        FieldDefinition def = custom.get();
        ConditionOperator op = condition.operator();
        if (NULL_OPERATORS.contains(op)) {
            return Optional.empty();
        }
        if (TEXT_OPERATORS.contains(op) && !(def.type().isText() || def.type() == FieldType.MULTIPLE_SELECT)) {
            return Optional.of(op.code() + " applies to text fields; '" + field + "' is " + def.type().code());
        }
        if (LIST_OPERATORS.contains(op)) {
            if (!(condition.value() instanceof Collection<?> values)) {
                return Optional.of(op.code() + " needs a list of values for '" + field + "'");
            }
            return values.stream().map(v -> valueProblem(def, v, "compared with")).flatMap(Optional::stream)
                    .findFirst();
        }
        return valueProblem(def, condition.value(), "compared with");
    }

    /** Whether a single value fits the field's type; {@code verb} says what is done with it ("set to"). */
    static Optional<String> valueProblem(FieldDefinition field, Object value, String verb) {
        if (value == null) {
            return Optional.of("'" + field.name() + "' is " + verb + " no value");
        }
        String text = value.toString();
        boolean fits = switch (field.type()) {
            case INTEGER, BIGINTEGER -> ConditionValues.number(value).filter(n -> n.stripTrailingZeros().scale() <= 0)
                    .isPresent();
            case DECIMAL, CURRENCY, PERCENTAGE -> ConditionValues.number(value).isPresent();
            case BOOLEAN -> value instanceof Boolean || text.equals("true") || text.equals("false");
            case DATE -> parses(() -> LocalDate.parse(text));
            case DATETIME -> parses(() -> OffsetDateTime.parse(text)) || parses(() -> LocalDate.parse(text));
            case TIME -> parses(() -> LocalTime.parse(text));
            case UUID, LOOKUP -> parses(() -> UUID.fromString(text));
            case SINGLE_SELECT, MULTIPLE_SELECT -> field.allowedValues().contains(text);
            default -> true;
        };
        return fits ? Optional.empty()
                : Optional.of("'" + field.name() + "' is " + field.type().code() + " but is " + verb + " "
                + (value instanceof String ? "'" + text + "'" : text));
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }
}
