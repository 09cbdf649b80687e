package io.buildify.app.workflow;

import io.buildify.app.ui.Forms;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.ConditionType;
import io.buildify.core.model.LogicalOperator;
import io.buildify.core.model.Names;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Small builders shared by the designer's forms: bound text fields, enum choices and problem messages. */
final class WorkflowForms {
    private static final Map<ConditionOperator, String> OPERATORS = Map.ofEntries(
            Map.entry(ConditionOperator.EQ, "="), Map.entry(ConditionOperator.NE, "≠"),
            Map.entry(ConditionOperator.GT, ">"), Map.entry(ConditionOperator.GTE, "≥"),
            Map.entry(ConditionOperator.LT, "<"), Map.entry(ConditionOperator.LTE, "≤"),
            Map.entry(ConditionOperator.CONTAINS, "contains"), Map.entry(ConditionOperator.STARTS_WITH, "starts with"),
            Map.entry(ConditionOperator.ENDS_WITH, "ends with"), Map.entry(ConditionOperator.IN, "is one of"),
            Map.entry(ConditionOperator.NOT_IN, "is none of"), Map.entry(ConditionOperator.IS_NULL, "is empty"),
            Map.entry(ConditionOperator.IS_NOT_NULL, "is not empty"));

    private WorkflowForms() {
    }

    /** {@link Forms#grid()} with a narrower caption column: the properties panel is a side panel. */
    static javafx.scene.layout.GridPane grid() {
        javafx.scene.layout.GridPane grid = Forms.grid();
        javafx.scene.layout.ColumnConstraints captions = grid.getColumnConstraints().get(0);
        captions.setMinWidth(96);
        captions.setPrefWidth(96);
        captions.setMaxWidth(96);
        grid.setHgap(8);
        grid.setVgap(8);
        return grid;
    }

    static TextField text(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    static TextArea area(String id, StringProperty value, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setPrefRowCount(2);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    static <T> ComboBox<T> choice(String id, List<T> values, Property<T> value, Function<T, String> display) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(Forms.display(display));
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** A red message under a field, shown only while the problem text is not empty. */
    static Label problem(ObservableStringValue text) {
        Label label = new Label();
        label.getStyleClass().add("problem-message");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    static String enumLabel(Enum<?> value) {
        return Names.labelOf(value.name().toLowerCase());
    }

    static String conditionType(ConditionType type) {
        return switch (type) {
            case ALWAYS -> "Always";
            case CONDITIONAL -> "When conditions hold";
            case APPROVAL -> "When an approver decides";
        };
    }

    static String combine(LogicalOperator operator) {
        return operator == LogicalOperator.AND ? "All conditions (AND)" : "Any condition (OR)";
    }

    static String operator(ConditionOperator operator) {
        return OPERATORS.getOrDefault(operator, operator.code());
    }
}
