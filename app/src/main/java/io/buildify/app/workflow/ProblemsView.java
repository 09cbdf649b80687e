package io.buildify.app.workflow;

import io.buildify.app.ui.Icons;
import io.buildify.core.workflow.WorkflowMarker;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The problems list under the canvas: every marker of the rules; clicking one selects its state or transition. */
final class ProblemsView extends VBox {

    ProblemsView(WorkflowDesignerViewModel viewModel) {
        super(4);
        getStyleClass().add("workflow-problems");
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.problems().isEmpty()
                ? "No problems: the workflow can be published" : "Problems (" + viewModel.problems().size() + ")",
                viewModel.problems()));
        ListView<WorkflowMarker> list = new ListView<>(viewModel.problems());
        list.setId("workflowProblems");
        list.setCellFactory(view -> new MarkerCell());
        list.setPlaceholder(new Label(""));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.select(now.elementId());
            }
        });
        list.setOnMouseClicked(event -> {
            WorkflowMarker clicked = list.getSelectionModel().getSelectedItem();
            if (clicked != null) {
                viewModel.select(clicked.elementId());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
    }

    /** A row per marker; its two icons are made once per cell (the list re-fills cells on every layout). */
    private static final class MarkerCell extends ListCell<WorkflowMarker> {
        private FontIcon errorIcon;
        private FontIcon warningIcon;

        MarkerCell() {
            setPrefWidth(0); // wrap long messages instead of scrolling sideways
            setWrapText(true);
        }

        @Override
        protected void updateItem(WorkflowMarker item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setGraphic(item.isError() ? errorIcon() : warningIcon());
            setText(item.message());
        }

        private FontIcon errorIcon() {
            if (errorIcon == null) {
                errorIcon = Icons.of(MaterialDesignA.ALERT_CIRCLE);
                errorIcon.getStyleClass().add("problem-icon");
            }
            return errorIcon;
        }

        private FontIcon warningIcon() {
            if (warningIcon == null) {
                warningIcon = Icons.of(MaterialDesignC.CIRCLE_MEDIUM);
                warningIcon.getStyleClass().add("warning-icon");
            }
            return warningIcon;
        }
    }
}
