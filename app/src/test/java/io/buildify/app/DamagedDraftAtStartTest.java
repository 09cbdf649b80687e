package io.buildify.app;

import io.buildify.app.drafts.CorruptRows;
import io.buildify.app.drafts.DraftStore;
import io.buildify.app.explorer.DamagedDraftItem;
import io.buildify.app.explorer.DamagedDraftsView;
import io.buildify.app.explorer.EntityListItem;
import io.buildify.app.projectfiles.FileDialogs;
import io.buildify.app.projectfiles.FileFilter;
import io.buildify.app.ui.Screenshots;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real app, headless, started on a draft store with two good entities and one corrupt row (no server needed):
 * the two open as usual, the corrupt one is listed below the explorer with its reason, and it can be opened
 * (explained), exported byte for byte and deleted (its text kept in the audit trail).
 */
class DamagedDraftAtStartTest {

    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private BuildifyApp app;

    @AfterEach
    void close() throws Exception {
        RealApp.stop(app);
    }

    @Test
    void appStartsWithACorruptRowAndShowsItAsDamagedWithItsReason() throws Exception {
        Path data = home.resolve("data");
        try (DraftStore store = DraftStore.open(
                AppDirectories.resolve(key -> key.equals(AppDirectories.HOME_PROPERTY) ? data.toString() : null,
                        key -> null).draftsDb())) {
            store.entities().save(EntityDefinition.of("customer").withLabel("Customer")
                    .withFieldAdded(FieldDefinition.of("email", FieldType.EMAIL)));
            store.entities().save(EntityDefinition.of("invoice").withLabel("Invoice"));
            CorruptRows.insertEntity(store, "broken-1", "order", CorruptRows.TRUNCATED);
        }
        app = RealApp.launch(data, RealApp.NO_SERVER);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<EntityListItem> entities = robot.lookup("#entityList").queryListView();
        assertThat(entities.getItems()).extracting(EntityListItem::name).containsExactly("customer", "invoice");
        DamagedDraftsView damaged = robot.lookup("#damagedDrafts").queryAs(DamagedDraftsView.class);
        assertThat(damaged.isVisible()).isTrue();
        ListView<DamagedDraftItem> list = robot.lookup("#damagedDraftList").queryListView();
        assertThat(list.getItems()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("entity 'order'");
            assertThat(item.reason()).startsWith("line 1, column 32: unexpected end of JSON");
        });
        assertThat(robot.lookup(".damaged-reason").queryAs(Label.class).getText())
                .startsWith("line 1, column 32: unexpected end of JSON");

        robot.clickOn("entity 'order'");
        Screenshots.write(damaged.getScene(), "damaged-draft.png");

        robot.doubleClickOn("entity 'order'");
        DialogPane opened = awaitDialog();
        assertThat(opened.getHeaderText()).isEqualTo("Cannot open the entity 'order'");
        assertThat(opened.getContentText()).contains("line 1, column 32: unexpected end of JSON");
        robot.clickOn((Button) opened.lookupButton(opened.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();

        Path exported = home.resolve("order.damaged.json");
        FixedPath chooser = new FixedPath(exported);
        WaitForAsyncUtils.asyncFx(() -> damaged.setFileDialogs(chooser)).get();
        robot.clickOn("#exportDamagedButton");
        WaitForAsyncUtils.waitForFxEvents();
        // The suggested name ends in .json, so the dialog offers JSON files first, not the project files' filter.
        assertThat(chooser.suggestedName).isEqualTo("order.damaged.json");
        assertThat(chooser.filters).containsExactly(FileFilter.JSON, FileFilter.ALL);
        assertThat(chooser.filters.get(0).description()).isEqualTo("JSON files (*.json)");
        assertThat(Files.readAllBytes(exported)).isEqualTo(CorruptRows.TRUNCATED.getBytes(StandardCharsets.UTF_8));

        robot.clickOn("#deleteDamagedButton");
        DialogPane confirm = awaitDialog();
        assertThat(confirm.getHeaderText()).isEqualTo("Delete the damaged entity 'order'?");
        robot.clickOn((Button) confirm.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list.getItems()).isEmpty();
        assertThat(damaged.isVisible()).as("the section hides once nothing is damaged").isFalse();
        assertThat(entities.getItems()).extracting(EntityListItem::name).containsExactly("customer", "invoice");
    }

    private DialogPane awaitDialog() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    /** What the user would pick in the file chooser; keeps what the save dialog was asked to show. */
    private static final class FixedPath implements FileDialogs {
        private final Path file;
        private String suggestedName;
        private List<FileFilter> filters;

        FixedPath(Path file) {
            this.file = file;
        }

        @Override
        public Optional<Path> saveTo(Window owner, String title, String suggestedName, List<FileFilter> filters) {
            this.suggestedName = suggestedName;
            this.filters = filters;
            return Optional.of(file);
        }

        @Override
        public Optional<Path> open(Window owner, String title) {
            return Optional.of(file);
        }
    }
}
