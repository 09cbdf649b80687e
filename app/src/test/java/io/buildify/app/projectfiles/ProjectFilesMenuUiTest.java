package io.buildify.app.projectfiles;

import io.buildify.app.drafts.EntityDraft;
import io.buildify.app.ui.OfflineWindow;
import io.buildify.app.ui.Screenshots;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File ▸ Export project, Import (with the replace / rename / skip question) and Open recent, clicked through in the
 * real main window on Monocle. The path the file chooser would return is injected through
 * {@link ProjectFilesMenu#setFileDialogs}: a native FileChooser cannot be driven headless. Everything after the
 * chooser (menus, the conflict dialog, the report, the files, the drafts) is real.
 */
class ProjectFilesMenuUiTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private OfflineWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void exportThenImportAsksReplaceRenameOrSkipAndOpenRecentForgetsAMissingFile() throws Exception {
        window = OfflineWindow.open(dir.resolve("app"));
        window.viewModel().projectFiles().setRecentProjects(new RecentProjects(dir.resolve("data")));
        EntityDefinition customer = EntityDefinition.of("customer")
                .withFieldAdded(FieldDefinition.of("email", FieldType.STRING));
        robot.interact(() -> window.project().save(customer));
        Path file = dir.resolve("shop.buildify.json");
        ProjectFilesMenu menu = robot.lookup("#fileMenu").queryAs(ProjectFilesMenu.class);
        menu.setFileDialogs(new FixedPath(file));

        robot.clickOn("#fileMenu").clickOn("Export project…");
        assertThat(dialogText()).contains("Exported 1 entities and 0 workflows to shop.buildify.json");
        robot.clickOn("OK");
        assertThat(file).exists();
        String exported = Files.readString(file);

        EntityDefinition edited = customer.withFieldAdded(FieldDefinition.of("phone", FieldType.STRING));
        robot.interact(() -> window.project().save(edited));

        importAndAnswer(menu, "Skip");
        assertThat(dialogText()).containsIgnoringCase("skip");
        robot.clickOn("OK");
        assertThat(window.project().find(customer.id()).orElseThrow().definition()).isEqualTo(edited);

        importAndAnswer(menu, "Import as a copy");
        robot.clickOn("OK");
        assertThat(window.project().list()).extracting(draft -> draft.definition().name())
                .containsExactlyInAnyOrder("customer", "customer_2");

        importAndAnswer(menu, "Replace");
        robot.clickOn("OK");
        EntityDraft replaced = window.project().find(customer.id()).orElseThrow();
        assertThat(replaced.definition()).isEqualTo(customer);
        assertThat(Files.readString(file)).as("import never writes the file").isEqualTo(exported);

        assertThat(window.viewModel().projectFiles().recentFiles()).containsExactly(file.toAbsolutePath());
        Files.delete(file);
        robot.clickOn("#fileMenu").clickOn("Open recent").clickOn("shop.buildify.json (missing) — " + dir);
        assertThat(dialogText()).contains("no longer exists").contains("removed from the recent projects");
        robot.clickOn("OK");
        assertThat(window.viewModel().projectFiles().recentFiles()).isEmpty();
    }

    /** Import through the menu; the conflict dialog comes up and is answered with {@code button}. */
    private void importAndAnswer(ProjectFilesMenu menu, String button) {
        robot.clickOn("#fileMenu").clickOn("Import project or definition…");
        assertThat(dialogHeader()).isEqualTo("An entity named 'customer' already exists");
        if (button.equals("Import as a copy")) {
            Screenshots.write(dialogPane().getScene(), "import-conflict.png");
        }
        robot.clickOn(button);
    }

    private DialogPane dialogPane() {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private String dialogHeader() {
        return dialogPane().getHeaderText();
    }

    private String dialogText() {
        return dialogPane().getContentText();
    }

    /** What the user would pick in the file chooser. */
    private record FixedPath(Path file) implements FileDialogs {
        @Override
        public Optional<Path> saveTo(Window owner, String title, String suggestedName, List<FileFilter> filters) {
            return Optional.of(file);
        }

        @Override
        public Optional<Path> open(Window owner, String title) {
            return Optional.of(file);
        }
    }
}
