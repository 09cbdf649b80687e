package io.buildify.app.audit;

import io.buildify.app.ui.Icons;
import io.buildify.app.ui.Tables;
import io.buildify.core.api.AuditEntry;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.util.stream.Collectors;

/**
 * "Server audit log": who created, published or rolled back what on the server, filtered by definition, with a
 * clear "Offline" line instead of a table when there is no server. Only binds to its ViewModel.
 */
public final class ServerAuditView extends BorderPane {

    /**
     * @param definitions the pickers' entries (shared with the draft history); "All definitions" is added on top
     */
    public ServerAuditView(ServerAuditViewModel viewModel, ObservableList<DefinitionRef> definitions) {
        setId("serverAuditView");
        setPadding(new Insets(12));

        ObservableList<DefinitionRef> choices = FXCollections.observableArrayList();
        choices.add(null);
        choices.addAll(definitions);
        definitions.addListener((javafx.collections.ListChangeListener<DefinitionRef>) change -> {
            DefinitionRef kept = viewModel.filterProperty().get();
            choices.setAll(definitions);
            choices.add(0, null);
            viewModel.filterProperty().set(kept == null || definitions.contains(kept) ? kept : null);
        });
        ComboBox<DefinitionRef> filter = new ComboBox<>(choices);
        filter.setId("auditFilter");
        filter.setPromptText("All definitions");
        filter.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DefinitionRef item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? "All definitions" : item.toString());
            }
        });
        filter.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DefinitionRef item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "All definitions" : item.toString());
            }
        });
        filter.valueProperty().bindBidirectional(viewModel.filterProperty());
        Button refresh = new Button("Refresh", Icons.of(MaterialDesignR.REFRESH));
        refresh.setId("auditRefresh");
        refresh.disableProperty().bind(viewModel.loadingProperty());
        refresh.setOnAction(event -> viewModel.refresh());
        HBox header = new HBox(10, new Label("Show"), filter, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 8, 0));
        setTop(header);

        TableView<AuditEntry> table = new TableView<>(viewModel.entries());
        table.setId("auditTable");
        table.getColumns().add(Tables.column("When", 130, entry -> Tables.time(entry.at())));
        table.getColumns().add(Tables.column("Who", 100, AuditEntry::actor));
        table.getColumns().add(Tables.column("Action", 110, AuditEntry::action));
        table.getColumns().add(Tables.column("Type", 80, AuditEntry::objectType));
        table.getColumns().add(Tables.column("Name", 130, AuditEntry::objectName));
        table.getColumns().add(Tables.column("Details", 260, ServerAuditView::details));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label message = new Label();
        message.setId("auditMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        // With rows the sentence sits under the table; without, it takes the table's place (offline, nothing found).
        message.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.entries()));
        message.managedProperty().bind(message.visibleProperty());
        Label placeholder = new Label();
        placeholder.setId("auditPlaceholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(560);
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        placeholder.textProperty().bind(viewModel.messageProperty());
        table.setPlaceholder(placeholder);
        viewModel.offlineProperty().addListener((obs, old, now) -> styleOffline(placeholder, now));
        styleOffline(placeholder, viewModel.offlineProperty().get());
        setCenter(table);
        BorderPane.setMargin(message, new Insets(8, 0, 0, 0));
        setBottom(message);
    }

    private static void styleOffline(Label message, boolean offline) {
        message.getStyleClass().remove("problem-message");
        if (offline) {
            message.getStyleClass().add("problem-message");
        }
    }

    private static String details(AuditEntry entry) {
        return entry.details().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
