package io.buildify.app.workflow;

import io.buildify.app.ui.Forms;
import io.buildify.core.model.StateType;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The properties form of the selected state; approval settings show for approval states only. */
final class StatePropertiesView extends VBox {

    StatePropertiesView(StatePropertiesViewModel viewModel) {
        super(8);
        getStyleClass().add("state-properties");
        GridPane grid = WorkflowForms.grid();
        Forms.row(grid, "Label", WorkflowForms.text("stateLabel", viewModel.labelProperty(), "Manager approval"),
                null);
        Forms.row(grid, "Name", WorkflowForms.text("stateName", viewModel.nameProperty(), "manager_approval"),
                WorkflowForms.problem(viewModel.nameProblemProperty()));
        Forms.row(grid, "Type", WorkflowForms.choice("stateType", List.of(StateType.values()),
                viewModel.typeProperty(), WorkflowForms::enumLabel), null);
        Forms.row(grid, "Description", WorkflowForms.area("stateDescription", viewModel.descriptionProperty(),
                "What happens in this state"), null);
        Forms.row(grid, "Colour", WorkflowForms.text("stateColor", viewModel.colorProperty(), "#2f6fed (type colour)"),
                WorkflowForms.problem(viewModel.colorProblemProperty()));
        CheckBox isFinal = new CheckBox("The workflow ends here");
        isFinal.setId("stateFinal");
        isFinal.selectedProperty().bindBidirectional(viewModel.finalProperty());
        Forms.row(grid, "Final", isFinal, null);
        Forms.row(grid, "SLA (hours)", WorkflowForms.text("stateSla", viewModel.slaHoursProperty(), "none"),
                WorkflowForms.problem(viewModel.slaProblemProperty()));
        Forms.row(grid, "Required", WorkflowForms.listWithSuggestions("stateRequiredFields",
                viewModel.requiredFieldsProperty(), "fields to fill in", viewModel::fieldNames, "a field of the entity"),
                WorkflowForms.problem(viewModel.requiredFieldsProblemProperty()));

        GridPane approval = WorkflowForms.grid();
        BooleanBinding isApproval = Bindings.createBooleanBinding(
                () -> viewModel.typeProperty().get() == StateType.APPROVAL, viewModel.typeProperty());
        approval.visibleProperty().bind(isApproval);
        approval.managedProperty().bind(isApproval);
        Forms.row(approval, "Approvers", WorkflowForms.roleList("stateApprovers",
                viewModel.approverRolesProperty(), "manager, finance", viewModel::knownRoles),
                WorkflowForms.problem(Bindings.createStringBinding(() -> viewModel.approverEntryProblemProperty()
                        .get().isEmpty() ? viewModel.approverProblemProperty().get()
                        : viewModel.approverEntryProblemProperty().get(),
                        viewModel.approverEntryProblemProperty(), viewModel.approverProblemProperty())));
        Forms.row(approval, "Approvals", WorkflowForms.text("stateApprovalCount",
                viewModel.requiredApproversProperty(), "1"),
                WorkflowForms.problem(viewModel.requiredProblemProperty()));

        VBox others = new VBox(4);
        Runnable showOthers = () -> others.getChildren().setAll(
                viewModel.otherProblems().stream().map(StatePropertiesView::messageLabel).toList());
        viewModel.otherProblems().addListener((javafx.collections.ListChangeListener<String>) c -> showOthers.run());
        showOthers.run();
        getChildren().addAll(Forms.sectionTitle("State"), grid, approval, others);
    }

    private static Label messageLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("problem-message");
        label.setWrapText(true);
        return label;
    }
}
