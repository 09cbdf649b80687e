package io.buildify.app.workflow;

import io.buildify.app.ui.Forms;
import io.buildify.app.ui.Icons;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.LogicalOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;

/**
 * The rows of a {@link ConditionListModel}: "Match all/any" (shown from two conditions on), one line per condition
 * ({field ▾} {operator ▾} [value] ×), an Add button and the rules' findings.
 */
final class ConditionListView extends VBox {
    private final ConditionListModel model;
    private final VBox rows = new VBox(6);

    /**
     * @param idPrefix prefixes the ids of the add button and the combine box ("transition", "trigger")
     * @param emptyHint what having no condition means here
     */
    ConditionListView(ConditionListModel model, String idPrefix, String emptyHint) {
        super(6);
        this.model = model;
        getStyleClass().add("condition-list");
        GridPane combineGrid = WorkflowForms.grid();
        Forms.row(combineGrid, "Match", WorkflowForms.choice(idPrefix + "Combine", List.of(LogicalOperator.values()),
                model.combineProperty(), WorkflowForms::combine), null);
        BooleanBinding several = Bindings.size(model.rows()).greaterThan(1);
        combineGrid.visibleProperty().bind(several);
        combineGrid.managedProperty().bind(several);
        Label none = new Label(emptyHint);
        none.getStyleClass().add("hint-text");
        none.setWrapText(true);
        BooleanBinding empty = Bindings.isEmpty(model.rows());
        none.visibleProperty().bind(empty);
        none.managedProperty().bind(empty);
        Button add = new Button("Add condition", Icons.of(MaterialDesignP.PLUS));
        add.setId(idPrefix.equals("transition") ? "addConditionButton" : idPrefix + "AddCondition");
        add.setOnAction(event -> model.add());
        model.rows().addListener((ListChangeListener<ConditionRow>) c -> rebuildRows());
        rebuildRows();
        getChildren().addAll(none, combineGrid, rows, add, WorkflowForms.problem(model.problemProperty()));
    }

    private void rebuildRows() {
        rows.getChildren().setAll(model.rows().stream().map(this::row).toList());
    }

    private Node row(ConditionRow row) {
        ComboBox<String> field = new ComboBox<>(model.fieldChoices());
        field.getStyleClass().add("condition-field");
        field.setEditable(true);
        field.setPrefWidth(110);
        field.setValue(row.fieldProperty().get());
        field.valueProperty().addListener((obs, old, now) -> {
            row.fieldProperty().set(now == null ? "" : now);
            model.rowEdited(row);
        });
        ComboBox<ConditionOperator> operator = WorkflowForms.choice(null, List.of(ConditionOperator.values()),
                row.operatorProperty(), WorkflowForms::operator);
        operator.getStyleClass().add("condition-operator");
        operator.setPrefWidth(80);
        operator.setMaxWidth(80);
        operator.valueProperty().addListener((obs, old, now) -> model.rowEdited(row));
        TextField value = new TextField();
        value.getStyleClass().add("condition-value");
        value.setPromptText("value");
        value.textProperty().bindBidirectional(row.valueProperty());
        value.textProperty().addListener((obs, old, now) -> model.rowEdited(row));
        HBox.setHgrow(value, Priority.ALWAYS);
        value.setPrefWidth(60);
        HBox line = new HBox(4, field, operator, value,
                WorkflowForms.removeButton("Remove this condition", () -> model.remove(row)));
        line.getStyleClass().add("condition-row");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
