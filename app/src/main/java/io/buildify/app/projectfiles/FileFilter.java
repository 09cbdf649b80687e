package io.buildify.app.projectfiles;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a file chooser's type list, e.g. "JSON files (*.json)" with {@code *.json}. Plain data, so view models
 * choose the filters and are tested without JavaFX.
 */
public record FileFilter(String description, List<String> patterns) {
    /** Project and definition files, the File menu's first filter. */
    public static final FileFilter BUILDIFY = new FileFilter("Buildify files", List.of("*"
            + ProjectFilesViewModel.EXTENSION));
    public static final FileFilter JSON = new FileFilter("JSON files (*.json)", List.of("*.json"));
    public static final FileFilter ALL = new FileFilter("All files", List.of("*.*"));

    public FileFilter {
        Objects.requireNonNull(description, "description");
        patterns = List.copyOf(patterns);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("the file filter '" + description + "' has no pattern");
        }
    }
}
