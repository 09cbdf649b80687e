package io.buildify.app.workflow;

import io.buildify.app.ui.Forms;
import io.buildify.app.ui.Icons;
import io.buildify.core.model.ButtonStyle;
import io.buildify.core.model.ConditionOperator;
import io.buildify.core.model.ConditionType;
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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;

/** The properties form of the selected transition, with its condition rows ({field, operator, value}). */
final class TransitionPropertiesView extends VBox {
    private final TransitionPropertiesViewModel viewModel;
    private final VBox rows = new VBox(6);

    TransitionPropertiesView(TransitionPropertiesViewModel viewModel) {
        super(8);
        this.viewModel = viewModel;
        getStyleClass().add("transition-properties");
        Label route = new Label();
        route.setId("transitionRoute");
        route.getStyleClass().add("hint-text");
        route.textProperty().bind(viewModel.routeProperty());

        GridPane grid = WorkflowForms.grid();
        Forms.row(grid, "Label", WorkflowForms.text("transitionLabel", viewModel.labelProperty(), "Approve"), null);
        Forms.row(grid, "Name", WorkflowForms.text("transitionName", viewModel.nameProperty(), "approve"),
                WorkflowForms.problem(viewModel.nameProblemProperty()));
        Forms.row(grid, "Description", WorkflowForms.area("transitionDescription", viewModel.descriptionProperty(),
                ""), null);
        Forms.row(grid, "Taken", WorkflowForms.choice("transitionConditionType", List.of(ConditionType.values()),
                viewModel.conditionTypeProperty(), WorkflowForms::conditionType), null);

        BooleanBinding conditional = Bindings.createBooleanBinding(
                () -> viewModel.conditionTypeProperty().get() == ConditionType.CONDITIONAL,
                viewModel.conditionTypeProperty());
        GridPane combineGrid = WorkflowForms.grid();
        Forms.row(combineGrid, "Match", WorkflowForms.choice("transitionCombine", List.of(LogicalOperator.values()),
                viewModel.combineProperty(), WorkflowForms::combine), null);
        Button add = new Button("Add condition", Icons.of(MaterialDesignP.PLUS));
        add.setId("addConditionButton");
        add.setOnAction(event -> viewModel.addCondition());
        VBox conditions = new VBox(6, combineGrid, rows, add,
                WorkflowForms.problem(viewModel.conditionProblemProperty()));
        conditions.visibleProperty().bind(conditional);
        conditions.managedProperty().bind(conditional);
        Label otherProblems = WorkflowForms.problem(Bindings.createStringBinding(
                () -> conditional.get() ? "" : viewModel.conditionProblemProperty().get(),
                conditional, viewModel.conditionProblemProperty()));

        GridPane rest = WorkflowForms.grid();
        Forms.row(rest, "Allowed roles", WorkflowForms.text("transitionRoles", viewModel.allowedRolesProperty(),
                "anyone"), null);
        Forms.row(rest, "Button", WorkflowForms.text("transitionButtonLabel", viewModel.buttonLabelProperty(),
                "Approve"), null);
        Forms.row(rest, "Button style", WorkflowForms.choice("transitionButtonStyle", List.of(ButtonStyle.values()),
                viewModel.buttonStyleProperty(), WorkflowForms::enumLabel), null);
        Forms.row(rest, "Order", WorkflowForms.text("transitionOrder", viewModel.displayOrderProperty(), "0"),
                WorkflowForms.problem(viewModel.orderProblemProperty()));

        viewModel.conditions().addListener((ListChangeListener<ConditionRow>) c -> rebuildRows());
        rebuildRows();
        getChildren().addAll(Forms.sectionTitle("Transition"), route, grid, conditions, otherProblems, rest);
    }

    private void rebuildRows() {
        rows.getChildren().setAll(viewModel.conditions().stream().map(this::row).toList());
    }

    private Node row(ConditionRow row) {
        ComboBox<String> field = new ComboBox<>(viewModel.fieldChoices());
        field.getStyleClass().add("condition-field");
        field.setEditable(true);
        field.setPrefWidth(110);
        field.setValue(row.fieldProperty().get());
        field.valueProperty().addListener((obs, old, now) -> {
            row.fieldProperty().set(now == null ? "" : now);
            viewModel.rowEdited(row);
        });
        ComboBox<ConditionOperator> operator = WorkflowForms.choice(null, List.of(ConditionOperator.values()),
                row.operatorProperty(), WorkflowForms::operator);
        operator.getStyleClass().add("condition-operator");
        operator.setPrefWidth(80);
        operator.setMaxWidth(80);
        operator.valueProperty().addListener((obs, old, now) -> viewModel.rowEdited(row));
        TextField value = new TextField();
        value.getStyleClass().add("condition-value");
        value.setPromptText("value");
        value.textProperty().bindBidirectional(row.valueProperty());
        value.textProperty().addListener((obs, old, now) -> viewModel.rowEdited(row));
        HBox.setHgrow(value, Priority.ALWAYS);
        value.setPrefWidth(60);
        Button remove = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        remove.getStyleClass().add("flat");
        remove.setTooltip(new Tooltip("Remove this condition"));
        remove.setOnAction(event -> viewModel.removeCondition(row));
        HBox line = new HBox(4, field, operator, value, remove);
        line.getStyleClass().add("condition-row");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
