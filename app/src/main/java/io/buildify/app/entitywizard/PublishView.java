package io.buildify.app.entitywizard;

import io.buildify.app.history.MigrationHistoryView;
import io.buildify.app.ui.Icons;
import io.buildify.app.ui.SqlText;
import io.buildify.app.ui.Theme;
import io.buildify.core.api.RowCheckResult;
import io.buildify.core.migration.MigrationStep;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;

/**
 * Step "Preview &amp; publish": the impact list (destructive steps in red), the row checks, the up and down SQL
 * highlighted, the commit message, Publish and History, the confirmation of destructive steps and the outcome.
 */
public final class PublishView extends VBox {

    public PublishView(PublishViewModel viewModel) {
        super(10);
        getStyleClass().add("wizard-page");
        getStylesheets().add(SqlText.STYLESHEET);

        Label note = new Label();
        note.setId("previewNote");
        note.setWrapText(true);
        note.getStyleClass().add("preview-note");
        note.textProperty().bind(viewModel.previewNoteProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        TabPane sql = new TabPane(
                sqlTab("Up SQL (publish)", "upSql", new SqlText(viewModel.upSqlProperty())),
                sqlTab("Down SQL (undo)", "downSql", new SqlText(viewModel.downSqlProperty())));
        sql.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        HBox.setHgrow(sql, Priority.ALWAYS);
        HBox plan = new HBox(12, impactPane(viewModel), sql);
        plan.setPrefHeight(300);
        // Nothing to show when there is nothing to publish (or errors): the note above says why.
        plan.visibleProperty().bind(viewModel.upSqlProperty().isNotEmpty());
        plan.managedProperty().bind(plan.visibleProperty());
        VBox.setVgrow(plan, Priority.ALWAYS);

        VBox outcome = outcomePane(viewModel);
        VBox.setVgrow(outcome, Priority.SOMETIMES);
        getChildren().addAll(note, plan, actions(viewModel), outcome);

        viewModel.pendingConfirmationProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                // Not inside the property change: a nested event loop there would run before other listeners.
                Platform.runLater(() -> confirm(viewModel, now));
            }
        });
    }

    private Node actions(PublishViewModel viewModel) {
        TextField message = new TextField();
        message.setId("commitMessage");
        message.setPromptText("Commit message: what changed and why (optional)");
        message.textProperty().bindBidirectional(viewModel.commitMessageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);

        Button publish = new Button("Publish", Icons.of(MaterialDesignC.CLOUD_UPLOAD_OUTLINE));
        publish.setId("publishButton");
        publish.getStyleClass().add(Theme.ACCENT);
        publish.setDefaultButton(false);
        publish.disableProperty().bind(viewModel.canPublishProperty().not());
        publish.setOnAction(event -> viewModel.publish());

        Button history = new Button("History…", Icons.of(MaterialDesignH.HISTORY));
        history.setId("historyButton");
        history.setTooltip(new Tooltip("The migrations of this entity, with rollback"));
        history.setOnAction(event -> MigrationHistoryView.openWindow(
                getScene() == null ? null : getScene().getWindow(), viewModel.history()));

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("publishProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(viewModel.publishingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label publishing = new Label("Publishing…");
        publishing.visibleProperty().bind(viewModel.publishingProperty());
        publishing.managedProperty().bind(publishing.visibleProperty());
        publish.setMinWidth(Region.USE_PREF_SIZE);
        history.setMinWidth(Region.USE_PREF_SIZE);

        HBox actions = new HBox(10, message, publish, history, progress, publishing);
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private static Tab sqlTab(String title, String id, SqlText text) {
        text.setId(id);
        return new Tab(title, text);
    }

    private static VBox impactPane(PublishViewModel viewModel) {
        Label impactTitle = new Label("Impact");
        impactTitle.getStyleClass().add("section-title");
        ListView<MigrationStep> impact = new ListView<>(viewModel.steps());
        impact.setId("impactList");
        impact.getStyleClass().add("impact-list");
        impact.setCellFactory(list -> new ImpactCell());
        VBox.setVgrow(impact, Priority.ALWAYS);

        Label checksTitle = new Label("Row checks");
        checksTitle.getStyleClass().add("section-title");
        Label checksNote = new Label();
        checksNote.setId("checksNote");
        checksNote.setWrapText(true);
        checksNote.getStyleClass().add("checks-note");
        checksNote.setMinHeight(Region.USE_PREF_SIZE);
        checksNote.textProperty().bind(viewModel.checksNoteProperty());
        ListView<RowCheckResult> checks = new ListView<>(viewModel.checks());
        checks.setId("checkList");
        checks.getStyleClass().add("check-list");
        checks.setCellFactory(list -> new CheckCell());
        checks.setPrefHeight(110);
        checks.visibleProperty().bind(Bindings.isNotEmpty(viewModel.checks()));
        checks.managedProperty().bind(checks.visibleProperty());

        VBox pane = new VBox(6, impactTitle, impact, checksTitle, checksNote, checks);
        pane.setPrefWidth(380);
        pane.setMinWidth(300);
        return pane;
    }

    /** One impact entry: icon, kind and object; destructive steps in red with a warning icon. */
    private static final class ImpactCell extends ListCell<MigrationStep> {
        @Override
        protected void updateItem(MigrationStep step, boolean empty) {
            super.updateItem(step, empty);
            getStyleClass().removeAll("impact-destructive", "impact-safe");
            if (empty || step == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label kind = new Label(step.kind().code());
            kind.getStyleClass().add("impact-kind");
            Label object = new Label(step.object() == null ? "" : step.object());
            object.getStyleClass().add("impact-object");
            HBox row = new HBox(8, Icons.of(icon(step)), object, kind);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            getStyleClass().add(step.destructive() ? "impact-destructive" : "impact-safe");
            setTooltip(step.destructive() ? new Tooltip(DestructiveChange.of(step).sentence()) : null);
        }

        private static Ikon icon(MigrationStep step) {
            String code = step.kind().code();
            if (code.startsWith("archive")) {
                return MaterialDesignA.ARCHIVE_ARROW_DOWN_OUTLINE;
            }
            if (step.destructive()) {
                return code.startsWith("drop") ? MaterialDesignD.DELETE_ALERT_OUTLINE : MaterialDesignA.ALERT;
            }
            if (code.startsWith("add") || code.startsWith("create")) {
                return MaterialDesignP.PLUS_CIRCLE_OUTLINE;
            }
            return MaterialDesignP.PENCIL_OUTLINE;
        }
    }

    /** One row check: failing ones in red with a "blocks publish" badge. */
    private static final class CheckCell extends ListCell<RowCheckResult> {
        @Override
        protected void updateItem(RowCheckResult check, boolean empty) {
            super.updateItem(check, empty);
            getStyleClass().removeAll("check-failing", "check-passed");
            if (empty || check == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            boolean failing = !check.passed();
            Label text = new Label(failing ? PublishErrors.checkLine(check)
                    : check.column() + ": all rows fit");
            text.setWrapText(true);
            HBox row = new HBox(6, Icons.of(failing ? MaterialDesignA.ALERT_CIRCLE : MaterialDesignC.CHECK_CIRCLE),
                    text);
            if (failing) {
                Label badge = new Label("BLOCKS PUBLISH");
                badge.getStyleClass().add("blocking-badge");
                badge.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(badge);
            }
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            getStyleClass().add(failing ? "check-failing" : "check-passed");
        }
    }

    private void confirm(PublishViewModel viewModel, List<DestructiveChange> changes) {
        if (viewModel.pendingConfirmationProperty().get().isEmpty()) {
            return;
        }
        VBox list = new VBox(6);
        for (DestructiveChange change : changes) {
            Label line = new Label(change.sentence(), Icons.of(change.keepsData()
                    ? MaterialDesignA.ARCHIVE_ARROW_DOWN_OUTLINE : MaterialDesignD.DELETE_ALERT_OUTLINE));
            line.setWrapText(true);
            line.getStyleClass().add(change.keepsData() ? "preview-note" : "check-failing");
            list.getChildren().add(line);
        }
        boolean losesData = changes.stream().anyMatch(c -> !c.keepsData());
        Alert alert = new Alert(Alert.AlertType.WARNING, "", ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle("Confirm destructive changes");
        alert.setHeaderText(losesData ? "This publish deletes data. Publish anyway?"
                : "This publish moves data aside (archived, not deleted). Publish?");
        alert.getDialogPane().setContent(list);
        alert.getDialogPane().getStylesheets().add(SqlText.STYLESHEET);
        alert.getDialogPane().setId("confirmDestructiveDialog");
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setText(losesData ? "Delete data and publish"
                : "Archive and publish");
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        boolean ok = alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
        if (ok) {
            viewModel.confirmDestructive();
        } else {
            viewModel.cancelConfirmation();
        }
    }

    private static VBox outcomePane(PublishViewModel viewModel) {
        Label headline = new Label();
        headline.setId("publishResult");
        headline.setWrapText(true);
        TextArea details = new TextArea();
        details.setId("publishResultDetails");
        details.setEditable(false);
        details.setPrefRowCount(6);
        details.setWrapText(true);
        VBox.setVgrow(details, Priority.ALWAYS);
        details.getStyleClass().add("sql-text");
        Button rebase = new Button("Base my draft on the server's version", Icons.of(MaterialDesignC.CLOUD_SYNC));
        rebase.setId("rebaseButton");
        rebase.visibleProperty().bind(viewModel.conflictProperty());
        rebase.managedProperty().bind(rebase.visibleProperty());
        rebase.setOnAction(event -> viewModel.rebaseOnServerVersion());
        VBox pane = new VBox(6, headline, details, rebase);
        pane.getStyleClass().add("publish-outcome");

        viewModel.outcomeProperty().addListener((obs, old, now) -> show(now, pane, headline, details));
        show(viewModel.outcomeProperty().get(), pane, headline, details);
        return pane;
    }

    private static void show(PublishOutcome outcome, VBox pane, Label headline, TextArea details) {
        boolean visible = outcome.kind() != PublishOutcome.Kind.NONE;
        pane.setVisible(visible);
        pane.setManaged(visible);
        headline.setText(outcome.headline());
        boolean success = outcome.kind() == PublishOutcome.Kind.SUCCESS;
        headline.setGraphic(Icons.of(success ? MaterialDesignC.CHECK_CIRCLE : MaterialDesignA.ALERT_CIRCLE));
        headline.getStyleClass().removeAll(Theme.SUCCESS, Theme.DANGER);
        headline.getStyleClass().add(success ? Theme.SUCCESS : Theme.DANGER);
        details.setText(String.join("\n", outcome.details()));
        details.setVisible(!outcome.details().isEmpty());
        details.setManaged(details.isVisible());
    }
}
