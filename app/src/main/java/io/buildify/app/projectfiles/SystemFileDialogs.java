package io.buildify.app.projectfiles;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@link FileDialogs} on the system's file chooser. */
final class SystemFileDialogs implements FileDialogs {
    @Override
    public Optional<Path> saveTo(Window owner, String title, String suggestedName, List<FileFilter> filters) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> open(Window owner, String title) {
        return Optional.ofNullable(chooser(title, PROJECT_FILES).showOpenDialog(owner)).map(File::toPath);
    }

    /** A chooser offering {@code filters} in order, the first one selected. */
    static FileChooser chooser(String title, List<FileFilter> filters) {
        if (filters.isEmpty()) {
            throw new IllegalArgumentException("a file chooser needs at least one file filter");
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        filters.forEach(filter -> chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(filter.description(), filter.patterns())));
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
        return chooser;
    }
}
