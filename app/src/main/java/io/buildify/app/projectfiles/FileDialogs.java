package io.buildify.app.projectfiles;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the File menu asks for a path. The app uses the system's file chooser; UI tests put a fixed path here,
 * because a native FileChooser cannot be driven on the headless Monocle toolkit.
 */
public interface FileDialogs {

    /** The file to write, or empty when the user cancelled. */
    Optional<Path> saveTo(Window owner, String title, String suggestedName);

    /** The file to read, or empty when the user cancelled. */
    Optional<Path> open(Window owner, String title);

    /** The system's file chooser, filtered on {@code *.buildify.json}. */
    static FileDialogs system() {
        return new FileDialogs() {
            @Override
            public Optional<Path> saveTo(Window owner, String title, String suggestedName) {
                FileChooser chooser = chooser(title);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> open(Window owner, String title) {
                return Optional.ofNullable(chooser(title).showOpenDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter("Buildify files", "*" + ProjectFilesViewModel.EXTENSION),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
                return chooser;
            }
        };
    }
}
