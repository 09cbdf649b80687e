package io.buildify.app.explorer;

import io.buildify.app.drafts.DraftStatus;
import io.buildify.app.ui.Icons;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.Locale;

/** Left panel: search box and the list of entity drafts with a status badge each. */
public final class ProjectExplorerView extends VBox {

    public ProjectExplorerView(ProjectExplorerViewModel viewModel) {
        super(8);
        getStyleClass().add("project-explorer");
        setPadding(new Insets(10));

        Label title = new Label("Entities");
        title.getStyleClass().add("section-title");
        Label count = new Label();
        count.getStyleClass().add("hint-text");
        count.textProperty().bind(viewModel.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, count);
        header.setAlignment(Pos.BASELINE_LEFT);

        // A plain TextField: ControlsFX's CustomTextField CSS needs Modena's colour names, which AtlantaFX lacks.
        TextField search = new TextField();
        search.setId("entitySearch");
        search.setPromptText("Search by name or label");
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox searchRow = new HBox(6, Icons.of(MaterialDesignM.MAGNIFY), search);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        ListView<EntityListItem> list = new ListView<>(viewModel.visibleItems());
        list.setId("entityList");
        list.setCellFactory(view -> new EntityCell(viewModel));
        list.setPlaceholder(new Label("No entities yet.\nClick \"New entity\" to start."));
        VBox.setVgrow(list, Priority.ALWAYS);

        // The list clears its selection while reloading; ignore those blinks and put the selection back.
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> reselect(list, now));
        viewModel.visibleItems().addListener((ListChangeListener<EntityListItem>) change ->
                reselect(list, viewModel.selectedProperty().get()));

        getChildren().addAll(header, searchRow, list);
    }

    private static void reselect(ListView<EntityListItem> list, EntityListItem item) {
        if (item == null) {
            list.getSelectionModel().clearSelection();
        } else if (!item.equals(list.getSelectionModel().getSelectedItem())) {
            list.getSelectionModel().select(item);
        }
    }

    /** Name and label on the left, a coloured status badge on the right; the category above a group's first. */
    private static final class EntityCell extends ListCell<EntityListItem> {
        private final ProjectExplorerViewModel viewModel;

        EntityCell(ProjectExplorerViewModel viewModel) {
            this.viewModel = viewModel;
        }

        @Override
        protected void updateItem(EntityListItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.name().isBlank() ? "(unnamed)" : item.name());
            name.getStyleClass().add("entity-name");
            name.setGraphic(Icons.of(MaterialDesignT.TABLE));
            Label label = new Label(item.label());
            label.getStyleClass().add("hint-text");
            VBox text = new VBox(1, name, label);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label badge = new Label(item.status().displayName());
            badge.getStyleClass().addAll("status-badge", badgeClass(item.status()));
            HBox row = new HBox(6, text, spacer, badge);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            if (viewModel.startsGroup(item)) {
                Label category = new Label(item.category().toUpperCase(Locale.ROOT));
                category.getStyleClass().add("category-caption");
                setGraphic(new VBox(4, category, row));
            } else {
                setGraphic(row);
            }
        }

        private static String badgeClass(DraftStatus status) {
            return "status-" + status.name().toLowerCase(Locale.ROOT);
        }
    }
}
