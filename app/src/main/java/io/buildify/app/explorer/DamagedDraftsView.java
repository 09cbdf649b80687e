package io.buildify.app.explorer;

import io.buildify.app.projectfiles.FileDialogs;
import io.buildify.app.ui.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Below the explorer, shown only when some draft cannot be read: each damaged draft with a warning icon and its
 * reason, and the two things that can be done with it, "Export raw JSON…" and "Delete…". Opening one (double-click
 * or Enter) explains the problem instead of opening an editor.
 */
public final class DamagedDraftsView extends VBox {
    private final DamagedDraftsViewModel viewModel;
    private FileDialogs dialogs = FileDialogs.system();

    public DamagedDraftsView(DamagedDraftsViewModel viewModel) {
        super(6);
        this.viewModel = viewModel;
        setId("damagedDrafts");
        getStyleClass().add("damaged-drafts");
        setPadding(new Insets(0, 10, 10, 10));
        visibleProperty().bind(Bindings.isNotEmpty(viewModel.items()));
        managedProperty().bind(visibleProperty());

        FontIcon warning = Icons.of(MaterialDesignA.ALERT);
        warning.getStyleClass().add("warning-icon");
        Label title = new Label("Damaged drafts", warning);
        title.getStyleClass().add("section-title");
        Label hint = new Label("These drafts cannot be read. Export their raw JSON or delete them.");
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // else a VBox squeezes the wrapped lines into one with "…"

        ListView<DamagedDraftItem> list = new ListView<>(viewModel.items());
        list.setId("damagedDraftList");
        list.setCellFactory(view -> new DamagedCell(view));
        list.setPrefHeight(120);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected();
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });

        Button export = new Button("Export raw JSON…", Icons.of(MaterialDesignE.EXPORT));
        export.setId("exportDamagedButton");
        export.setTooltip(new Tooltip("Save the stored text exactly as it is, to repair it by hand"));
        export.disableProperty().bind(viewModel.selectedProperty().isNull());
        export.setOnAction(event -> exportSelected());
        Button delete = new Button("Delete…", Icons.of(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("deleteDamagedButton");
        delete.setTooltip(new Tooltip("Delete the damaged draft; the audit trail keeps its text"));
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        delete.setOnAction(event -> deleteSelected());
        FlowPane actions = new FlowPane(6, 6, export, delete); // wraps in a narrow explorer instead of cutting
        actions.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, hint, list, actions);
    }

    /** Where "Export raw JSON…" asks for the file; UI tests put a fixed path here. */
    public void setFileDialogs(FileDialogs dialogs) {
        this.dialogs = dialogs;
    }

    private void openSelected() {
        DamagedDraftItem item = viewModel.selectedProperty().get();
        if (item != null) {
            Alert alert = alert(Alert.AlertType.WARNING, "Cannot open the " + item.title(),
                    viewModel.openMessage(item));
            alert.showAndWait();
        }
    }

    private void exportSelected() {
        DamagedDraftItem item = viewModel.selectedProperty().get();
        if (item == null) {
            return;
        }
        dialogs.saveTo(getScene().getWindow(), "Export the raw JSON of the " + item.title(),
                viewModel.suggestedFileName(item), viewModel.exportFilters()).ifPresent(target -> export(item, target));
    }

    private void export(DamagedDraftItem item, Path target) {
        try {
            viewModel.exportRaw(item, target);
        } catch (IOException | IllegalStateException e) {
            alert(Alert.AlertType.ERROR, "Nothing was exported", "Cannot write " + target + ": " + e.getMessage())
                    .showAndWait();
        }
    }

    private void deleteSelected() {
        DamagedDraftItem item = viewModel.selectedProperty().get();
        if (item == null) {
            return;
        }
        Alert confirm = alert(Alert.AlertType.CONFIRMATION, "Delete the damaged " + item.title() + "?",
                "The draft is removed from this computer. Its stored text stays in the audit trail.");
        confirm.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.delete(item));
    }

    private Alert alert(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text);
        alert.setTitle("Damaged draft");
        alert.setHeaderText(header);
        alert.initOwner(getScene().getWindow());
        return alert;
    }

    /** Warning icon and the draft's title, its reason below. */
    private static final class DamagedCell extends ListCell<DamagedDraftItem> {
        private final ListView<DamagedDraftItem> list;

        DamagedCell(ListView<DamagedDraftItem> list) {
            this.list = list;
            setPrefWidth(0); // the list's width decides, so long reasons wrap instead of scrolling sideways
        }

        @Override
        protected void updateItem(DamagedDraftItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            FontIcon icon = Icons.of(MaterialDesignA.ALERT);
            icon.getStyleClass().add("warning-icon");
            Label name = new Label(item.title(), icon);
            name.getStyleClass().add("entity-name");
            Label reason = new Label(item.reason());
            reason.getStyleClass().addAll("hint-text", "damaged-reason");
            reason.setWrapText(true);
            reason.setMinHeight(Region.USE_PREF_SIZE);
            reason.maxWidthProperty().bind(list.widthProperty().subtract(30));
            setGraphic(new VBox(2, name, reason));
            setTooltip(new Tooltip(item.reason()));
        }
    }
}
