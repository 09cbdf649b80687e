package io.buildify.app.main;

import io.buildify.app.publishqueue.PendingPublishesWindow;
import io.buildify.app.server.ServerState;
import io.buildify.app.ui.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

import java.util.Locale;

/** Bottom bar: server state on the left, save state on the right. */
final class StatusBar extends HBox {

    StatusBar(MainViewModel viewModel) {
        super(8);
        getStyleClass().add("status-bar");
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER_LEFT);

        FontIcon serverIcon = Icons.of(MaterialDesignD.DATABASE);
        Label server = new Label();
        server.setId("serverStatus");
        server.setGraphic(serverIcon);
        server.textProperty().bind(viewModel.server().messageProperty());
        viewModel.server().stateProperty().addListener((obs, old, now) -> styleServer(server, now));
        styleServer(server, viewModel.server().stateProperty().get());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label saved = new Label();
        saved.setId("saveStatus");
        saved.setGraphic(Icons.of(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        saved.textProperty().bind(viewModel.saveStatusProperty());
        getChildren().addAll(server, spacer, saved);
        viewModel.pendingPublishes().ifPresent(queue -> getChildren().add(1, PendingPublishesWindow.indicator(queue)));
        Autosave.install(viewModel);
    }

    private static void styleServer(Label label, ServerState state) {
        label.getStyleClass().removeIf(style -> style.startsWith("server-"));
        label.getStyleClass().add("server-" + state.name().toLowerCase(Locale.ROOT));
    }
}
