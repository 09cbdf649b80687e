package io.buildify.app.history;

import io.buildify.app.ui.Icons;
import io.buildify.app.ui.SqlText;
import io.buildify.app.ui.Theme;
import io.buildify.core.api.MigrationRecord;
import io.buildify.core.migration.MigrationStep;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The migration history of one entity: a table of its migrations (newest first), the details of the selected one
 * (up and down SQL, the change list, the error) and Refresh / Rollback. Opens in a window of its own.
 */
public final class MigrationHistoryView extends BorderPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final MigrationHistoryViewModel viewModel;

    public MigrationHistoryView(MigrationHistoryViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("migration-history");
        getStylesheets().add(SqlText.STYLESHEET);
        setTop(toolbar());
        SplitPane split = new SplitPane(table(), details());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        setCenter(split);
    }

    /** Opens the history in its own window; the view model is disposed when the window closes. */
    public static Stage openWindow(Window owner, MigrationHistoryViewModel viewModel) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Migration history — " + viewModel.entityName());
        Scene scene = new Scene(new MigrationHistoryView(viewModel), 1100, 720);
        scene.getStylesheets().add(Theme.appStylesheet());
        stage.setScene(scene);
        stage.setOnHidden(event -> viewModel.dispose());
        stage.show();
        viewModel.refresh();
        return stage;
    }

    private Node toolbar() {
        Label title = new Label("Migrations of " + viewModel.entityName());
        title.getStyleClass().add("wizard-title");
        title.setGraphic(Icons.sized(MaterialDesignH.HISTORY, 20));
        Label message = new Label();
        message.setId("historyMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.messageIsErrorProperty().addListener((obs, old, now) -> styleMessage(message, now));
        styleMessage(message, viewModel.messageIsErrorProperty().get());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);

        Button refresh = new Button("Refresh", Icons.of(MaterialDesignR.REFRESH));
        refresh.setId("refreshHistoryButton");
        refresh.disableProperty().bind(viewModel.busyProperty());
        refresh.setOnAction(event -> viewModel.refresh());
        Button rollback = new Button("Rollback…", Icons.of(MaterialDesignU.UNDO_VARIANT));
        rollback.setId("rollbackButton");
        rollback.getStyleClass().add(Theme.DANGER);
        rollback.disableProperty().bind(viewModel.canRollbackProperty().not());
        rollback.setOnAction(event -> confirmRollback());
        for (Button button : new Button[] {refresh, rollback}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(10, title, message, refresh, rollback);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("history-toolbar");
        bar.setStyle("-fx-padding: 10;");
        return bar;
    }

    private static void styleMessage(Label message, boolean error) {
        message.getStyleClass().removeAll("history-message-error", "history-message-info");
        message.getStyleClass().add(error ? "history-message-error" : "history-message-info");
    }

    private Node table() {
        TableView<MigrationRecord> table = new TableView<>(viewModel.migrations());
        table.setId("migrationTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("#", 50, m -> Long.toString(m.id())),
                column("Version", 90, MigrationHistoryViewModel::versions),
                column("Type", 70, m -> m.rollsBack() != null ? "rollback" : m.migrationType().code()),
                statusColumn(),
                column("Executed at", 150, m -> m.executedAt() == null ? "" : WHEN.format(m.executedAt())),
                column("Time", 70, m -> m.executionTimeMs() == null ? "" : m.executionTimeMs() + " ms"),
                column("Author", 90, m -> nullToEmpty(m.author())),
                column("Commit message", 300, m -> nullToEmpty(m.commitMessage()))));
        table.setPlaceholder(new Label("No migrations."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private static TableColumn<MigrationRecord, String> column(String title, double width,
                                                               Function<MigrationRecord, String> value) {
        TableColumn<MigrationRecord, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> Bindings.createStringBinding(() -> value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<MigrationRecord, String> statusColumn() {
        TableColumn<MigrationRecord, String> column = column("Status", 100, m -> m.status().code());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String status, boolean empty) {
                super.updateItem(status, empty);
                getStyleClass().removeIf(style -> style.startsWith("status-"));
                setText(empty || status == null ? null : status.replace('_', ' '));
                if (!empty && status != null) {
                    getStyleClass().add("status-" + status);
                }
            }
        });
        return column;
    }

    private Node details() {
        Label heading = new Label();
        heading.setId("migrationHeading");
        heading.getStyleClass().add("section-title");
        Label error = new Label();
        error.setId("migrationError");
        error.setWrapText(true);
        error.getStyleClass().add("history-message-error");
        SqlText up = new SqlText();
        up.setId("historyUpSql");
        SqlText down = new SqlText();
        down.setId("historyDownSql");
        ListView<String> changes = new ListView<>();
        changes.setId("historyChanges");
        TabPane tabs = new TabPane(new Tab("Up SQL", up), new Tab("Down SQL", down), new Tab("Changes", changes));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox pane = new VBox(6, heading, error, tabs);
        pane.getStyleClass().add("history-details");

        viewModel.selectedProperty().addListener((obs, old, now) -> showDetails(now, heading, error, up, down,
                changes));
        showDetails(viewModel.selectedProperty().get(), heading, error, up, down, changes);
        return pane;
    }

    private static void showDetails(MigrationRecord m, Label heading, Label error, SqlText up, SqlText down,
                                    ListView<String> changes) {
        heading.setText(m == null ? "Select a migration to see its SQL." : "Migration " + m.id() + ": "
                + nullToEmpty(m.migrationName()) + " (" + MigrationHistoryViewModel.versions(m) + ", "
                + m.status().code().replace('_', ' ') + (m.rollsBack() == null ? "" : ", rolls back migration "
                + m.rollsBack()) + ")");
        error.setText(m == null || m.errorMessage() == null ? "" : "Error: " + m.errorMessage());
        error.setVisible(!error.getText().isEmpty());
        error.setManaged(error.isVisible());
        up.setSql(m == null ? "" : nullToEmpty(m.upSql()));
        down.setSql(m == null ? "" : nullToEmpty(m.downSql()));
        changes.getItems().setAll(m == null || m.changes() == null ? List.of() : m.changes().stream()
                .map(MigrationHistoryView::changeLine).toList());
    }

    private static String changeLine(MigrationStep step) {
        return (step.destructive() ? "⚠ " : "") + step.kind().code() + "  " + nullToEmpty(step.object());
    }

    private void confirmRollback() {
        MigrationRecord target = viewModel.selectedProperty().get();
        if (target == null) {
            return;
        }
        TextArea effects = new TextArea(String.join("\n", MigrationHistoryViewModel.rollbackEffects(target)));
        effects.setEditable(false);
        effects.setPrefRowCount(6);
        effects.getStyleClass().add("sql-text");
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        confirm.setTitle("Roll back migration");
        confirm.setHeaderText("Roll back migration " + target.id() + " (" + MigrationHistoryViewModel.versions(target)
                + ")? Its down script runs as a new migration and the entity gets the definition of version "
                + target.fromVersion() + " under a new version number.");
        confirm.getDialogPane().setContent(new VBox(6, new Label("This undoes:"), effects));
        if (getScene() != null) {
            confirm.initOwner(getScene().getWindow());
        }
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.rollback());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
