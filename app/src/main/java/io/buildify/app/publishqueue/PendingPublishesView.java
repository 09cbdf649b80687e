package io.buildify.app.publishqueue;

import io.buildify.app.ui.Icons;
import io.buildify.app.ui.Tables;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.Locale;
import java.util.function.Function;

/** "Pending publishes": the queue as a table, with retry, cancel and clear. Only binds to its ViewModel. */
public final class PendingPublishesView extends BorderPane {

    public PendingPublishesView(PendingPublishesViewModel viewModel) {
        getStyleClass().add("pending-publishes");
        setPadding(new Insets(12));

        Label title = new Label();
        title.getStyleClass().add("pending-publishes-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.pendingCountProperty().get() == 0
                ? "Nothing waiting to be published" : viewModel.pendingCountProperty().get() == 1
                ? "1 publish waits for the server" : viewModel.pendingCountProperty().get()
                + " publishes wait for the server", viewModel.pendingCountProperty()));
        Label connection = new Label();
        connection.setId("pendingPublishesConnection");
        connection.textProperty().bind(Bindings.when(viewModel.onlineProperty())
                .then("Server answers: queued publishes are being sent")
                .otherwise("Server unreachable: publishes are sent in order when it answers again"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, connection);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 8, 0));
        setTop(header);

        TableView<QueuedPublish> table = new TableView<>(viewModel.items());
        table.setId("pendingPublishesTable");
        table.setPlaceholder(new Label("No publishes were queued. Publishing while the server is unreachable "
                + "queues them here."));
        table.getColumns().add(column("#", 40, item -> Long.toString(item.seq())));
        table.getColumns().add(kindColumn());
        table.getColumns().add(column("Name", 160, QueuedPublish::name));
        table.getColumns().add(column("Based on", 90, item -> "v" + item.baseVersion()));
        table.getColumns().add(stateColumn());
        table.getColumns().add(column("Tries", 55, item -> Integer.toString(item.attempts())));
        table.getColumns().add(column("Queued at", 130, item -> Tables.time(item.createdAt())));
        table.getColumns().add(column("Commit message", 140,
                item -> item.commitMessage() == null ? "" : item.commitMessage()));
        TableColumn<QueuedPublish, String> message = column("Last answer", 300, QueuedPublish::message);
        message.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        table.getColumns().add(message);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setCenter(table);

        var selected = table.getSelectionModel().selectedItemProperty();
        Button retry = new Button("Retry", Icons.of(MaterialDesignR.REFRESH));
        retry.setId("retryPublishButton");
        retry.setTooltip(new Tooltip("Send a publish that ended in a conflict or failed again"));
        retry.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().state().isRetryable(), selected));
        retry.setOnAction(event -> viewModel.retry(selected.get()));
        Button cancel = new Button("Cancel publish", Icons.of(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancel.setId("cancelPublishButton");
        cancel.setTooltip(new Tooltip("Remove it from the queue; the draft stays as it is"));
        cancel.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().state() == PublishState.SENDING
                || selected.get().state() == PublishState.PUBLISHED, selected));
        cancel.setOnAction(event -> viewModel.cancel(selected.get()));
        Button clear = new Button("Clear published", Icons.of(MaterialDesignB.BROOM));
        clear.setId("clearPublishedButton");
        clear.disableProperty().bind(viewModel.publishedCountProperty().isEqualTo(0));
        clear.setOnAction(event -> viewModel.clearPublished());
        HBox buttons = new HBox(8, retry, cancel, clear);
        buttons.setPadding(new Insets(8, 0, 0, 0));
        setBottom(buttons);
    }

    private static TableColumn<QueuedPublish, String> column(String title, double width,
                                                             Function<QueuedPublish, String> value) {
        return Tables.column(title, width, value);
    }

    /** Entity or workflow, with the icon the explorer and the workflow list use for them. */
    private static TableColumn<QueuedPublish, PublishKind> kindColumn() {
        TableColumn<QueuedPublish, PublishKind> column = new TableColumn<>("Kind");
        column.setPrefWidth(110);
        column.setMinWidth(110);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().kind()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(PublishKind kind, boolean empty) {
                super.updateItem(kind, empty);
                setText(empty || kind == null ? null : kind.displayName());
                setGraphic(empty || kind == null ? null : Icons.of(kind == PublishKind.ENTITY
                        ? MaterialDesignT.TABLE_LARGE : MaterialDesignS.SITEMAP_OUTLINE));
            }
        });
        return column;
    }

    /** The state as a coloured word: the colours are the app's success / warning / danger ones. */
    private static TableColumn<QueuedPublish, PublishState> stateColumn() {
        TableColumn<QueuedPublish, PublishState> column = new TableColumn<>("State");
        column.setPrefWidth(90);
        column.setMinWidth(90);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().state()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(PublishState state, boolean empty) {
                super.updateItem(state, empty);
                getStyleClass().removeIf(style -> style.startsWith("publish-state-"));
                setText(empty || state == null ? null : state.displayName());
                if (!empty && state != null) {
                    getStyleClass().add("publish-state-" + state.name().toLowerCase(Locale.ROOT));
                }
            }
        });
        return column;
    }
}
