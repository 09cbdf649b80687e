package io.buildify.app.workflow;

import io.buildify.app.ui.Forms;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The workflow header form, shown in the properties panel while nothing on the canvas is selected. */
final class HeaderView extends VBox {

    HeaderView(HeaderViewModel viewModel, TriggerViewModel trigger,
               javafx.beans.property.StringProperty commitMessage) {
        super(8);
        getStyleClass().add("workflow-header-form");
        GridPane grid = WorkflowForms.grid();
        Forms.row(grid, "Label", WorkflowForms.text("workflowLabel", viewModel.labelProperty(), "Expense approval"),
                null);
        Forms.row(grid, "Name", WorkflowForms.text("workflowName", viewModel.nameProperty(), "expense_approval"),
                WorkflowForms.problem(viewModel.nameProblemProperty()));
        Forms.row(grid, "Description", WorkflowForms.area("workflowDescription", viewModel.descriptionProperty(),
                "What this workflow is for"), null);
        Forms.row(grid, "Category", WorkflowForms.text("workflowCategory", viewModel.categoryProperty(), "Finance"),
                null);
        ComboBox<String> entity = new ComboBox<>(viewModel.entityChoices());
        entity.setId("workflowEntity");
        entity.setMaxWidth(Double.MAX_VALUE);
        entity.setPromptText("Pick an entity draft");
        entity.valueProperty().bindBidirectional(viewModel.entityNameProperty());
        Forms.row(grid, "Entity", entity, null);
        GridPane publish = WorkflowForms.grid();
        Forms.row(publish, "Publish note", WorkflowForms.text("workflowCommitMessage", commitMessage,
                "What changed (optional)"), null);
        getChildren().addAll(Forms.sectionTitle("Workflow"), grid, new TriggerView(trigger), publish);
    }
}
