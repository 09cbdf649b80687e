package io.buildify.app.projectfiles;

import io.buildify.app.ui.Icons;
import io.buildify.core.json.DefinitionKind;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
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
    private FileDialogs dialogs = FileDialogs.system();

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
        Menu recentMenu = new Menu("Open recent");
        recentMenu.setId("openRecentMenu");
        setOnShowing(event -> fillRecent(recentMenu));
        getItems().addAll(exportProject, exportEntity, new SeparatorMenuItem(), importFile, recentMenu);
    }

    /** Imports {@code file} as the menu's Import item does: asks about name clashes, then reports or refuses. */
    public void importFile(Path file) {
        report(viewModel.importFile(file, this::ask).isPresent());
    }

    private Optional<Path> chooseTarget(String title, String suggestedName) {
        return dialogs.saveTo(owner(), title, suggestedName);
    }

    private Optional<Path> chooseSource() {
        return dialogs.open(owner(), "Import");
    }

    /** Adds another import (e.g. a BPMN workflow) below "Import project or definition…". */
    public void addImportItem(MenuItem item) {
        int importIndex = getItems().indexOf(getItems().stream()
                .filter(existing -> "importItem".equals(existing.getId())).findFirst().orElseThrow());
        getItems().add(importIndex + 1, item);
    }

    /** Replaces the system file chooser (UI tests: Monocle cannot drive a native one). */
    public void setFileDialogs(FileDialogs dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /** Fills File ▸ Open recent as the menu opens: a missing file is marked, and choosing it removes it. */
    private void fillRecent(Menu recentMenu) {
        List<Path> files = viewModel.recentFiles();
        recentMenu.getItems().clear();
        recentMenu.setDisable(files.isEmpty());
        for (Path file : files) {
            boolean missing = !Files.isRegularFile(file);
            MenuItem item = new MenuItem(file.getFileName() + (missing ? " (missing)" : "") + " — "
                    + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> report(viewModel.openRecent(file, this::ask).isPresent()));
            recentMenu.getItems().add(item);
        }
        MenuItem clear = new MenuItem("Clear recent projects");
        clear.setId("clearRecentItem");
        clear.setOnAction(event -> viewModel.clearRecent());
        recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private ImportChoice ask(DefinitionKind kind, String name) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", REPLACE, RENAME, SKIP);
        alert.setTitle("Import");
        String article = "aeiou".indexOf(kind.code().charAt(0)) >= 0 ? "An " : "A ";
        alert.setHeaderText(article + kind.code() + " named '" + name + "' already exists");
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
