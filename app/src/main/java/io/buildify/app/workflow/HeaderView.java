package io.buildify.app.workflow;

import io.buildify.app.ui.Forms;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The workflow header form, shown in the properties panel while nothing on the canvas is selected. */
final class HeaderView extends VBox {

    /**
     * @param expanded whether the details (description, category, entity, trigger, publish note) start open: yes
     *                 for a new workflow, which is named and set up first; no for one already drawn, so opening it
     *                 paints the canvas without building a form nobody looks at yet (built on first open)
     */
    HeaderView(HeaderViewModel viewModel, TriggerViewModel trigger,
               javafx.beans.property.StringProperty commitMessage, boolean expanded) {
        super(8);
        getStyleClass().add("workflow-header-form");
        GridPane grid = WorkflowForms.grid();
        Forms.row(grid, "Label", WorkflowForms.text("workflowLabel", viewModel.labelProperty(), "Expense approval"),
                null);
        Forms.row(grid, "Name", WorkflowForms.text("workflowName", viewModel.nameProperty(), "expense_approval"),
                WorkflowForms.problem(viewModel.nameProblemProperty()));
        TitledPane details = new TitledPane();
        details.setId("workflowDetails");
        details.setText("Details, entity and trigger");
        details.getStyleClass().add("workflow-header-details");
        details.setAnimated(false);
        details.expandedProperty().addListener((obs, was, is) -> {
            if (is && details.getContent() == null) {
                details.setContent(details(viewModel, trigger, commitMessage));
            }
        });
        details.setExpanded(expanded);
        if (expanded) {
            details.setContent(details(viewModel, trigger, commitMessage));
        }
        getChildren().addAll(Forms.sectionTitle("Workflow"), grid, details);
    }

    private static VBox details(HeaderViewModel viewModel, TriggerViewModel trigger,
                                javafx.beans.property.StringProperty commitMessage) {
        GridPane grid = WorkflowForms.grid();
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
        return new VBox(8, grid, new TriggerView(trigger), publish);
    }
}
