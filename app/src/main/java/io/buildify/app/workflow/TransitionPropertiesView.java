package io.buildify.app.workflow;

import io.buildify.app.ui.Forms;
import io.buildify.core.model.ButtonStyle;
import io.buildify.core.model.ConditionType;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The properties form of the selected transition, with its condition rows ({field, operator, value}). */
final class TransitionPropertiesView extends VBox {
    private final TransitionPropertiesViewModel viewModel;

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

        // The conditions show for every transition that is not an approver's decision, so a new user finds them
        // without first choosing "When conditions hold"; adding one makes the transition conditional.
        BooleanBinding conditionsShown = Bindings.createBooleanBinding(
                () -> viewModel.conditionTypeProperty().get() != ConditionType.APPROVAL,
                viewModel.conditionTypeProperty());
        VBox conditions = new VBox(6, Forms.sectionTitle("Conditions"), new ConditionListView(
                viewModel.conditionList(), "transition",
                "No conditions: always taken. Add one to take this transition only when it holds."));
        conditions.getStyleClass().add("transition-conditions");
        conditions.visibleProperty().bind(conditionsShown);
        conditions.managedProperty().bind(conditionsShown);
        Label otherProblems = WorkflowForms.problem(Bindings.createStringBinding(
                () -> conditionsShown.get() ? "" : viewModel.conditionProblemProperty().get(),
                conditionsShown, viewModel.conditionProblemProperty()));

        GridPane rest = WorkflowForms.grid();
        Forms.row(rest, "Allowed roles", WorkflowForms.roleList("transitionRoles",
                viewModel.allowedRolesProperty(), "anyone", viewModel::knownRoles),
                WorkflowForms.problem(viewModel.rolesProblemProperty()));
        Forms.row(rest, "Button", WorkflowForms.text("transitionButtonLabel", viewModel.buttonLabelProperty(),
                "Approve"), null);
        Forms.row(rest, "Button style", WorkflowForms.choice("transitionButtonStyle", List.of(ButtonStyle.values()),
                viewModel.buttonStyleProperty(), WorkflowForms::enumLabel), null);
        Forms.row(rest, "Order", WorkflowForms.text("transitionOrder", viewModel.displayOrderProperty(), "0"),
                WorkflowForms.problem(viewModel.orderProblemProperty()));

        getChildren().addAll(Forms.sectionTitle("Transition"), route, grid, conditions, otherProblems, rest);
    }
}
