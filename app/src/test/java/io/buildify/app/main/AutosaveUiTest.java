package io.buildify.app.main;

import io.buildify.app.ui.OfflineWindow;
import io.buildify.app.ui.WizardRobot;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Text typed into the wizard is saved once typing pauses, without Enter or leaving the field. */
class AutosaveUiTest {
    @TempDir
    Path dir;
    private final WizardRobot robot = new WizardRobot();
    private OfflineWindow window;
    private String previous;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
        FxToolkit.cleanupStages();
        if (previous == null) {
            System.clearProperty(Autosave.IDLE_PROPERTY);
        } else {
            System.setProperty(Autosave.IDLE_PROPERTY, previous);
        }
    }

    @Test
    void aTypedNameReachesTheDraftStoreAfterAPauseAndTheStatusSaysSo() throws Exception {
        previous = System.getProperty(Autosave.IDLE_PROPERTY);
        System.setProperty(Autosave.IDLE_PROPERTY, "300"); // read when the window is built
        window = OfflineWindow.open(dir);
        robot.clickOn("#newEntityButton");
        String id = window.viewModel().wizardProperty().get().document().entityId();

        robot.replaceText("#entityName", "typed_name"); // no Enter, focus stays in the field

        await(() -> window.project().find(id).orElseThrow().definition().name().equals("typed_name"));
        await(() -> robot.lookup("#saveStatus").queryAs(Label.class).getText().equals("All changes saved"));
        assertThat(robot.lookup("#entityName").query().isFocused()).as("saved without leaving the field").isTrue();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for the autosave");
            }
            Thread.sleep(20);
        }
    }
}
