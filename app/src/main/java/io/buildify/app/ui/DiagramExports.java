package io.buildify.app.ui;

import io.buildify.canvas.export.DiagramExporter;
import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramModel;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Save-as dialogs and the PNG/SVG export of a whole diagram, with the error shown to the user, for every screen. */
public final class DiagramExports {
    /** An export that may fail with an I/O error. */
    public interface Export {
        void run() throws IOException;
    }

    private DiagramExports() {
    }

    /** Asks where to save, starting from {@code initialName}; empty when the user cancels. */
    public static Optional<Path> chooseTarget(Window owner, String initialName, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** The whole drawing as PNG at twice the screen scale (sharp in documents). */
    public static void png(Window owner, DiagramModel model, Path file) {
        run(owner, () -> new DiagramExporter(model).writePng(allElements(model), 2, file));
    }

    public static void svg(Window owner, DiagramModel model, Path file) {
        run(owner, () -> new DiagramExporter(model).writeSvg(allElements(model), file));
    }

    /** Runs {@code export}; a failure is shown in an error dialog naming the problem. */
    public static void run(Window owner, Export export) {
        try {
            export.run();
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK);
            alert.setHeaderText("The export failed");
            alert.initOwner(owner);
            alert.showAndWait();
        }
    }

    private static List<DiagramElement> allElements(DiagramModel model) {
        List<DiagramElement> all = new ArrayList<>(model.nodes());
        all.addAll(model.edges());
        return all;
    }
}
