package io.buildify.app.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.buildify.core.json.JsonCodec;
import io.buildify.core.model.Condition;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One {@code field operator value} line of a transition's conditions, as text the user edits. The value is typed
 * by the entity's field when it can be: a number for numeric fields, true/false for booleans, a list for
 * {@code in}/{@code not_in} ("a, b, c"); otherwise text (the rules then say what is wrong).
 */
public final class ConditionRow {
    private final StringProperty field = new SimpleStringProperty(this, "field", "");
    private final ObjectProperty<ConditionOperator> operator =
            new SimpleObjectProperty<>(this, "operator", ConditionOperator.EQ);
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    ConditionRow(Condition condition) {
        field.set(condition.field() == null ? "" : condition.field());
        operator.set(condition.operator());
        value.set(format(condition.value()));
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(ConditionRow::format).collect(Collectors.joining(", "));
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    /** The condition these texts mean for the entity (null: no entity known). */
    Condition toCondition(EntityDefinition entity) {
        ConditionOperator op = operator.get();
        String f = field.get() == null ? "" : field.get().strip();
        if (op == ConditionOperator.IS_NULL || op == ConditionOperator.IS_NOT_NULL) {
            return new Condition(f, op, null);
        }
        Optional<FieldDefinition> def = entity == null ? Optional.empty() : entity.fieldNamed(f);
        if (op == ConditionOperator.IN || op == ConditionOperator.NOT_IN) {
            List<Object> items = PanelModel.splitList(value.get()).stream().map(v -> typed(v, def)).toList();
            return new Condition(f, op, items);
        }
        String text = value.get() == null ? "" : value.get().strip();
        return new Condition(f, op, text.isEmpty() ? null : typed(text, def));
    }

    private static Object typed(String text, Optional<FieldDefinition> field) {
        if (field.isEmpty()) {
            return text;
        }
        return switch (field.get().type()) {
            case INTEGER, BIGINTEGER, DECIMAL, CURRENCY, PERCENTAGE -> number(text).map(ConditionRow::asStored)
                    .orElse(text);
            case BOOLEAN -> text.equals("true") || text.equals("false") ? (Object) Boolean.valueOf(text) : text;
            default -> text;
        };
    }

    /**
     * A number as the draft store will give it back (the codec reads JSON numbers as Integer, Long or BigDecimal),
     * so the drawing in memory equals the drawing reopened and an unchanged draft is not saved again.
     */
    private static Object asStored(BigDecimal number) {
        try {
            return JsonCodec.mapper().readValue(number.toPlainString(), Object.class);
        } catch (JsonProcessingException e) {
            return number;
        }
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Same texts as the condition would show: the row need not be rebuilt (and lose the caret). */
    boolean shows(Condition condition) {
        return field.get().equals(condition.field() == null ? "" : condition.field())
                && operator.get() == condition.operator() && value.get().strip().equals(format(condition.value()));
    }

    public StringProperty fieldProperty() {
        return field;
    }

    public ObjectProperty<ConditionOperator> operatorProperty() {
        return operator;
    }

    public StringProperty valueProperty() {
        return value;
    }
}
