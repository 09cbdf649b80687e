package io.buildify.app.projectfiles;

import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The system chooser gets the filters of each call, in order, the first one selected. */
class SystemFileDialogsTest {

    @Test
    void theCallersFiltersAreOfferedInOrderWithTheFirstSelected() {
        FileChooser chooser = SystemFileDialogs.chooser("Export", List.of(FileFilter.JSON, FileFilter.ALL));

        assertThat(chooser.getTitle()).isEqualTo("Export");
        assertThat(chooser.getExtensionFilters()).extracting(FileChooser.ExtensionFilter::getDescription)
                .containsExactly("JSON files (*.json)", "All files");
        assertThat(chooser.getSelectedExtensionFilter().getExtensions()).containsExactly("*.json");
    }

    @Test
    void theProjectFilesFiltersStayTheDefault() {
        FileChooser chooser = SystemFileDialogs.chooser("Import", FileDialogs.PROJECT_FILES);

        assertThat(chooser.getSelectedExtensionFilter().getExtensions()).containsExactly("*.buildify.json");
        assertThat(chooser.getExtensionFilters()).extracting(FileChooser.ExtensionFilter::getDescription)
                .containsExactly("Buildify files", "All files");
    }

    @Test
    void aFilterWithoutPatternsOrAnEmptyListIsRefusedByName() {
        assertThatThrownBy(() -> new FileFilter("Nothing", List.of()))
                .hasMessage("the file filter 'Nothing' has no pattern");
        assertThatThrownBy(() -> SystemFileDialogs.chooser("Export", List.of()))
                .hasMessage("a file chooser needs at least one file filter");
    }
}
