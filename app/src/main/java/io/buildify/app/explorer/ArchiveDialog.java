package io.buildify.app.explorer;

import io.buildify.app.entitywizard.DestructiveChange;
import io.buildify.app.ui.Icons;
import io.buildify.app.ui.SqlText;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.Optional;

/**
 * The Delete of a published entity: the same confirmation as a destructive publish (each archived table or
 * column on a line, with the archive icon), a commit message, then the outcome. Nothing here decides anything;
 * {@link ArchiveEntityViewModel} does.
 */
public final class ArchiveDialog {
    private ArchiveDialog() {
    }

    public static void run(ArchiveEntityViewModel viewModel, String entityId, Window owner) {
        Optional<ArchiveEntityViewModel.Proposal> proposal = viewModel.propose(entityId);
        if (proposal.isEmpty()) {
            show(new Alert(Alert.AlertType.INFORMATION, viewModel.messageProperty().get(), ButtonType.OK),
                    "archiveRefusedDialog", "This entity cannot be archived now", owner).showAndWait();
            return;
        }
        ArchiveEntityViewModel.Proposal p = proposal.get();
        VBox content = new VBox(6);
        content.getChildren().add(wrapped(new Label("'" + p.name() + "' is published (version " + p.baseVersion()
                + "). Deleting it archives it on the server: it leaves the entity list, nothing is dropped, and"
                + " rolling the migration back restores it.")));
        for (DestructiveChange change : p.changes()) {
            Label line = wrapped(new Label(change.sentence(), Icons.of(MaterialDesignA.ARCHIVE_ARROW_DOWN_OUTLINE)));
            line.getStyleClass().add("preview-note");
            content.getChildren().add(line);
        }
        TextField message = new TextField();
        message.setId("archiveCommitMessage");
        message.setPromptText("Commit message (why it goes)");
        content.getChildren().add(message);
        Alert confirm = show(new Alert(Alert.AlertType.WARNING, "", ButtonType.OK, ButtonType.CANCEL),
                "confirmArchiveDialog", "Archive '" + p.name() + "'? Its data moves aside (archived, not deleted).",
                owner);
        confirm.getDialogPane().setContent(content);
        confirm.getDialogPane().setPrefWidth(560);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setText("Archive");
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        viewModel.archive(p, message.getText());
        if (!viewModel.busyProperty().get()) {
            outcome(viewModel, owner);
            return;
        }
        viewModel.busyProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (!now) {
                    viewModel.busyProperty().removeListener(this);
                    outcome(viewModel, owner);
                }
            }
        });
    }

    private static void outcome(ArchiveEntityViewModel viewModel, Window owner) {
        boolean failed = viewModel.failedProperty().get();
        show(new Alert(failed ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION,
                viewModel.messageProperty().get(), ButtonType.OK), "archiveOutcomeDialog",
                failed ? "Not archived" : "Archived", owner).show();
    }

    private static Alert show(Alert alert, String id, String header, Window owner) {
        alert.setTitle("Delete entity");
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().getStylesheets().add(SqlText.STYLESHEET);
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        return label;
    }
}
