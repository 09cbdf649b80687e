package io.buildify.app.workflow;

import io.buildify.app.ui.Icons;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.Locale;

/** The explorer's Workflows tab: the workflow drafts with entity, size and status. */
public final class WorkflowListView extends VBox {

    public WorkflowListView(WorkflowListViewModel viewModel) {
        super(8);
        getStyleClass().add("project-explorer");
        setPadding(new Insets(10));
        ListView<WorkflowListItem> list = new ListView<>(viewModel.items());
        list.setId("workflowList");
        list.setCellFactory(view -> new WorkflowCell());
        list.setPlaceholder(new Label("No workflows yet.\nClick \"New workflow\" to draw one."));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> reselect(list, now));
        viewModel.items().addListener((ListChangeListener<WorkflowListItem>) c ->
                reselect(list, viewModel.selectedProperty().get()));
        getChildren().add(list);
    }

    private static void reselect(ListView<WorkflowListItem> list, WorkflowListItem item) {
        if (item == null) {
            list.getSelectionModel().clearSelection();
        } else if (!item.equals(list.getSelectionModel().getSelectedItem())) {
            list.getSelectionModel().select(item);
        }
    }

    private static final class WorkflowCell extends ListCell<WorkflowListItem> {
        WorkflowCell() {
            setPrefWidth(0); // follow the list's width (long names end in "…") instead of scrolling sideways
        }

        @Override
        protected void updateItem(WorkflowListItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.label().isBlank() ? item.name() : item.label());
            name.getStyleClass().add("entity-name");
            name.setGraphic(Icons.of(MaterialDesignS.SITEMAP_OUTLINE));
            name.setMinWidth(0);
            Label summary = new Label(item.summary());
            summary.getStyleClass().add("hint-text");
            summary.setMinWidth(0);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label badge = new Label(item.status().displayName());
            badge.getStyleClass().addAll("status-badge", "status-" + item.status().name().toLowerCase(Locale.ROOT));
            badge.setMinWidth(Region.USE_PREF_SIZE);
            HBox top = new HBox(6, name, spacer, badge);
            top.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(new VBox(1, top, summary));
        }
    }
}
