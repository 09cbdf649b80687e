package io.buildify.app.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * Base of the click-through tests that share one {@link OfflineWindow} per class (the wizard's, the ER overview's):
 * the window on a draft store in a temporary directory, opened before the class's first test and closed after its
 * last, and the robot that clicks it. A subclass's own {@code @BeforeAll} runs after the window opens, its own
 * {@code @AfterAll} before the window closes.
 */
public abstract class OfflineWindowTest {
    @TempDir
    protected static Path dir;
    protected static OfflineWindow window;
    protected static final WizardRobot robot = new WizardRobot();

    /** Named apart from the subclasses' own {@code @BeforeAll} methods, which would otherwise hide it. */
    @BeforeAll
    static void openOfflineWindow() throws Exception {
        window = OfflineWindow.open(dir);
    }

    /** Named apart from the subclasses' own {@code @AfterAll} methods, which would otherwise hide it. */
    @AfterAll
    static void closeOfflineWindow() throws Exception {
        window.close();
    }
}
