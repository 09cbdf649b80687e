package io.buildify.app.publishqueue;

import io.buildify.app.ui.Icons;
import io.buildify.app.ui.Theme;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.Map;
import java.util.WeakHashMap;

/** Opens the {@link PendingPublishesView} in a window of its own (one per queue), from a toolbar button or the status bar. */
public final class PendingPublishesWindow {
    private static final Map<PendingPublishesViewModel, Stage> OPEN = new WeakHashMap<>();

    private PendingPublishesWindow() {
    }

    /** The toolbar button "Pending publishes (2)". */
    public static Button button(PendingPublishesViewModel viewModel) {
        Button button = new Button("", Icons.of(MaterialDesignT.TRAY_ARROW_UP));
        button.setId("pendingPublishesButton");
        button.textProperty().bind(Bindings.createStringBinding(() -> "Pending publishes"
                + (viewModel.pendingCountProperty().get() == 0 ? "" : " (" + viewModel.pendingCountProperty().get()
                + ")"), viewModel.pendingCountProperty()));
        button.setTooltip(new Tooltip("Publishes made while the server was unreachable, and how they went"));
        button.setOnAction(event -> show(viewModel, button.getScene().getWindow()));
        return button;
    }

    /** The status-bar indicator "Online" / "Offline · 3 pending"; a click opens the window. */
    public static Node indicator(PendingPublishesViewModel viewModel) {
        Label label = new Label();
        label.setId("publishQueueStatus");
        label.getStyleClass().add("publish-indicator");
        label.textProperty().bind(viewModel.indicatorProperty());
        label.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(viewModel.onlineProperty().get()
                ? MaterialDesignC.CLOUD_CHECK_OUTLINE : MaterialDesignC.CLOUD_OFF_OUTLINE), viewModel.onlineProperty()));
        label.setTooltip(new Tooltip("Click to see the pending publishes"));
        label.setOnMouseClicked(event -> show(viewModel, label.getScene().getWindow()));
        return label;
    }

    /** Shows the window, or brings it to the front if it is open. */
    public static Stage show(PendingPublishesViewModel viewModel, Window owner) {
        Stage stage = OPEN.get(viewModel);
        if (stage == null) {
            viewModel.refresh();
            stage = new Stage();
            stage.setTitle("Pending publishes");
            if (owner != null) {
                stage.initOwner(owner);
            }
            Scene scene = new Scene(new PendingPublishesView(viewModel), 1160, 420);
            scene.getStylesheets().add(Theme.appStylesheet());
            stage.setScene(scene);
            stage.setOnHidden(event -> OPEN.remove(viewModel));
            OPEN.put(viewModel, stage);
        }
        stage.show();
        stage.toFront();
        return stage;
    }
}
