package io.buildify.app.projectfiles;

import io.buildify.app.ui.Icons;
import io.buildify.core.json.DefinitionKind;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The "File" menu of the main window: export the project or the selected entity, import a file. It only asks
 * (file chooser, replace/rename/skip) and shows what the {@link ProjectFilesViewModel} answered.
 */
public final class ProjectFilesMenu extends MenuButton {
    private static final ButtonType REPLACE = new ButtonType("Replace", ButtonBar.ButtonData.YES);
    private static final ButtonType RENAME = new ButtonType("Import as a copy", ButtonBar.ButtonData.NO);
    private static final ButtonType SKIP = new ButtonType("Skip", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final ProjectFilesViewModel viewModel;

    /**
     * @param selectedEntity the id of the entity selected in the explorer, or null
     * @param selectedName   its name, for the suggested file name
     */
    public ProjectFilesMenu(ProjectFilesViewModel viewModel, ObservableValue<String> selectedEntity,
                            Supplier<String> selectedName) {
        super("File", Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        this.viewModel = viewModel;
        setId("fileMenu");
        MenuItem exportProject = new MenuItem("Export project…", Icons.of(MaterialDesignF.FILE_EXPORT_OUTLINE));
        exportProject.setId("exportProjectItem");
        exportProject.setOnAction(event -> chooseTarget("Export project", "project" + ProjectFilesViewModel.EXTENSION)
                .ifPresent(file -> report(viewModel.exportProject(file))));
        MenuItem exportEntity = new MenuItem("Export selected entity…",
                Icons.of(MaterialDesignF.FILE_EXPORT_OUTLINE));
        exportEntity.setId("exportEntityItem");
        exportEntity.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selectedEntity.getValue() == null, selectedEntity));
        exportEntity.setOnAction(event -> chooseTarget("Export entity",
                selectedName.get() + ProjectFilesViewModel.EXTENSION)
                .ifPresent(file -> report(viewModel.exportEntity(selectedEntity.getValue(), file))));
        MenuItem importFile = new MenuItem("Import project or definition…",
                Icons.of(MaterialDesignF.FILE_IMPORT_OUTLINE));
        importFile.setId("importItem");
        importFile.setOnAction(event -> chooseSource().ifPresent(this::importFile));
        getItems().addAll(exportProject, exportEntity, new SeparatorMenuItem(), importFile);
    }

    /** Imports {@code file} as the menu's Import item does: asks about name clashes, then reports or refuses. */
    public void importFile(Path file) {
        report(viewModel.importFile(file, this::ask).isPresent());
    }

    private Optional<Path> chooseTarget(String title, String suggestedName) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner())).map(File::toPath);
    }

    private Optional<Path> chooseSource() {
        return Optional.ofNullable(chooser("Import").showOpenDialog(owner())).map(File::toPath);
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Buildify files", "*" + ProjectFilesViewModel.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }

    private ImportChoice ask(DefinitionKind kind, String name) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", REPLACE, RENAME, SKIP);
        alert.setTitle("Import");
        alert.setHeaderText("A " + kind.code() + " named '" + name + "' already exists");
        alert.setContentText("Replace its content with the imported one (it keeps its publish history), import "
                + "the file's one as a copy under a new name, or skip it?");
        alert.initOwner(owner());
        ButtonType answer = alert.showAndWait().orElse(SKIP);
        return answer == REPLACE ? ImportChoice.REPLACE : answer == RENAME ? ImportChoice.RENAME : ImportChoice.SKIP;
    }

    private void report(boolean ok) {
        Alert alert = new Alert(ok ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR,
                viewModel.messageProperty().get(), ButtonType.OK);
        alert.setTitle("Buildify Designer");
        alert.setHeaderText(ok ? "Done" : "Refused");
        alert.initOwner(owner());
        alert.showAndWait();
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
