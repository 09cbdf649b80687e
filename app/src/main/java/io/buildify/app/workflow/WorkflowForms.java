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
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import io.buildify.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /** A box that commits on Enter or when left; a refused value (IllegalArgumentException) turns it red and stays. */
    static TextField committing(String text, String prompt, Consumer<String> commit) {
        TextField field = new TextField(text);
        field.setPromptText(prompt);
        Runnable write = () -> {
            if (field.getScene() == null) {
                return; // a replaced row losing the focus: its text may predate an undo
            }
            try {
                commit.accept(field.getText());
                field.setTooltip(null);
                field.getStyleClass().remove("invalid");
            } catch (IllegalArgumentException e) {
                field.setTooltip(new Tooltip(e.getMessage()));
                if (!field.getStyleClass().contains("invalid")) {
                    field.getStyleClass().add("invalid");
                }
            }
        };
        field.setOnAction(event -> write.run());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                write.run();
            }
        });
        return field;
    }

    /** A flat × button. */
    static Button removeButton(String tooltip, Runnable action) {
        Button button = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        button.getStyleClass().add("flat");
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        return button;
    }

    /**
     * A comma-separated list field with a "+" menu of suggestions (roles already used in the workflow, fields of
     * the entity); picking one appends it to the list. Free text stays possible.
     */
    static HBox listWithSuggestions(String id, StringProperty value, String prompt,
                                    Supplier<List<String>> suggestions, String what) {
        TextField field = text(id, value, prompt);
        HBox.setHgrow(field, Priority.ALWAYS);
        MenuButton pick = new MenuButton(null, Icons.of(MaterialDesignP.PLUS));
        pick.setId(id + "Suggestions");
        pick.getStyleClass().add("flat");
        pick.setTooltip(new Tooltip("Add " + what));
        pick.setOnShowing(event -> {
            List<String> present = java.util.Arrays.stream(value.get().split(",")).map(String::strip).toList();
            List<MenuItem> items = suggestions.get().stream().filter(s -> !present.contains(s)).map(s -> {
                MenuItem item = new MenuItem(s);
                item.setOnAction(e -> value.set(value.get().isBlank() ? s : value.get().strip() + ", " + s));
                return item;
            }).toList();
            if (items.isEmpty()) {
                MenuItem none = new MenuItem("No " + what + " to suggest yet");
                none.setDisable(true);
                pick.getItems().setAll(none);
            } else {
                pick.getItems().setAll(items);
            }
        });
        pick.getItems().add(new MenuItem("…")); // a menu button with no items never shows
        HBox box = new HBox(4, field, pick);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** A role list box: {@link #listWithSuggestions} that also completes the role being typed. */
    static HBox roleList(String id, StringProperty value, String prompt, Supplier<List<String>> known) {
        HBox box = listWithSuggestions(id, value, prompt, known, "a role already used");
        RoleCompletion.bind((TextField) box.getChildren().get(0), box.widthProperty(), known);
        return box;
    }

    /**
     * Replaces the rows (after an edit, undo or redo: show the document) keeping the focus on the text box at the
     * same position, so committing a box that rebuilds its own row does not lose the caret's place.
     */
    static void setRowsKeepingFocus(javafx.scene.layout.Pane rows, List<? extends javafx.scene.Node> newRows) {
        javafx.scene.Scene scene = rows.getScene();
        List<javafx.scene.Node> before = new java.util.ArrayList<>(rows.lookupAll(".text-field"));
        int focused = before.indexOf(scene == null ? null : scene.getFocusOwner());
        rows.getChildren().setAll(newRows);
        List<javafx.scene.Node> after = new java.util.ArrayList<>(rows.lookupAll(".text-field"));
        if (focused >= 0 && focused < after.size()) {
            after.get(focused).requestFocus();
        }
    }

    /** A box that shows while {@code shown}, filled by {@code content} the first time it shows. */
    static javafx.scene.Node lazy(javafx.beans.value.ObservableValue<Boolean> shown,
                              java.util.function.Supplier<javafx.scene.Node> content) {
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox();
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(shown);
        Runnable fill = () -> {
            if (shown.getValue() && box.getChildren().isEmpty()) {
                box.getChildren().add(content.get());
            }
        };
        shown.addListener((obs, was, is) -> fill.run());
        fill.run();
        return box;
    }
}
