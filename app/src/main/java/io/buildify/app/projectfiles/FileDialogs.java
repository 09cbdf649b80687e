package io.buildify.app.projectfiles;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the File menu asks for a path. The app uses the system's file chooser; UI tests put a fixed path here,
 * because a native FileChooser cannot be driven on the headless Monocle toolkit.
 */
public interface FileDialogs {
    /** The File menu's filters: {@code *.buildify.json} first, then all files. */
    List<FileFilter> PROJECT_FILES = List.of(FileFilter.BUILDIFY, FileFilter.ALL);

    /**
     * The file to write, or empty when the user cancelled.
     *
     * @param filters the chooser's file types, the first one selected
     */
    Optional<Path> saveTo(Window owner, String title, String suggestedName, List<FileFilter> filters);

    /** The file to write, filtered on {@link #PROJECT_FILES}; empty when the user cancelled. */
    default Optional<Path> saveTo(Window owner, String title, String suggestedName) {
        return saveTo(owner, title, suggestedName, PROJECT_FILES);
    }

    /** The file to read, or empty when the user cancelled. */
    Optional<Path> open(Window owner, String title);

    /** The system's file chooser (opening is filtered on {@link #PROJECT_FILES}). */
    static FileDialogs system() {
        return new SystemFileDialogs();
    }
}
