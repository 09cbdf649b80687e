package io.buildify.app.workflow;

import io.buildify.app.ui.Forms;
import io.buildify.core.model.TriggerType;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The trigger part of the workflow header: type, then schedule, watched fields or conditions as the type needs. */
final class TriggerView extends VBox {

    TriggerView(TriggerViewModel viewModel) {
        super(6);
        getStyleClass().add("workflow-trigger");
        GridPane grid = WorkflowForms.grid();
        Forms.row(grid, "Starts", WorkflowForms.choice("workflowTrigger", List.of(TriggerType.values()),
                viewModel.typeProperty(), TriggerViewModel::label), null);
        GridPane schedule = WorkflowForms.grid();
        Forms.row(schedule, "Schedule", WorkflowForms.text("triggerSchedule", viewModel.scheduleProperty(),
                "0 9 * * 1-5  or  every 2 hours"), WorkflowForms.problem(viewModel.scheduleProblemProperty()));
        showWhen(schedule, viewModel, t -> t == TriggerType.SCHEDULED);
        GridPane fields = WorkflowForms.grid();
        Forms.row(fields, "Fields", WorkflowForms.listWithSuggestions("triggerFields", viewModel.fieldsProperty(),
                "status, amount", viewModel::fieldNames, "a field of the entity"), null);
        showWhen(fields, viewModel, t -> t == TriggerType.ON_FIELD_CHANGE);
        VBox conditions = new VBox(6, Forms.sectionTitle("Start only when"), new ConditionListView(
                viewModel.conditions(), "trigger", "No conditions: every matching record starts the workflow."));
        showWhen(conditions, viewModel, TriggerViewModel::takesConditions);
        getChildren().addAll(Forms.sectionTitle("Trigger"), grid, schedule, fields, conditions,
                WorkflowForms.problem(viewModel.problemProperty()));
    }

    private static void showWhen(Node node, TriggerViewModel viewModel,
                                 java.util.function.Predicate<TriggerType> when) {
        BooleanBinding shown = Bindings.createBooleanBinding(() -> when.test(viewModel.typeProperty().get()),
                viewModel.typeProperty());
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }
}
