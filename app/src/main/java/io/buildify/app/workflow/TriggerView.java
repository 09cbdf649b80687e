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
        // Only the part the trigger type needs is built (at first paint: none, the trigger is manual).
        Node schedule = WorkflowForms.lazy(when(viewModel, t -> t == TriggerType.SCHEDULED), () -> {
            GridPane grid2 = WorkflowForms.grid();
            Forms.row(grid2, "Schedule", WorkflowForms.text("triggerSchedule", viewModel.scheduleProperty(),
                    "0 9 * * 1-5  or  every 2 hours"), WorkflowForms.problem(viewModel.scheduleProblemProperty()));
            return grid2;
        });
        Node fields = WorkflowForms.lazy(when(viewModel, t -> t == TriggerType.ON_FIELD_CHANGE), () -> {
            GridPane grid2 = WorkflowForms.grid();
            Forms.row(grid2, "Fields", WorkflowForms.listWithSuggestions("triggerFields", viewModel.fieldsProperty(),
                    "status, amount", viewModel::fieldNames, "a field of the entity"), null);
            return grid2;
        });
        Node conditions = WorkflowForms.lazy(when(viewModel, TriggerViewModel::takesConditions), () -> new VBox(6,
                Forms.sectionTitle("Start only when"), new ConditionListView(viewModel.conditions(), "trigger",
                "No conditions: every matching record starts the workflow.")));
        getChildren().addAll(Forms.sectionTitle("Trigger"), grid, schedule, fields, conditions,
                WorkflowForms.problem(viewModel.problemProperty()));
    }

    private static BooleanBinding when(TriggerViewModel viewModel, java.util.function.Predicate<TriggerType> test) {
        return Bindings.createBooleanBinding(() -> test.test(viewModel.typeProperty().get()),
                viewModel.typeProperty());
    }
}
