package io.buildify.app.workflow;

import io.buildify.app.ui.WizardRobot;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.FieldDefinition;
import io.buildify.core.model.FieldType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static io.buildify.app.workflow.DesignerGestures.fx;

/**
 * Base of the workflow designer's headless UI tests (TestFX on Monocle): a {@link WorkflowWindow} on a real H2
 * draft store in this test's own folder, a robot with canvas gestures, and after each test every key and button
 * released and the window closed, so no test sees another's drafts or a stuck modifier key.
 */
abstract class WorkflowUiTest {
    @TempDir
    Path dir;
    WorkflowWindow window;
    final WizardRobot robot = new WizardRobot();
    final DesignerGestures gestures = new DesignerGestures(robot);

    /** Opens the main window on this test's folder; after {@code window.close()}, it is reopening the app. */
    WorkflowWindow openWindow() throws TimeoutException {
        window = WorkflowWindow.open(dir);
        return window;
    }

    /** Opens the window with the entity the test workflows apply to saved: expense_claim (amount, title). */
    WorkflowWindow openWindowWithExpenseClaim() throws TimeoutException {
        openWindow();
        fx(() -> window.project().save(EntityDefinition.of("expense_claim").withFields(List.of(
                FieldDefinition.of("amount", FieldType.DECIMAL), FieldDefinition.of("title", FieldType.STRING)))));
        return window;
    }

    @AfterEach
    void releaseInputAndCloseWindow() throws Exception {
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
        if (window != null) {
            window.close();
        }
    }
}
