package io.buildify.app.workflow;

import io.buildify.app.ui.Forms;
import io.buildify.core.model.TriggerType;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The workflow header form, shown in the properties panel while nothing on the canvas is selected. */
final class HeaderView extends VBox {

    HeaderView(HeaderViewModel viewModel, javafx.beans.property.StringProperty commitMessage) {
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
        Forms.row(grid, "Trigger", WorkflowForms.choice("workflowTrigger", List.of(TriggerType.values()),
                viewModel.triggerProperty(), WorkflowForms::enumLabel), null);
        Forms.row(grid, "Publish note", WorkflowForms.text("workflowCommitMessage", commitMessage,
                "What changed (optional)"), null);
        getChildren().addAll(Forms.sectionTitle("Workflow"), grid);
    }
}
