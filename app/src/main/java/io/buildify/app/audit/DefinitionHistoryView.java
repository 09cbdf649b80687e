package io.buildify.app.audit;

import io.buildify.app.ui.Tables;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * "Draft changes": a definition picker, its edit log (time, who, summary) and, for the selected change, the
 * field-level difference and the whole definition before and after. Only binds to its ViewModel.
 */
public final class DefinitionHistoryView extends BorderPane {

    public DefinitionHistoryView(DefinitionHistoryViewModel viewModel) {
        setId("definitionHistoryView");
        setPadding(new Insets(12));

        ComboBox<DefinitionRef> picker = new ComboBox<>(viewModel.choices());
        picker.setId("historyDefinitionPicker");
        picker.setPromptText("Entity or workflow");
        picker.valueProperty().bindBidirectional(viewModel.definitionProperty());
        Label message = new Label();
        message.setId("historyMessage");
        message.textProperty().bind(viewModel.messageProperty());
        HBox header = new HBox(10, new Label("Changes of"), picker, message);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 8, 0));
        setTop(header);

        TableView<DraftChange> entries = new TableView<>(viewModel.entries());
        entries.setId("historyEntries");
        entries.setPlaceholder(new Label("No changes recorded"));
        entries.getColumns().add(Tables.column("When", 130, entry -> Tables.time(entry.at())));
        entries.getColumns().add(Tables.column("Who", 110, DraftChange::author));
        entries.getColumns().add(Tables.column("What", 380, DraftChange::summary));
        entries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (entries.getSelectionModel().getSelectedItem() != now) {
                entries.getSelectionModel().select(now);
            }
        });
        entries.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });

        TableView<FieldChange> changes = new TableView<>(viewModel.changes());
        changes.setId("historyChanges");
        changes.setPlaceholder(new Label("Select a change to see what it changed"));
        changes.getColumns().add(Tables.column("Property", 220, FieldChange::path));
        changes.getColumns().add(Tables.column("Before", 180, FieldChange::before));
        changes.getColumns().add(Tables.column("After", 180, FieldChange::after));
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);

        TabPane detail = new TabPane(new Tab("Difference", changes),
                new Tab("Before and after", new SplitPane(json("historyBefore", viewModel.beforeTextProperty()),
                        json("historyAfter", viewModel.afterTextProperty()))));
        detail.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(entries, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setCenter(split);
        if (entries.getItems().contains(viewModel.selectedProperty().get())) {
            entries.getSelectionModel().select(viewModel.selectedProperty().get());
        }
    }

    private static TextArea json(String id, javafx.beans.value.ObservableValue<String> text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().add("json-text");
        area.textProperty().bind(text);
        return area;
    }
}
