package io.buildify.app;

import io.buildify.core.json.DefinitionFiles;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code *.buildify.json} given on the command line (the installer's file association) is imported into the drafts
 * once the window shows, through File ▸ Import's path; a broken one is refused in a dialog naming the problem. The
 * real app, headless, with a remote server URL nobody answers (no embedded PostgreSQL needed for this).
 */
class OpenFileAtStartTest {
    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private BuildifyApp app;

    private BuildifyApp launch(Path file) throws Exception {
        app = RealApp.launch(home.resolve("data"), RealApp.NO_SERVER, file.toString());
        return app;
    }

    @AfterEach
    void close() throws Exception {
        RealApp.stop(app);
    }

    @Test
    void fileOnTheCommandLineIsImportedAtStart() throws Exception {
        Path file = home.resolve("my project").resolve("customer.buildify.json");
        Files.createDirectories(file.getParent());
        DefinitionFiles.write(file, EntityDefinition.of("customer")
                .withFieldAdded(FieldDefinition.of("email", FieldType.EMAIL)));

        launch(file);
        DialogPane report = awaitDialog();

        assertThat(report.getHeaderText()).isEqualTo("Done");
        // The window carries the installer's icon in three sizes.
        assertThat(FxToolkit.toolkitContext().getRegisteredStage().getIcons())
                .extracting(image -> (int) image.getWidth()).containsExactly(32, 64, 256);
        assertThat(report.getContentText()).isEqualTo("Imported 1 definition: 1 added.");
        assertThat(app.context().mainViewModel().projectFiles().currentProject("p").entities())
                .extracting(EntityDefinition::name).containsExactly("customer");
        robot.clickOn((Button) report.lookupButton(report.getButtonTypes().get(0)));
    }

    @Test
    void brokenFileIsRefusedWithItsProblemAndChangesNothing() throws Exception {
        Path file = home.resolve("broken.buildify.json");
        Files.writeString(file, "{ \"formatVersion\": 1, \"kind\": \"entity\", ", StandardCharsets.UTF_8);

        launch(file);
        DialogPane refusal = awaitDialog();

        assertThat(refusal.getHeaderText()).isEqualTo("Refused");
        assertThat(refusal.getContentText()).startsWith("Cannot import broken.buildify.json: ").contains("line");
        assertThat(app.context().mainViewModel().projectFiles().currentProject("p").entities()).isEmpty();
        robot.clickOn((Button) refusal.lookupButton(refusal.getButtonTypes().get(0)));
    }

    private DialogPane awaitDialog() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }
}
