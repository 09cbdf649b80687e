package io.buildify.app.entitywizard;

import io.buildify.app.ui.Icons;
import io.buildify.app.ui.Theme;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Step "Preview &amp; publish": the SQL preview, the commit message, the Publish button and the outcome. */
public final class PublishView extends VBox {

    public PublishView(PublishViewModel viewModel) {
        super(10);
        getStyleClass().add("wizard-page");

        Label note = new Label();
        note.setId("previewNote");
        note.setWrapText(true);
        note.getStyleClass().add("preview-note");
        note.textProperty().bind(viewModel.previewNoteProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        TabPane sql = new TabPane(
                sqlTab("Up SQL (publish)", "upSql", viewModel.upSqlProperty()),
                sqlTab("Down SQL (undo)", "downSql", viewModel.downSqlProperty()));
        sql.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sql.setPrefHeight(240);
        // Nothing to show when there is nothing to publish (or errors): the note above says why.
        sql.visibleProperty().bind(viewModel.upSqlProperty().isNotEmpty());
        sql.managedProperty().bind(sql.visibleProperty());
        VBox.setVgrow(sql, Priority.ALWAYS);

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

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("publishProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(viewModel.publishingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label publishing = new Label("Publishing…");
        publishing.visibleProperty().bind(viewModel.publishingProperty());
        publishing.managedProperty().bind(publishing.visibleProperty());

        HBox actions = new HBox(10, message, publish, progress, publishing);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox outcome = outcomePane(viewModel);
        VBox.setVgrow(outcome, Priority.SOMETIMES);
        getChildren().addAll(note, sql, actions, outcome);
    }

    private static Tab sqlTab(String title, String id, ObservableStringValue text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().add("sql-text");
        area.textProperty().bind(text);
        return new Tab(title, area);
    }

    private static VBox outcomePane(PublishViewModel viewModel) {
        Label headline = new Label();
        headline.setId("publishResult");
        headline.setWrapText(true);
        TextArea details = new TextArea();
        details.setId("publishResultDetails");
        details.setEditable(false);
        details.setPrefRowCount(12);
        VBox.setVgrow(details, Priority.ALWAYS);
        details.getStyleClass().add("sql-text");
        VBox pane = new VBox(6, headline, details);
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
