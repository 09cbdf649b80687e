package io.buildify.app.main;

import io.buildify.core.bpmn.BpmnImportException;
import io.buildify.core.bpmn.BpmnImportResult;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;

/** The dialogs of the workflow toolbar buttons: BPMN import (with what was dropped) and delete confirmation. */
final class WorkflowImport {
    private WorkflowImport() {
    }

    static void chooseAndImport(MainViewModel viewModel, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a BPMN 2.0 file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("BPMN 2.0", "*.bpmn", "*.xml"));
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        Alert alert;
        try {
            BpmnImportResult result = viewModel.importBpmn(file.toPath());
            String dropped = result.dropped().isEmpty() ? "Everything in the file was mapped."
                    : "Not mapped (left out):\n• " + String.join("\n• ", result.dropped());
            alert = new Alert(Alert.AlertType.INFORMATION, dropped, ButtonType.OK);
            alert.setHeaderText("Imported '" + result.workflow().name() + "': " + result.workflow().states().size()
                    + " states, " + result.workflow().transitions().size() + " transitions");
        } catch (BpmnImportException | IllegalArgumentException e) {
            alert = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK);
            alert.setHeaderText("'" + file.getName() + "' cannot be imported");
        }
        alert.setTitle("Import BPMN");
        alert.initOwner(owner);
        alert.showAndWait();
    }

    static void confirmDelete(MainViewModel viewModel, Window owner) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The draft is removed from this computer; versions "
                + "already published stay on the server.", ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle("Delete workflow");
        alert.setHeaderText("Delete the open workflow draft?");
        alert.initOwner(owner);
        alert.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.deleteOpenWorkflow());
    }
}
