package io.buildify.app.audit;

import io.buildify.app.ui.Icons;
import io.buildify.app.ui.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/** The "Audit trail" window: tabs "Draft changes" and "Server audit log"; one per main window. */
public final class AuditWindow {
    private static final Map<AuditTrail, Stage> OPEN = new WeakHashMap<>();

    private AuditWindow() {
    }

    /** The toolbar button; {@code openDefinition} gives the id of the open entity or workflow, or null. */
    public static Button button(AuditTrail trail, Supplier<String> openDefinition) {
        // Icon only: the main toolbar is full at 1280 px; the tooltip names it.
        Button button = new Button("", Icons.of(MaterialDesignA.ACCOUNT_CLOCK_OUTLINE));
        button.setId("auditTrailButton");
        button.setAccessibleText("Audit trail");
        button.setTooltip(new Tooltip("Audit trail: every change of the open definition on this computer, and the "
                + "server's audit log"));
        button.setOnAction(event -> show(trail, openDefinition.get(), button.getScene().getWindow()));
        return button;
    }

    /** Shows the window on {@code definitionId}'s history (null: as it was), or brings it to the front. */
    public static Stage show(AuditTrail trail, String definitionId, Window owner) {
        trail.focus(definitionId);
        Stage stage = OPEN.get(trail);
        if (stage == null) {
            Tab drafts = new Tab("Draft changes", new DefinitionHistoryView(trail.history()));
            drafts.setId("draftChangesTab");
            Tab server = new Tab("Server audit log", new ServerAuditView(trail.server(), trail.history().choices()));
            server.setId("serverAuditTab");
            server.setOnSelectionChanged(event -> {
                if (server.isSelected()) {
                    trail.server().refresh();
                }
            });
            TabPane tabs = new TabPane(drafts, server);
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            stage = new Stage();
            stage.setTitle("Audit trail");
            if (owner != null) {
                stage.initOwner(owner);
            }
            Scene scene = new Scene(tabs, 1000, 620);
            scene.getStylesheets().add(Theme.appStylesheet());
            stage.setScene(scene);
            stage.setOnHidden(event -> OPEN.remove(trail));
            OPEN.put(trail, stage);
        }
        stage.show();
        stage.toFront();
        return stage;
    }
}
